import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerCreateRequest } from '../../../shared/schemas/server-create.js';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import { NANO, deleteServers, imageId } from '../../../e2e/support/server-fixtures.js';
import { deleteVolumes, settledVolume, volumeGone } from '../../../e2e/support/volume-fixtures.js';

// Booting from volumes and attaching volumes through the real Nova and Cinder: what Nova says
// is attached is what Cinder has in its attachments.
const P = `${RUN_PREFIX}-bfv`;
const demo = clientFor('local-demo');
let image: string;

const boot = async (name: string, blockDevices: ServerCreateRequest['blockDevices']) => {
  const created = await demo.servers.create({ name: `${P}-${name}`, flavorRef: NANO, networks: 'none', blockDevices });
  return demo.servers.waitFor(created.id as string, (s) => (s.status === 'ACTIVE' || s.status === 'ERROR') && !s.taskState, {
    intervalMs: 300,
    timeoutMs: 180_000,
  });
};

const deleteServer = async (id: string) => {
  await demo.servers.delete(id);
  await demo.servers.waitForGone(id, { intervalMs: 300, timeoutMs: 120_000 });
};

beforeAll(async () => {
  image = await imageId(demo);
});

afterAll(async () => {
  try {
    await deleteServers(demo, P);
    await deleteVolumes(demo, P);
  } finally {
    await demo.close();
  }
});

describe('servers and volumes', () => {
  it('boots from a new volume made from the image: in-use at boot index 0, deleted with the server', async () => {
    const s = await boot('new', [
      { sourceType: 'image', destinationType: 'volume', uuid: image, bootIndex: 0, volumeSizeGb: 1, deleteOnTermination: true },
    ]);
    expect(s.status).toBe('ACTIVE');
    const [root, ...more] = await demo.servers.volumes.list(s.id);
    expect(more).toEqual([]);
    expect(root).toMatchObject({ serverId: s.id, deleteOnTermination: true });
    const vol = await demo.volumes.get(root!.volumeId);
    expect(vol).toMatchObject({ status: 'in-use', bootable: true, imageMetadata: expect.objectContaining({ image_id: image }) });
    expect(vol.attachments).toEqual([expect.objectContaining({ serverId: s.id, device: root!.device })]);
    // boot index 0 is the root disk: Nova's root device name is the volume's device
    const { server } = await demo.compute.get<{ server: Record<string, string> }>(`/servers/${s.id}`);
    expect(server['OS-EXT-SRV-ATTR:root_device_name'] ?? root!.device).toBe(root!.device);

    await deleteServer(s.id);
    await volumeGone(demo, vol.id);
  });

  it('boots from an existing bootable volume, which stays (available) after the server is deleted', async () => {
    const vol = await settledVolume(demo, (await demo.volumes.create({ sizeGb: 1, imageId: image, name: `${P}-boot` })).id);
    const s = await boot('existing', [{ sourceType: 'volume', destinationType: 'volume', uuid: vol.id, bootIndex: 0, deleteOnTermination: false }]);
    expect(s.status).toBe('ACTIVE');
    expect((await demo.servers.volumes.list(s.id)).map((a) => a.volumeId)).toEqual([vol.id]);
    expect((await demo.volumes.get(vol.id)).status).toBe('in-use');

    await deleteServer(s.id);
    await expect.poll(async () => (await demo.volumes.get(vol.id)).status, { timeout: 60_000, interval: 300 }).toBe('available');
  });

  it('boots from a volume snapshot: Nova makes the root volume from it', async () => {
    const vol = await settledVolume(demo, (await demo.volumes.create({ sizeGb: 1, imageId: image, name: `${P}-snapsrc` })).id);
    const snap = await demo.volumeSnapshots.create({ volumeId: vol.id, name: `${P}-snap` });
    await expect.poll(async () => (await demo.volumeSnapshots.get(snap.id)).status, { timeout: 60_000, interval: 300 }).toBe('available');
    const s = await boot('fromsnap', [
      { sourceType: 'snapshot', destinationType: 'volume', uuid: snap.id, bootIndex: 0, volumeSizeGb: 1, deleteOnTermination: true },
    ]);
    expect(s.status).toBe('ACTIVE');
    const [root] = await demo.servers.volumes.list(s.id);
    expect(await demo.volumes.get(root!.volumeId)).toMatchObject({ status: 'in-use', snapshotId: snap.id });
    await deleteServer(s.id);
    await volumeGone(demo, root!.volumeId);
  });

  it('attaches a volume at a device, refuses to delete it while attached, extends it in use, detaches it', async () => {
    const s = await boot('attach', [
      { sourceType: 'image', destinationType: 'volume', uuid: image, bootIndex: 0, volumeSizeGb: 1, deleteOnTermination: true },
    ]);
    const data = await settledVolume(demo, (await demo.volumes.create({ sizeGb: 1, name: `${P}-data` })).id);

    const att = await demo.servers.volumes.attach(s.id, { volumeId: data.id, device: '/dev/vdb' });
    expect(att).toMatchObject({ serverId: s.id, volumeId: data.id });
    await expect.poll(async () => (await demo.volumes.get(data.id)).status, { timeout: 60_000, interval: 300 }).toBe('in-use');
    const listed = (await demo.servers.volumes.list(s.id)).find((a) => a.volumeId === data.id);
    expect(listed).toMatchObject({ deleteOnTermination: false });
    expect((await demo.volumes.get(data.id)).attachments).toEqual([expect.objectContaining({ serverId: s.id })]);

    await expect(demo.volumes.delete(data.id)).rejects.toMatchObject({ kind: 'conflict', message: expect.stringMatching(/attached/) });

    // an in-use volume's snapshot: the form's force: true, which 3.66+ no longer needs
    const snap = await demo.volumeSnapshots.create({ volumeId: data.id, name: `${P}-inuse-snap`, force: true });
    await expect.poll(async () => (await demo.volumeSnapshots.get(snap.id)).status, { timeout: 60_000, interval: 300 }).toBe('available');
    await demo.volumeSnapshots.delete(snap.id);
    await expect.poll(async () => (await demo.volumeSnapshots.list({ volumeId: data.id })).length, { timeout: 60_000, interval: 300 }).toBe(0);

    await demo.volumes.extend(data.id, 2);
    await expect.poll(async () => (await demo.volumes.get(data.id)).sizeGb, { timeout: 60_000, interval: 300 }).toBe(2);

    await demo.servers.volumes.detach(s.id, data.id);
    await expect.poll(async () => (await demo.volumes.get(data.id)).status, { timeout: 60_000, interval: 300 }).toBe('available');
    // Nova drops its block device mapping just after Cinder's attachment
    await expect
      .poll(async () => (await demo.servers.volumes.list(s.id)).map((a) => a.volumeId), { timeout: 30_000, interval: 300 })
      .not.toContain(data.id);
    await demo.volumes.delete(data.id);
    await volumeGone(demo, data.id);
  });

  it('attaches a volume with a tag, which Nova lists; the volume is released when the server goes', async () => {
    // Not detached here: Zed's Nova fails to detach a tagged volume from a fake-driver server
    // (no device metadata to remove the tag from; e2e/cloud/README.md, Limits)
    const s = await boot('tag', [
      { sourceType: 'image', destinationType: 'volume', uuid: image, bootIndex: 0, volumeSizeGb: 1, deleteOnTermination: true },
    ]);
    const data = await settledVolume(demo, (await demo.volumes.create({ sizeGb: 1, name: `${P}-tagged` })).id);
    await demo.servers.volumes.attach(s.id, { volumeId: data.id, tag: 'data' });
    await expect.poll(async () => (await demo.volumes.get(data.id)).status, { timeout: 60_000, interval: 300 }).toBe('in-use');
    expect((await demo.servers.volumes.list(s.id)).find((a) => a.volumeId === data.id)).toMatchObject({ tag: 'data' });
    await deleteServer(s.id);
    await expect.poll(async () => (await demo.volumes.get(data.id)).status, { timeout: 60_000, interval: 300 }).toBe('available');
  });
});
