import { expect as baseExpect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app.js';
import { LaunchPage } from '../pages/launch.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, openstackJson, RUN_PREFIX } from '../support/local-cloud.js';
import { deleteServers, imageId } from '../support/server-fixtures.js';
import { deleteVolumes, settledVolume, volumeGone } from '../support/volume-fixtures.js';

/**
 * The launch wizard's volume boot sources against the real Nova and Cinder: a new volume from
 * an image (of a chosen type), an existing bootable volume, a volume snapshot, and the zero-disk
 * flavor's "boot from a new volume". Each launch is checked with `openstack server show` and
 * `openstack volume show`, the reference client.
 */
test.describe.configure({ mode: 'serial' });

const P = `${RUN_PREFIX}-lv`;
const demo = clientFor('local-demo');
const admin = clientFor('local-admin');
const expect = baseExpect.configure({ timeout: 60_000 });
/** a busy shared cloud: Nova's API workers serve every suite at once */
const ACTIVE_WAIT = { intervalMs: 500, timeoutMs: 180_000 };
let app: RunningApp;
let page: Page;
let launch: LaunchPage;
let zeroFlavorId: string | undefined;
/** volumes Nova made for the servers here: deleted with them, unless a test failed first */
const madeByNova = new Set<string>();

const osc = (...args: string[]) => openstackJson('local-demo', ...args);

/** Nova's root device: the first disk, /dev/vda (virtio) or /dev/sda, whichever bus the driver names. */
const ROOT_DEVICE = /^\/dev\/[sv]da$/;

/**
 * The launched server once ACTIVE, with its root volume (and any others) as
 * `openstack volume show` sees them.
 */
async function launched(name: string, volumes = 1): Promise<{ serverId: string; server: Record<string, unknown>; volume: Record<string, unknown>; others: Record<string, unknown>[] }> {
  let serverId: string | undefined;
  await expect(async () => {
    serverId = (await demo.servers.list({ name: `^${name}$` }))[0]?.id;
    expect(serverId).toBeDefined();
  }).toPass({ timeout: 60_000 });
  await demo.servers.waitFor(serverId!, (s) => s.status === 'ACTIVE' && !s.taskState, ACTIVE_WAIT);
  const attached = await demo.servers.volumes.list(serverId!);
  for (const a of attached) madeByNova.add(a.volumeId);
  expect(attached).toHaveLength(volumes);
  const root = attached.find((a) => ROOT_DEVICE.test(a.device ?? ''));
  expect(root, `a volume at the root device among ${JSON.stringify(attached)}`).toBeDefined();
  return {
    serverId: serverId!,
    server: osc('server', 'show', serverId!),
    volume: osc('volume', 'show', root!.volumeId),
    others: attached.filter((a) => a !== root).map((a) => osc('volume', 'show', a.volumeId)),
  };
}

function attachment(volume: Record<string, unknown>): { server_id?: string; device?: string } {
  const list = volume.attachments as Array<{ server_id?: string; device?: string }>;
  expect(list).toHaveLength(1);
  return list[0]!;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  launch = new LaunchPage(page);
  await new AppPage(page, app).open('local-demo');
});

test.afterAll(async () => {
  test.setTimeout(300_000);
  try {
    await page?.close();
    await app?.stop();
    await deleteServers(demo, P);
    await Promise.all([...madeByNova].map((id) => demo.volumes.delete(id).catch(() => undefined)));
    await deleteVolumes(demo, P);
    if (zeroFlavorId) await admin.compute.delete(`/flavors/${zeroFlavorId}`).catch(() => undefined);
  } finally {
    await Promise.all([demo.close(), admin.close()]);
  }
});

test('an image to a new volume of a chosen type, with a data volume: the preview shows the devices, the root is a premium volume at boot index 0', async () => {
  test.setTimeout(300_000);
  const name = `${P}-img`;
  await launch.openFresh(app.origin);
  await launch.fillBasics(name, 'tiny-raw', 'm1.nano', 'demo-net');
  await launch.tab('Source').click();
  await launch.newVolume().check();
  // the smallest that fits: tiny-raw has min_disk 1 and a few bytes, m1.nano a 1 GB disk
  await expect(launch.rootSize()).toHaveValue('1');
  await launch.rootSize().fill('2');
  await expect(launch.rootType().getByRole('option', { name: 'standard (default)' })).toHaveCount(1);
  await launch.rootType().selectOption('premium');
  await page.getByRole('button', { name: 'Add a data volume' }).click();
  await page.getByLabel('Delete data volume 1 with the server').uncheck();
  // the fit panel counts what this launch makes: two volumes, 2 + 1 GiB
  const fit = page.getByRole('region', { name: 'Will it fit?' });
  await expect(fit.getByRole('meter', { name: 'Volumes', exact: true })).toHaveAttribute('aria-valuetext', /used \+ 2 of/);
  await expect(fit.getByRole('meter', { name: 'Volume gigabytes' })).toHaveAttribute('aria-valuetext', /used \+ 3 GiB of/);
  const body = JSON.parse((await launch.body().textContent()) ?? '{}') as { server: Record<string, unknown> };
  expect(body.server.imageRef).toBe('');
  expect(body.server.block_device_mapping_v2).toEqual([
    { source_type: 'image', destination_type: 'volume', uuid: await imageId(demo), boot_index: 0, volume_size: 2, delete_on_termination: true, volume_type: 'premium' },
    { source_type: 'blank', destination_type: 'volume', boot_index: -1, volume_size: 1, delete_on_termination: false },
  ]);
  await launch.launch();

  const { serverId, server, volume, others } = await launched(name, 2);
  expect(others[0]).toMatchObject({ size: 1, type: 'standard', bootable: 'false', status: 'in-use' });
  expect(String(server.image)).toMatch(/booted from volume/i);
  expect(volume).toMatchObject({ size: 2, type: 'premium', bootable: 'true', status: 'in-use' });
  expect(attachment(volume)).toMatchObject({ server_id: serverId, device: expect.stringMatching(ROOT_DEVICE) });
  // delete on termination: on for the root, which goes with the server; off for the data volume, which stays
  await demo.servers.delete(serverId);
  await demo.servers.waitForGone(serverId, ACTIVE_WAIT);
  await volumeGone(demo, String(volume.id), 120_000);
  await expect(async () => expect(osc('volume', 'show', String(others[0]!.id))).toMatchObject({ status: 'available' })).toPass({ timeout: 120_000 });
});

test('an existing bootable volume is booted as it is and kept when the server is deleted', async () => {
  test.setTimeout(300_000);
  const name = `${P}-vol`;
  const made = await demo.volumes.create({ name: `${P}-bootable`, sizeGb: 1, imageId: await imageId(demo) });
  const ready = await settledVolume(demo, made.id);
  expect(ready).toMatchObject({ status: 'available', bootable: true });

  await launch.openFresh(app.origin);
  await page.getByLabel('Name *').fill(name);
  await launch.chooseSource('Bootable volume', `${P}-bootable`);
  await expect(page.getByRole('checkbox', { name: 'Delete this volume when the server is deleted' })).not.toBeChecked();
  await launch.chooseFlavor('m1.nano');
  await launch.addNetwork('demo-net');
  await launch.launch();

  const { serverId, volume } = await launched(name);
  expect(volume).toMatchObject({ id: made.id, status: 'in-use', bootable: 'true' });
  expect(attachment(volume)).toMatchObject({ server_id: serverId, device: expect.stringMatching(ROOT_DEVICE) });
  await demo.servers.delete(serverId);
  await demo.servers.waitForGone(serverId, ACTIVE_WAIT);
  await expect(async () => expect(osc('volume', 'show', made.id)).toMatchObject({ status: 'available' })).toPass({ timeout: 120_000 });
});

test('a volume snapshot makes a root volume of at least its size', async () => {
  test.setTimeout(300_000);
  const name = `${P}-snap`;
  const source = await demo.volumes.create({ name: `${P}-source`, sizeGb: 1, imageId: await imageId(demo) });
  await settledVolume(demo, source.id);
  const snap = await demo.volumeSnapshots.create({ volumeId: source.id, name: `${P}-snapshot` });
  await expect(async () => expect((await demo.volumeSnapshots.get(snap.id)).status).toBe('available')).toPass({ timeout: 120_000 });

  await launch.openFresh(app.origin);
  await page.getByLabel('Name *').fill(name);
  await launch.chooseSource('Volume snapshot', `${P}-snapshot`);
  // the snapshot's size is the smallest
  await expect(launch.rootSize()).toHaveValue('1');
  await launch.rootSize().fill('3');
  await launch.chooseFlavor('m1.nano');
  await launch.addNetwork('demo-net');
  await launch.launch();

  const { serverId, volume } = await launched(name);
  expect(volume).toMatchObject({ size: 3, snapshot_id: snap.id, status: 'in-use' });
  expect(attachment(volume)).toMatchObject({ server_id: serverId, device: expect.stringMatching(ROOT_DEVICE) });
  await demo.servers.delete(serverId);
  await demo.servers.waitForGone(serverId, ACTIVE_WAIT);
  await volumeGone(demo, String(volume.id), 120_000);
});

test('a zero-disk flavor offers to boot from a new volume, and one click makes that the launch', async () => {
  test.setTimeout(300_000);
  const name = `${P}-zero`;
  const flavorName = `${P}-zero-disk`;
  const { flavor } = await admin.compute.post<{ flavor: { id: string } }>('/flavors', {
    flavor: { name: flavorName, ram: 128, vcpus: 1, disk: 0, 'os-flavor-access:is_public': false },
  });
  zeroFlavorId = flavor.id;
  const project = (await demo.session.token()).project?.id;
  await admin.compute.post(`/flavors/${flavor.id}/action`, { addTenantAccess: { tenant: project } });

  await launch.openFresh(app.origin);
  await page.getByLabel('Name *').fill(name);
  await launch.tab('Source').click();
  await page.getByRole('radio', { name: 'tiny-raw', exact: true }).check();
  await launch.tab('Flavor').click();
  const row = page.getByRole('row', { name: new RegExp(flavorName) });
  await expect(row).toContainText('No root disk (0 GB)');
  await expect(row.getByRole('radio')).toBeDisabled();
  await row.getByRole('button', { name: `Boot from a new volume with ${flavorName}` }).click();
  await expect(page.getByRole('radio', { name: flavorName, exact: true })).toBeChecked();
  await launch.tab('Source').click();
  await expect(launch.newVolume()).toBeChecked();
  await expect(launch.rootSize()).toHaveValue('1');
  await launch.addNetwork('demo-net');
  await launch.launch();

  const { serverId, server, volume } = await launched(name);
  expect(server.flavor).toBeTruthy();
  expect(String(server.image)).toMatch(/booted from volume/i);
  expect(volume).toMatchObject({ size: 1, bootable: 'true', status: 'in-use' });
  expect(attachment(volume)).toMatchObject({ server_id: serverId, device: expect.stringMatching(ROOT_DEVICE) });
});
