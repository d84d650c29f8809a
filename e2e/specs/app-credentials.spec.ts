import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { AppCredentialsPage } from '../pages/app-credentials.js';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { RUN_PREFIX, clientFor } from '../support/local-cloud.js';

// Issue 16: a profile converted to an application credential from the app, against the real
// Keystone; afterwards no password is stored anywhere in the app's data folder.
const SHOWN = `${RUN_PREFIX}-shown`;
const SWITCH = `${RUN_PREFIX}-switch`;
const demo = clientFor('local-demo');
let app: RunningApp;
let page: Page;
let screen: AppCredentialsPage;

test.describe.configure({ mode: 'serial' });

/** Every file of the app's data folder: name and text. */
function storeFiles(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(120_000);
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await new ServersPage(page).openOn(app, 'local-demo');
  screen = new AppCredentialsPage(page);
  await screen.open();
});

test.afterAll(async () => {
  try {
    await page?.close();
    await app?.stop();
    for (const c of await demo.applicationCredentials.list()) if (c.name.startsWith(RUN_PREFIX)) await demo.applicationCredentials.delete(c.id);
  } finally {
    await demo.close();
  }
});

test('creates a credential whose secret is shown once, then deletes it', async () => {
  const dialog = await screen.create(SHOWN, { description: 'shown once', useForProfile: false });
  await expect(dialog.getByText('This is the only time the secret is shown.')).toBeVisible();
  await expect(dialog.getByLabel('Secret')).toHaveValue(/.{20,}/);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(screen.row(SHOWN)).toBeVisible();
  expect((await demo.applicationCredentials.list()).map((c) => c.name)).toContain(SHOWN);
  await screen.rowAction(SHOWN, /^Delete/);
  await screen.confirm(`Delete the application credential ${SHOWN}?`, 'Delete');
  await expect(screen.row(SHOWN)).toHaveCount(0);
  expect((await demo.applicationCredentials.list()).map((c) => c.name)).not.toContain(SHOWN);
});

test('converts the profile: it logs in with the credential and no password is stored', async () => {
  const before = storeFiles(app.dataDir).find((f) => f.file.endsWith('profiles.json'))!;
  expect(before.text).toMatch(/"type": ?"password"/);
  const dialog = await screen.create(SWITCH, { useForProfile: true });
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `The profile now logs in with ${SWITCH}` })).toBeVisible();
  const made = (await demo.applicationCredentials.list()).find((c) => c.name === SWITCH);
  expect(made).toBeDefined();

  const files = storeFiles(app.dataDir);
  const profiles = JSON.parse(files.find((f) => f.file.endsWith('profiles.json'))!.text) as {
    profiles: Record<string, { name: string; auth: { type: string; applicationCredential?: { id: string } } }>;
  };
  const converted = Object.values(profiles.profiles).find((p) => p.name === 'local-demo')!;
  expect(converted.auth).toMatchObject({ type: 'application_credential', applicationCredential: { id: made!.id } });
  // no file holds a password (the browser host has no keychain: the credential's secret lives for the run)
  for (const f of files) expect(f.text, f.file).not.toMatch(/"password"\s*:/);
  expect(files.map((f) => f.file).filter((f) => f.endsWith('secrets.json'))).toEqual([]);

  // the cloud still answers through the credential
  await page.getByRole('link', { name: 'Servers' }).click();
  await expect(page.getByRole('button', { name: /^Cloud: local-demo \(Connected\)/ })).toBeVisible({ timeout: 30_000 });
});
