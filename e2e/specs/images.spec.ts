import { expect as baseExpect, test, type BrowserContext, type Page } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from '../pages/app.js';
import { ImagesPage } from '../pages/images.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, openstackJson, RUN_PREFIX } from '../support/local-cloud.js';

/**
 * The Images screen against the real local cloud: upload a generated file through main (its
 * file dialog is a picker program here, as on a desktop without zenity), with progress shown;
 * edit visibility and a property; share with the alt project and accept there; delete. Each
 * step is checked with `openstack image show`.
 */
test.describe.configure({ mode: 'serial' });

const NAME = `${RUN_PREFIX}-img`;
const MiB = 1024 * 1024;
const demo = clientFor('local-demo');
const expect = baseExpect.configure({ timeout: 60_000 });
let dir: string;
let app: RunningApp;
let page: Page;
let shell: AppPage;
let screen: ImagesPage;
let altContext: BrowserContext | undefined;
let imageId: string;
let sha512: string;

/** What the python client says of an image, as a second opinion on Novadesk's requests. */
const openstack = openstackJson;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'nd-img-e2e-'));
  // a qcow2 header on random bytes: the guess says qcow2, the user corrects it to raw
  const data = randomBytes(48 * MiB);
  data.set([0x51, 0x46, 0x49, 0xfb], 0);
  sha512 = createHash('sha512').update(data).digest('hex');
  writeFileSync(join(dir, `${NAME}.qcow2`), data);
  const picker = join(dir, 'picker.sh');
  writeFileSync(picker, `#!/bin/sh\necho ${join(dir, `${NAME}.qcow2`)}\n`);
  chmodSync(picker, 0o755);
  app = await startNovadesk({ env: { NOVADESK_FILE_PICKER: picker } });
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  shell = new AppPage(page, app);
  screen = new ImagesPage(page);
  await shell.open('local-demo');
  await shell.goto('images');
  await expect(screen.heading()).toHaveText('Images · local-demo');
});

test.afterAll(async () => {
  test.setTimeout(120_000);
  try {
    await altContext?.close();
    await page?.close();
    await app?.stop();
    for (const img of await demo.images.list({ name: NAME })) {
      if (img.protected) await demo.images.update(img.id, { protected: false });
      await demo.images.delete(img.id);
    }
  } finally {
    await demo.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('upload: the guessed format is confirmed, progress is shown, and Glance has the checksum', async () => {
  await shell.expectNavLink('Images');
  const dialog = await screen.openUpload();
  await expect(dialog.getByTestId('picked-file')).toContainText(`${NAME}.qcow2 · 48 MiB`);
  await expect(dialog.getByText("The file's header says qcow2")).toBeVisible();
  await expect(dialog.getByLabel('Disk format')).toHaveValue('qcow2');
  await expect(dialog.getByLabel('Name')).toHaveValue(NAME);
  await dialog.getByLabel('Disk format').selectOption('raw');
  await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(screen.transfer()).toContainText(`Uploading ${NAME}.qcow2`);
  await expect(screen.transfer()).toHaveAttribute('data-phase', 'done');
  await expect(screen.transfer()).toContainText('48 MiB of 48 MiB');
  await expect(shell.toast(`Uploaded ${NAME}; the checksum matches`)).toBeVisible();
  await screen.filterByName(NAME);
  await expect(screen.row(NAME)).toContainText('Active');
  const shown = openstack('local-demo', 'image', 'show', NAME);
  imageId = String(shown.id);
  expect(shown).toMatchObject({ status: 'active', disk_format: 'raw', size: 48 * MiB, visibility: 'private' });
  expect(shown.properties).toMatchObject({ os_hash_algo: 'sha512', os_hash_value: sha512 });
  await page.screenshot({ path: 'e2e/artifacts/images-uploaded.png' });
});

test('details show the checksum and hash; edit changes visibility and a property', async () => {
  const drawer = await screen.openDetails(NAME);
  await expect(drawer).toContainText(`Hash (sha512)${sha512}`);
  await page.keyboard.press('Escape');
  const dialog = await screen.openEdit(NAME);
  await dialog.getByLabel('Visibility').selectOption('shared');
  await dialog.getByRole('button', { name: 'Add a key' }).click();
  await dialog.getByLabel('Key 1').fill('os_distro');
  await dialog.getByLabel('Value 1').fill('novadesk-e2e');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(screen.row(NAME)).toContainText('Shared');
  const shown = openstack('local-demo', 'image', 'show', imageId);
  expect(shown.visibility).toBe('shared');
  expect(shown.properties).toMatchObject({ os_distro: 'novadesk-e2e' });
});

test('share with the alt project, accepted there', async ({ browser }) => {
  // a second login and four `openstack` runs, each up to 10 s on a loaded 2-core machine
  test.setTimeout(150_000);
  const altProject = String(openstack('local-alt', 'token', 'issue').project_id);
  await screen.rowAction(NAME, /^Share with a project/);
  const dialog = page.getByRole('dialog', { name: `Share ${NAME}` });
  await dialog.getByLabel('Project ID').fill(altProject);
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(dialog).toBeHidden();
  const drawer = await screen.openDetails(NAME);
  await drawer.getByRole('tab', { name: 'Sharing' }).click();
  await expect(drawer.getByTestId('image-member')).toContainText(altProject);
  await expect(drawer.getByTestId('image-member')).toContainText('Pending');
  await page.keyboard.press('Escape');

  // the alt project, in its own browser context (the current cloud is per origin's storage)
  altContext = await browser.newContext({ viewport: { width: 1440, height: 860 } });
  const altPage = await altContext.newPage();
  const altShell = new AppPage(altPage, app);
  const altScreen = new ImagesPage(altPage);
  await altShell.open('local-alt');
  await altShell.goto('images');
  await altScreen.filters().getByLabel('Visibility').selectOption('shared');
  await altScreen.filterByName(NAME);
  await expect(altScreen.row(NAME)).toBeVisible();
  await altScreen.rowAction(NAME, /^Accept share/);
  const members = () => openstackJson<unknown>('local-demo', 'image', 'member', 'list', imageId);
  await expect.poll(members).toEqual([expect.objectContaining({ 'Member ID': altProject, Status: 'accepted' })]);
  await altPage.screenshot({ path: 'e2e/artifacts/images-accepted-by-alt.png' });
});

test('delete is refused while protected, with the reason; then deleted', async () => {
  let dialog = await screen.openEdit(NAME);
  await dialog.getByLabel('Protected (cannot be deleted)').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await screen.refusedAction(NAME, /^Delete/)).toMatch(/protected/);
  dialog = await screen.openEdit(NAME);
  await dialog.getByLabel('Protected (cannot be deleted)').uncheck();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await screen.rowAction(NAME, /^Delete/);
  await screen.confirm(`Delete the image ${NAME}?`, 'Delete');
  await expect(screen.row(NAME)).toBeHidden();
  expect(() => openstack('local-demo', 'image', 'show', imageId)).toThrow();
});
