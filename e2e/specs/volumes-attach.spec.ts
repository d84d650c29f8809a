import { expect as baseExpect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app.js';
import { ServersPage } from '../pages/servers.js';
import { VolumeSnapshotsPage } from '../pages/volume-snapshots.js';
import { VolumesPage } from '../pages/volumes.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, openstackJson, RUN_PREFIX } from '../support/local-cloud.js';
import { bootActive, deleteServers, imageId, NANO } from '../support/server-fixtures.js';
import { deleteVolumes, settledVolume } from '../support/volume-fixtures.js';

/**
 * Volumes on servers against the real Nova and Cinder: attach and detach from the server
 * drawer (the boot volume marked and its Detach refused), attach from the Volumes screen
 * through the same dialog, a server booted from a volume named by its volume's image, and the
 * Volume snapshots screen (a volume from a snapshot, delete). Each change is checked with
 * `openstack`, the reference client.
 */
test.describe.configure({ mode: 'serial' });

const P = `${RUN_PREFIX}-vat`;
const BFV = `${P}-bfv`;
const SRV = `${P}-srv`;
const DATA1 = `${P}-data1`;
const DATA2 = `${P}-data2`;
const SNAP = `${P}-snap`;
const RESTORED = `${P}-restored`;
const demo = clientFor('local-demo');
const expect = baseExpect.configure({ timeout: 60_000 });
let app: RunningApp;
let page: Page;
let shell: AppPage;
let ids: { bfv: string; srv: string; data1: string; data2: string };

const osc = (...args: string[]) => openstackJson('local-demo', ...args);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  const image = await imageId(demo);
  const blank = async (name: string) => (await settledVolume(demo, (await demo.volumes.create({ sizeGb: 1, name })).id)).id;
  const bootFromVolume = async () => {
    const created = await demo.servers.create({
      name: BFV,
      flavorRef: NANO,
      networks: 'none',
      blockDevices: [{ sourceType: 'image', destinationType: 'volume', uuid: image, bootIndex: 0, volumeSizeGb: 1, deleteOnTermination: true }],
    });
    await demo.servers.waitFor(created.id as string, (s) => s.status === 'ACTIVE' && !s.taskState, { intervalMs: 1000, timeoutMs: 240_000 });
    return created.id as string;
  };
  const [bfv, srv, data1, data2] = await Promise.all([bootFromVolume(), bootActive(demo, SRV), blank(DATA1), blank(DATA2)]);
  ids = { bfv, srv, data1, data2 };
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  shell = new AppPage(page, app);
});

test.afterAll(async () => {
  test.setTimeout(300_000);
  try {
    await page?.close();
    await app?.stop();
    await deleteServers(demo, P);
    await deleteVolumes(demo, P);
  } finally {
    await demo.close();
  }
});

test("the server drawer lists the boot volume (marked, not detachable) and attaches and detaches a data volume; the list names the volume's image", async () => {
  test.setTimeout(300_000);
  const servers = new ServersPage(page);
  await servers.openOn(app, 'local-demo');
  await servers.quickFilter().fill(BFV);
  // no image on the server: the name comes from its boot volume's image metadata
  await expect(servers.row(BFV)).toContainText('tiny-raw', { timeout: 90_000 });

  const drawer = await servers.openDetails(BFV);
  const table = drawer.getByRole('table', { name: 'Volumes' });
  const bootRow = table.getByRole('row').filter({ hasText: 'boot' });
  await expect(bootRow).toHaveCount(1);
  await expect(bootRow.getByRole('button', { name: /^Detach / })).toBeDisabled();
  await expect(bootRow.getByRole('button', { name: /^Detach / })).toHaveAttribute('title', /root disk/);

  await drawer.getByRole('button', { name: 'Attach volume…' }).click();
  // the device is Nova's choice (the fake driver, like libvirt, names disks itself)
  await new VolumesPage(page).attachVia(`Attach a volume · ${BFV}`, { pick: 'Volume', option: new RegExp(`^${DATA1} `) });
  const dataRow = table.getByRole('row').filter({ hasText: DATA1 });
  await expect(dataRow).toContainText(/\/dev\/\w+db/, { timeout: 90_000 });
  await expect(dataRow).toContainText('1 GB');
  await page.screenshot({ path: 'e2e/artifacts/server-drawer-volumes.png' });
  const device = ((await dataRow.getByRole('cell').nth(2).textContent()) ?? '').trim();
  expect(JSON.stringify(osc('server', 'show', ids.bfv, '-c', 'volumes_attached'))).toContain(ids.data1);
  expect(osc('volume', 'show', ids.data1)).toMatchObject({ status: 'in-use', attachments: [expect.objectContaining({ server_id: ids.bfv, device })] });

  await dataRow.getByRole('button', { name: `Detach ${DATA1}` }).click();
  await expect(dataRow).toHaveCount(0, { timeout: 90_000 });
  await expect.poll(async () => (await demo.volumes.get(ids.data1)).status, { timeout: 90_000 }).toBe('available');
  expect(osc('volume', 'show', ids.data1)).toMatchObject({ status: 'available', attachments: [] });
  expect(JSON.stringify(osc('server', 'show', ids.bfv, '-c', 'volumes_attached'))).not.toContain(ids.data1);
  await expect(bootRow).toHaveCount(1);
});

test('the Volumes screen attaches a volume to a running server through the same dialog, then detaches it', async () => {
  test.setTimeout(240_000);
  const volumes = new VolumesPage(page);
  await shell.goto('volumes');
  await expect(volumes.heading()).toHaveText('Volumes · local-demo');
  await volumes.filter(P);
  await expect(volumes.row(DATA2)).toContainText('available');
  await volumes.rowAction(DATA2, /^Attach to server/);
  await volumes.attachVia(`Attach a volume · ${DATA2}`, { pick: 'Server', option: new RegExp(`^${SRV} · ACTIVE$`) });
  await expect(volumes.row(DATA2)).toContainText('in-use', { timeout: 90_000 });
  await expect(volumes.row(DATA2)).toContainText(ids.srv);
  expect(osc('volume', 'show', ids.data2)).toMatchObject({ status: 'in-use', attachments: [expect.objectContaining({ server_id: ids.srv })] });

  await volumes.rowAction(DATA2, /^Detach/);
  await expect(volumes.row(DATA2)).toContainText('available', { timeout: 90_000 });
  await expect.poll(async () => (await demo.volumes.get(ids.data2)).attachments).toEqual([]);
});

test('the Volume snapshots screen lists a snapshot with its volume, makes a volume from it, and deletes it', async () => {
  test.setTimeout(240_000);
  const snap = await demo.volumeSnapshots.create({ volumeId: ids.data1, name: SNAP });
  await expect.poll(async () => (await demo.volumeSnapshots.get(snap.id)).status).toBe('available');

  const snapshots = new VolumeSnapshotsPage(page);
  await shell.goto('volume-snapshots');
  await shell.expectNavLink('Volume snapshots');
  await expect(snapshots.heading()).toHaveText('Volume snapshots · local-demo');
  await snapshots.filter(P);
  await expect(snapshots.row(SNAP)).toContainText('available');
  await expect(snapshots.row(SNAP)).toContainText(DATA1);
  await expect(snapshots.row(SNAP)).toContainText('1 GB');

  await snapshots.rowAction(SNAP, /^Create volume/);
  const dialog = page.getByRole('dialog', { name: `Create a volume from ${SNAP}` });
  await dialog.getByLabel('Name').fill(RESTORED);
  // smaller than the snapshot: refused on the field, nothing sent
  await dialog.getByLabel('Size (GB)').fill('0');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog.locator('.field-error')).toHaveText('At least 1 GB: the size of the snapshot.');
  await dialog.getByLabel('Size (GB)').fill('2');
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await demo.volumes.list({ name: RESTORED }))[0]?.status, { timeout: 90_000 }).toBe('available');
  expect(osc('volume', 'show', RESTORED)).toMatchObject({ size: 2, snapshot_id: snap.id, status: 'available' });

  await snapshots.rowAction(SNAP, /^Delete/);
  const confirm = page.getByRole('dialog', { name: `Delete the snapshot ${SNAP}?` });
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(snapshots.row(SNAP)).toHaveCount(0, { timeout: 90_000 });
  await expect.poll(async () => (await demo.volumeSnapshots.list({ volumeId: ids.data1 })).length).toBe(0);
});
