import { expect as baseExpect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app.js';
import { VolumesPage } from '../pages/volumes.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, openstackJson, RUN_PREFIX } from '../support/local-cloud.js';
import { deleteServers, imageId, NANO } from '../support/server-fixtures.js';
import { deleteVolumes, settledVolume } from '../support/volume-fixtures.js';

/**
 * The Volumes screen against the real Cinder and Nova: create (blank of a type, from an image),
 * extend, snapshot, detach from a server, delete refused while attached, delete. Each change is
 * checked with `openstack volume show`, the reference client.
 */
test.describe.configure({ mode: 'serial' });

const P = `${RUN_PREFIX}-vol`;
const BLANK = `${P}-blank`;
const FROM_IMAGE = `${P}-img`;
const demo = clientFor('local-demo');
const expect = baseExpect.configure({ timeout: 60_000 });
let app: RunningApp;
let page: Page;
let shell: AppPage;
let screen: VolumesPage;

/** `openstack volume show` (python-openstackclient), as JSON. */
const volumeShow = (name: string) => openstackJson('local-demo', 'volume', 'show', name);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  shell = new AppPage(page, app);
  screen = new VolumesPage(page);
  await shell.open('local-demo');
  await shell.goto('volumes');
  await expect(screen.heading()).toHaveText('Volumes · local-demo');
});

test.afterAll(async () => {
  test.setTimeout(240_000);
  try {
    await page?.close();
    await app?.stop();
    await deleteServers(demo, P);
    await deleteVolumes(demo, P);
  } finally {
    await demo.close();
  }
});

test('the screen is in the navigation', async () => {
  await shell.expectNavLink('Volumes');
});

test('creates a blank volume of a chosen type and one from an image; Cinder has them as asked', async () => {
  // the dialog's image and type lists come from a busy shared cloud
  test.setTimeout(240_000);
  await screen.create({ name: BLANK, sizeGb: 1, type: 'premium' });
  await screen.create({ name: FROM_IMAGE, sizeGb: 1, image: 'tiny-raw' });
  await screen.filter(P);
  await expect(screen.row(BLANK)).toContainText('available');
  await expect(screen.row(FROM_IMAGE)).toContainText('available');
  await expect(screen.row(FROM_IMAGE)).toContainText('tiny-raw');
  expect(volumeShow(BLANK)).toMatchObject({ size: 1, type: 'premium', bootable: 'false', status: 'available' });
  expect(volumeShow(FROM_IMAGE)).toMatchObject({ bootable: 'true', volume_image_metadata: expect.objectContaining({ image_name: 'tiny-raw' }) });
});

test('extends a volume and snapshots it', async () => {
  test.setTimeout(180_000);
  await screen.viaDialog(BLANK, /^Extend/, `Extend ${BLANK}`, 'Size (GB)', '3', 'Extend');
  await expect(screen.row(BLANK)).toContainText('3 GB');
  expect(volumeShow(BLANK)).toMatchObject({ size: 3 });
  await screen.viaDialog(BLANK, /^Snapshot/, `Snapshot ${BLANK}`, 'Name', `${P}-snap`, 'Create snapshot');
  const vol = await demo.volumes.get((await demo.volumes.list({ name: BLANK }))[0]!.id);
  await expect.poll(async () => (await demo.volumeSnapshots.list({ volumeId: vol.id })).map((s) => s.name)).toEqual([`${P}-snap`]);
});

test('an attached volume cannot be deleted (the reason is shown); detach frees it, then delete removes it', async () => {
  test.setTimeout(240_000);
  const image = await imageId(demo);
  const server = await demo.servers.create({
    name: `${P}-srv`,
    flavorRef: NANO,
    networks: 'none',
    blockDevices: [{ sourceType: 'image', destinationType: 'volume', uuid: image, bootIndex: 0, volumeSizeGb: 1, deleteOnTermination: true }],
  });
  await demo.servers.waitFor(server.id as string, (s) => s.status === 'ACTIVE', { intervalMs: 500, timeoutMs: 180_000 });
  const vol = (await demo.volumes.list({ name: FROM_IMAGE }))[0]!;
  await demo.servers.volumes.attach(server.id as string, { volumeId: vol.id });
  await settledVolume(demo, vol.id);
  await expect.poll(async () => (await demo.volumes.get(vol.id)).status).toBe('in-use');

  await screen.refresh();
  await expect(screen.row(FROM_IMAGE)).toContainText('in-use');
  await expect(screen.row(FROM_IMAGE)).toContainText(server.id as string);
  await page.getByRole('button', { name: `Actions for ${FROM_IMAGE}` }).click();
  const menu = page.getByRole('menu', { name: `Actions for ${FROM_IMAGE}` });
  await expect(menu.getByRole('menuitem', { name: /^Delete/ })).toBeDisabled();
  await expect(menu).toContainText('attached to a server: detach it first');
  await menu.getByRole('menuitem', { name: /^Detach/ }).click();
  await expect(screen.row(FROM_IMAGE)).toContainText('available', { timeout: 90_000 });
  expect(volumeShow(FROM_IMAGE)).toMatchObject({ status: 'available', attachments: [] });

  await screen.rowAction(FROM_IMAGE, /^Delete/);
  await screen.confirm(`Delete the volume ${FROM_IMAGE}?`, 'Delete');
  await expect(screen.row(FROM_IMAGE)).toHaveCount(0, { timeout: 90_000 });
  await expect.poll(async () => (await demo.volumes.list({ name: FROM_IMAGE })).length).toBe(0);
});
