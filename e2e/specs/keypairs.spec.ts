import { expect as baseExpect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from '../pages/app.js';
import { KeypairsPage } from '../pages/keypairs.js';
import { LaunchPage } from '../pages/launch.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, RUN_PREFIX } from '../support/local-cloud.js';
import { deleteKeypair, deleteServers, sshPublicKey } from '../support/server-fixtures.js';
import { useTheme } from '../support/theme.js';

/**
 * The Key pairs screen (built on the resource kit) against the real local cloud: generate,
 * import, list, details, use in a launch, delete. Everything made here carries RUN_PREFIX and
 * is deleted afterwards.
 */
test.describe.configure({ mode: 'serial' });

const P = `${RUN_PREFIX}-kp`;
const GENERATED = `${P}-gen`;
const IMPORTED = `${P}-imp`;
const SERVER = `${P}-srv`;
const PUBLIC_KEY = sshPublicKey('e2e-import');
const demo = clientFor('local-demo');
/** a busy shared cloud answers lookups in tens of seconds */
const expect = baseExpect.configure({ timeout: 60_000 });
let app: RunningApp;
let page: Page;
let shell: AppPage;
let screen: KeypairsPage;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  shell = new AppPage(page, app);
  screen = new KeypairsPage(page);
  await shell.open('local-demo');
  await shell.goto('keypairs');
  await expect(screen.heading()).toHaveText('Key pairs · local-demo');
});

test.afterAll(async () => {
  test.setTimeout(240_000);
  try {
    await page?.close();
    await app?.stop();
    await deleteServers(demo, P);
    await Promise.all([GENERATED, IMPORTED].map((k) => deleteKeypair(demo, k)));
  } finally {
    await demo.close();
  }
});

test('the screen is in the navigation and the command palette', async () => {
  await shell.expectNavLink('Key pairs');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill('key pairs');
  await expect(page.getByRole('option', { name: /Go to Key pairs/ })).toBeVisible();
  await page.keyboard.press('Escape');
});

test('generate an ed25519 key pair: the private key is shown once, saved, and matches what Nova stored', async () => {
  test.setTimeout(120_000);
  const dialog = await screen.generate(GENERATED);
  await expect(dialog.getByRole('status').first()).toContainText(`Registered ${GENERATED}`);
  await expect(dialog.getByLabel('Private key (OpenSSH)')).toHaveValue(/^-----BEGIN OPENSSH PRIVATE KEY-----/);
  const file = await screen.savePrivateKey(dialog);
  expect(file.suggestedFilename()).toBe(`${GENERATED}.pem`);
  const dir = mkdtempSync(join(tmpdir(), 'nd-kp-'));
  try {
    const path = join(dir, 'id');
    await file.saveAs(path);
    chmodSync(path, 0o600);
    // ssh-keygen derives from the saved private key exactly the public key Nova has
    const derived = execFileSync('ssh-keygen', ['-y', '-f', path]).toString().trim();
    const stored = await demo.keypairs.get(GENERATED);
    expect(stored.type).toBe('ssh');
    expect(derived.split(' ').slice(0, 2)).toEqual(stored.publicKey.trim().split(' ').slice(0, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  // once closed, the private key is nowhere on the page
  await expect(page.getByText('BEGIN OPENSSH PRIVATE KEY')).toHaveCount(0);
  await expect(screen.row(GENERATED)).toBeVisible();
});

test('import a public key from a .pub file: the name comes from the file, Nova has the same key', async () => {
  await screen.importFile(`${IMPORTED}.pub`, PUBLIC_KEY);
  await expect(shell.toast(`Key pair ${IMPORTED} imported`)).toBeVisible();
  await expect(screen.row(IMPORTED)).toBeVisible();
  const stored = await demo.keypairs.get(IMPORTED);
  expect(stored.publicKey.trim()).toBe(PUBLIC_KEY);
});

test('the list shows both with type and fingerprint; the drawer has the fingerprint, type and public key', async () => {
  await screen.refresh();
  await screen.filter(P);
  await expect(screen.dataRows()).toHaveCount(2);
  const nova = await demo.keypairs.get(IMPORTED);
  await expect(screen.row(IMPORTED)).toContainText(nova.fingerprint);
  await expect(screen.row(IMPORTED)).toContainText('ssh');
  const drawer = await screen.openDetails(IMPORTED);
  await expect(drawer).toContainText(nova.fingerprint);
  await expect(drawer.getByRole('definition').nth(1)).toHaveText('ssh');
  await drawer.getByRole('tab', { name: 'Public key' }).click();
  await expect(drawer.getByRole('tabpanel', { name: 'Public key' })).toContainText(PUBLIC_KEY);
  await expect(drawer.getByRole('button', { name: 'Copy', exact: true })).toBeVisible();
  await useTheme(page, 'light');
  await shell.dismissToasts();
  await drawer.getByRole('tab', { name: 'Overview' }).click();
  await page.screenshot({ path: 'docs/screenshots/keypairs.png' });
  await drawer.getByRole('button', { name: 'Close details' }).click();
});

test('export writes what is shown: the filtered rows, sorted, with the chosen columns', async () => {
  await screen.filter(P);
  await screen.sortBy('Name');
  await screen.sortBy('Name');
  await screen.hideColumn('Fingerprint');
  const csv = await screen.exportText('Export CSV');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe('Name,Type,Created');
  // descending by name: imported before generated
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([IMPORTED, GENERATED]);
  const json = JSON.parse(await screen.exportText('Export JSON')) as Array<Record<string, unknown>>;
  expect(json.map((r) => Object.keys(r))).toEqual([
    ['name', 'type', 'created'],
    ['name', 'type', 'created'],
  ]);
  await screen.showColumn('Fingerprint');
});

test('a key pair generated on the screen is used by a launch, and Nova records it on the server', async () => {
  test.setTimeout(240_000);
  const launch = new LaunchPage(page);
  await launch.openFresh(app.origin);
  await launch.fillBasics(SERVER, 'tiny-raw', 'm1.nano', 'demo-net');
  await launch.chooseKeyPair(GENERATED);
  await expect(launch.body()).toContainText(`"key_name": "${GENERATED}"`);
  await launch.launch();
  await expect(launch.run(SERVER)).toBeVisible();
  // Nova records the key pair when it takes the request: the server's own GET says so
  await expect
    .poll(async () => (await demo.servers.list({ name: `^${SERVER}$` }))[0]?.keyName, { timeout: 180_000, intervals: [2000] })
    .toBe(GENERATED);
  const [made] = await demo.servers.list({ name: `^${SERVER}$` });
  const viaApp = await page.evaluate(
    async ([id]) => {
      const profiles = await window.novadesk.invoke('profiles.list', {});
      const cloud = profiles.ok ? profiles.value.find((p) => p.name === 'local-demo')?.id : undefined;
      return cloud ? window.novadesk.invoke('servers.get', { cloud, id: id! }) : undefined;
    },
    [made!.id],
  );
  expect(viaApp?.ok && viaApp.value.keyName).toBe(GENERATED);
});

test('delete both from the batch bar, with confirmation: gone from the list and from Nova', async () => {
  test.setTimeout(120_000);
  await shell.goto('keypairs');
  await screen.filter(P);
  await expect(screen.dataRows()).toHaveCount(2);
  await screen.select(GENERATED);
  await screen.select(IMPORTED);
  await expect(screen.batchBar()).toContainText('2 selected');
  await screen.batchBar().getByRole('button', { name: 'Delete' }).click();
  await screen.confirm('Delete 2 key pairs?', 'Delete 2 key pairs');
  await expect(shell.toast('Delete: done for 2 items')).toBeVisible();
  await expect(screen.dataRows()).toHaveCount(0);
  for (const name of [GENERATED, IMPORTED]) await expect(demo.keypairs.get(name)).rejects.toMatchObject({ kind: 'not_found' });
});
