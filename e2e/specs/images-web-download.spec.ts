import { expect as baseExpect, test, type Page } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppPage } from '../pages/app.js';
import { ImagesPage } from '../pages/images.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, openstackJson, RUN_PREFIX } from '../support/local-cloud.js';

/**
 * Glance's web-download from the Images screen, and a running transfer followed from another
 * screen: the corner notification shows it live and can cancel it. The image is served by a
 * file server on 127.0.0.1 (allowed by the local cloud's import filter) that holds its answer
 * until the test lets it go, so the import is still running while the test looks at it.
 */
test.describe.configure({ mode: 'serial' });

const NAME = `${RUN_PREFIX}-web`;
const MiB = 1024 * 1024;
const demo = clientFor('local-demo');
const expect = baseExpect.configure({ timeout: 60_000 });
const data = randomBytes(4 * MiB);
const sha512 = createHash('sha512').update(data).digest('hex');
let held: ServerResponse[] = [];
let files: Server;
let base: string;
let app: RunningApp;
let page: Page;
let shell: AppPage;
let screen: ImagesPage;

const openstack = (...args: string[]) => openstackJson('local-demo', ...args);

/** Sends the held answers: Glance's fetch then completes. */
function release(): void {
  for (const res of held) res.end(data);
  held = [];
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  files = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length });
    held.push(res);
  });
  await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  app = await startNovadesk();
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
    release();
    await page?.close();
    await app?.stop();
    await new Promise((r) => files.close(r));
    for (const img of await demo.images.list({ name: NAME })) await demo.images.delete(img.id);
    for (const img of await demo.images.list({ name: `${NAME}-cancel` })) await demo.images.delete(img.id);
  } finally {
    await demo.close();
  }
});

async function importFromUrl(name: string): Promise<void> {
  await page.getByRole('button', { name: 'Upload…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upload an image' });
  await dialog.getByRole('radio', { name: 'A URL Glance fetches' }).check();
  await dialog.getByLabel('Image URL').fill(`${base}/${name}.raw`);
  await expect(dialog.getByLabel('Name')).toHaveValue(name);
  await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('web-download: followed from the Servers screen in a notification, then active with the served bytes', async () => {
  await importFromUrl(NAME);
  await expect(screen.transfer()).toHaveAttribute('data-phase', 'importing');
  await expect.poll(() => held.length).toBe(1);
  await page.screenshot({ path: 'docs/screenshots/images-web-download.png' });

  await shell.follow('Servers');
  const notice = page.getByTestId('transfer-notice');
  await expect(notice).toContainText(`Glance is fetching ${NAME}.raw`);
  await expect(notice).toContainText('Importing');
  await expect(notice.getByRole('progressbar')).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/images-transfer-notice.png' });

  release();
  await expect(shell.toast(`Imported ${NAME}`)).toBeVisible();
  await expect(notice).toBeHidden();
  const shown = openstack('image', 'show', NAME);
  expect(shown).toMatchObject({ status: 'active', size: data.length });
  expect(shown.properties).toMatchObject({ os_hash_algo: 'sha512', os_hash_value: sha512 });
});

test('cancel from the notification deletes the half-made image', async () => {
  await shell.follow('Images');
  await importFromUrl(`${NAME}-cancel`);
  await expect.poll(() => held.length).toBe(1);
  await shell.follow('Servers');
  const notice = page.getByTestId('transfer-notice');
  await notice.getByRole('button', { name: 'Cancel' }).click();
  await expect(notice).toBeHidden();
  await expect.poll(async () => (await demo.images.list({ name: `${NAME}-cancel` })).length).toBe(0);
});
