import { expect, test, type Page } from '@playwright/test';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { RUN_PREFIX, clientFor } from '../support/local-cloud.js';
import { createNeedyImage, deleteServers } from '../support/server-fixtures.js';

// The resize dialog tells which flavors the server cannot take, by the launch flavor step's
// rules, instead of offering them for Nova to fail after the fact. The server runs an image
// needing 256 MB RAM and a 30 GB disk, so only m1.medium (its own flavor) fits it.
const P = `${RUN_PREFIX}-fit`;
const demo = clientFor('local-demo');
const MEDIUM = '3';
let imageId: string | undefined;
let app: RunningApp;
let page: Page;
let servers: ServersPage;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  imageId = await createNeedyImage(demo, `${P}-image`);
  const created = await demo.servers.create({ name: P, imageRef: imageId, flavorRef: MEDIUM, networks: 'none' });
  if (!created.id) throw new Error('Nova gave no server id');
  await demo.servers.waitFor(created.id, (s) => s.status === 'ACTIVE' || s.status === 'ERROR', { intervalMs: 1000, timeoutMs: 180_000 });
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  servers = new ServersPage(page);
  await servers.openOn(app, 'local-demo');
});

test.afterAll(async () => {
  try {
    await page?.close();
    await app?.stop();
    await deleteServers(demo, P);
    if (imageId) await demo.image.delete(`/images/${imageId}`).catch(() => undefined);
  } finally {
    await demo.close();
  }
});

test('flavors the server cannot take are shown with the reason and cannot be chosen', async () => {
  test.setTimeout(120_000);
  await servers.quickFilter().fill(P);
  await expect(servers.row(P)).toContainText('Active', { timeout: 90_000 });
  await servers.rowAction(P, /^Resize/);
  const dialog = page.getByRole('dialog', { name: `Resize ${P}` });
  const select = dialog.getByLabel('New flavor');
  const nano = select.getByRole('option', { name: /^m1\.nano —/ });
  await expect(nano).toBeDisabled({ timeout: 30_000 });
  await expect(nano).toContainText('Image needs a 30 GB root disk; this flavor has 1 GB');
  await expect(nano).toContainText('Image needs 256 MiB RAM; this flavor has 128 MiB');
  const small = select.getByRole('option', { name: /^m1\.small —/ });
  await expect(small).toBeDisabled();
  await expect(small).toContainText('Image needs a 30 GB root disk; this flavor has 20 GB');
  await expect(small).not.toContainText('RAM;');
  // the server's own flavor is not offered; nothing else fits this image here
  await expect(select.getByRole('option', { name: /^m1\.medium —/ })).toHaveCount(0);
  const unfit = await select.locator('option:disabled').count();
  await expect(dialog.getByText(`${unfit} flavors cannot take this server; each is shown with the reason.`)).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/servers-resize-fit.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
