import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { CLOUDS_YAML, localCloud, RUN_PREFIX } from '../support/local-cloud.js';
import { useTheme } from '../support/theme.js';

// The Profiles screen in the real app (browser host) against the real local cloud. Profiles
// live in the app's own temporary data dir; nothing is created in the cloud.
let app: RunningApp;
let context: BrowserContext;
let page: Page;
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  app = await startNovadesk();
  // one context and one page (and its session) for the whole file
  context = await browser.newContext();
  page = await context.newPage();
  await app.open(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${app.origin}/#/profiles`);
});
test.afterAll(async () => {
  await context?.close();
  await app?.stop();
});

const SEEDED = ['local-admin', 'local-demo', 'local-alt', 'local-demo-regiontwo'];
const NEW_NAME = `${RUN_PREFIX}-demo`;
const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test('the four seeded profiles are listed', async () => {
  await expect(page.getByRole('heading', { name: 'Cloud profiles' })).toBeVisible();
  for (const name of SEEDED) {
    const r = row(name);
    await expect(r).toBeVisible();
    await expect(r).toContainText('Password');
    await expect(r).toContainText('http://127.0.0.1:5000/v3');
    await expect(r).toContainText('Stored');
  }
  await expect(row('local-demo-regiontwo')).toContainText('RegionTwo');
  await page.screenshot({ path: 'e2e/artifacts/profiles.png' });
  await useTheme(page, 'dark');
  await expect(row('local-demo')).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/profiles-dark.png' });
  // the Name cell is a row header (<th>): on its row's surface and in its colours like the
  // row's other cells, not the column headers' raised surface; under the pointer too
  await expectLikeItsRow('local-demo');
  await row('local-demo').hover();
  await expectLikeItsRow('local-demo');
  await page.mouse.move(0, 0);
  await useTheme(page, 'light');
});

/** The colour a cell is painted on: its own background, or the nearest ancestor's that has one. */
const surface = (cell: Locator) =>
  cell.evaluate((el) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
    }
    return '';
  });

async function expectLikeItsRow(name: string): Promise<void> {
  const nameCell = row(name).getByRole('rowheader');
  const dataCell = row(name).getByRole('cell').first();
  expect(await surface(nameCell)).toBe(await surface(dataCell));
  expect(await nameCell.evaluate((e) => getComputedStyle(e).color)).toBe(await dataCell.evaluate((e) => getComputedStyle(e).color));
}

test('a bad auth URL is refused offline, on its field; a taken name by main, on its field', async () => {
  await page.getByRole('button', { name: 'Add profile' }).click();
  const form = page.getByRole('dialog', { name: 'Add a cloud profile' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(`${RUN_PREFIX}-bad`);
  await form.getByRole('textbox', { name: 'Auth URL', exact: true }).fill('keystone.example.com:5000');
  await form.getByRole('textbox', { name: 'User name', exact: true }).fill('demo');
  await form.getByRole('textbox', { name: 'Project name', exact: true }).fill('demo');
  await form.getByRole('button', { name: 'Save' }).click();
  const url = form.getByRole('textbox', { name: 'Auth URL', exact: true });
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(/The auth URL (is not a valid URL|must start with http:\/\/ or https:\/\/)/);
  await expect(url).toBeFocused();

  await url.fill('ftp://127.0.0.1/v3');
  await expect(url).toHaveAccessibleDescription(/must start with http:\/\/ or https:\/\//);

  // the offline check passes; main refuses the name, and its error lands on the name field
  await url.fill('http://127.0.0.1:5000/v3');
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('local-demo');
  await form.getByRole('button', { name: 'Save' }).click();
  const name = form.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/A profile named "local-demo" already exists/);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  await expect(row(`${RUN_PREFIX}-bad`)).toHaveCount(0);
});

test('a valid profile for the local cloud is added and its connection test reports project demo and the compute and block-storage microversions', async () => {
  const demo = localCloud('local-demo');
  await page.getByRole('button', { name: 'Add profile' }).click();
  const form = page.getByRole('dialog', { name: 'Add a cloud profile' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(NEW_NAME);
  await form.getByRole('textbox', { name: 'Label', exact: true }).fill('Demo (added by hand)');
  await form.getByRole('textbox', { name: 'Auth URL', exact: true }).fill(demo.auth.auth_url);
  await form.getByRole('textbox', { name: 'User name', exact: true }).fill(demo.auth.username);
  await form.getByRole('textbox', { name: 'User domain', exact: true }).fill(demo.auth.user_domain_name);
  await form.getByRole('textbox', { name: 'Project name', exact: true }).fill(demo.auth.project_name);
  await form.getByRole('textbox', { name: 'Project domain', exact: true }).fill(demo.auth.project_domain_name);
  await form.getByRole('textbox', { name: 'Region', exact: true }).fill(demo.region_name);
  // write-only: empty when the form opens
  const secret = form.getByLabel('Password', { exact: true });
  await expect(secret).toHaveValue('');
  await secret.fill(demo.auth.password);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Profile ${NEW_NAME} added` })).toBeVisible();

  const r = row(NEW_NAME);
  await expect(r).toContainText('Demo (added by hand)');
  await expect(r).toContainText('Stored');

  await r.getByRole('button', { name: `Test connection of ${NEW_NAME}` }).click();
  const report = page.getByRole('dialog', { name: `Connection test: ${NEW_NAME}` });
  const auth = report.getByRole('region', { name: /Authentication/ });
  await expect(auth).toContainText('OK', { timeout: 30_000 });
  await expect(auth.getByRole('definition').nth(1)).toContainText(/^demo/);
  await expect(auth).toContainText('Token expires');
  const compute = report.getByRole('region', { name: /Compute/ });
  await expect(compute).toContainText(/2\.1 – 2\.\d+/);
  await expect(report.getByRole('region', { name: /Block storage \(Cinder\)/ })).toContainText(/3\.0 – 3\.\d+/);
  await expect(report.getByRole('region', { name: /Service catalog/ })).toContainText('RegionOne');
  await expect(report.getByRole('region', { name: /Image service/ })).toContainText('Present');
  await expect(report.getByRole('region', { name: /Network service/ })).toContainText('Present');
  await report.screenshot({ path: 'e2e/artifacts/test-connection.png' });
  await report.getByRole('button', { name: 'Close' }).click();

  // editing shows the stored secret as kept, never its value
  await r.getByRole('button', { name: `Edit ${NEW_NAME}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${NEW_NAME}` });
  await expect(edit.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(edit.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(/Leave empty to keep it/);
  await edit.getByRole('button', { name: 'Cancel' }).click();
});

test('export shows clouds.yaml without the password', async () => {
  const demo = localCloud('local-demo');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as clouds.yaml' });
  const text = dialog.getByRole('textbox', { name: 'clouds.yaml' });
  await expect(text).toHaveValue(new RegExp(`${NEW_NAME}:`));
  const yaml = await text.inputValue();
  expect(yaml).toContain(`auth_url: ${demo.auth.auth_url}`);
  expect(yaml).toContain('username: demo');
  // no secret key at all (the demo password is "demo", so its value alone proves nothing)
  expect(yaml).not.toMatch(/^\s*(password|application_credential_secret|token)\s*:/m);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download clouds.yaml' }).click();
  expect((await download).suggestedFilename()).toBe('clouds.yaml');
  await dialog.getByRole('button', { name: 'Close' }).click();
});

test('a clouds.yaml import from a picked file: conflicts default to skip, one is imported under a new name', async () => {
  const imported = `${RUN_PREFIX}-imported`;
  await page.getByRole('button', { name: 'Import clouds.yaml' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import clouds.yaml' });
  await dialog.getByLabel('clouds.yaml file').setInputFiles(CLOUDS_YAML);
  await dialog.getByRole('button', { name: 'Read the files' }).click();
  const action = (name: string) => dialog.getByRole('combobox', { name: `Action for ${name}`, exact: true });
  for (const name of SEEDED) await expect(action(name)).toHaveValue('skip');
  await expect(dialog.getByRole('button', { name: /^Import \d+ cloud/ })).toBeDisabled();
  await action('local-alt').selectOption('rename');
  const newName = dialog.getByRole('textbox', { name: 'New name for local-alt' });
  await newName.fill('local-demo');
  await expect(dialog).toContainText('That name is already used.');
  await newName.fill(imported);
  await dialog.getByRole('button', { name: 'Import 1 cloud' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '1 added, 0 replaced, 3 skipped' })).toBeVisible();
  const r = row(imported);
  await expect(r).toContainText('Stored');
  await expect(r).toContainText('RegionOne');
});

test('delete asks for confirmation', async () => {
  const r = row(NEW_NAME);
  await r.getByRole('button', { name: `Delete ${NEW_NAME}` }).click();
  let confirm = page.getByRole('dialog', { name: `Delete the profile ${NEW_NAME}?` });
  await expect(confirm).toContainText('Nothing in the cloud changes');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(r).toBeVisible();

  await r.getByRole('button', { name: `Delete ${NEW_NAME}` }).click();
  confirm = page.getByRole('dialog', { name: `Delete the profile ${NEW_NAME}?` });
  await confirm.getByRole('button', { name: 'Delete profile' }).click();
  await expect(confirm).toBeHidden();
  await expect(r).toHaveCount(0);
  for (const name of SEEDED) await expect(row(name)).toBeVisible();
});
