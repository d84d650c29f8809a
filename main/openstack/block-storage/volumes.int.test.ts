import { afterAll, describe, expect, it } from 'vitest';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import { imageId } from '../../../e2e/support/server-fixtures.js';
import { deleteVolumes, settledVolume, volumeGone } from '../../../e2e/support/volume-fixtures.js';

// Volumes, snapshots, types and quotas against the real Cinder (e2e/cloud: fake driver).
const P = `${RUN_PREFIX}-vol`;
const demo = clientFor('local-demo');

afterAll(async () => {
  try {
    await deleteVolumes(demo, P);
  } finally {
    await demo.close();
  }
});

describe('block storage', () => {
  it('negotiates the volume microversion from Cinder (Zed: 3.0 to 3.70)', async () => {
    expect(await demo.blockStorage.negotiate({ refresh: true })).toEqual({ min: '3.0', max: '3.70', negotiated: '3.70' });
  });

  it('creates a blank volume of the default type, gets, renames and describes it, extends it and deletes it', async () => {
    const created = await demo.volumes.create({ sizeGb: 1, name: `${P}-blank` });
    const v = await settledVolume(demo, created.id);
    expect(v).toMatchObject({ status: 'available', sizeGb: 1, volumeType: 'standard', bootable: false, attachments: [] });

    const renamed = await demo.volumes.update(v.id, { name: `${P}-renamed`, description: 'data disk' });
    expect(renamed).toMatchObject({ name: `${P}-renamed`, description: 'data disk' });
    expect(await demo.volumes.get(v.id)).toMatchObject({ name: `${P}-renamed`, description: 'data disk' });

    await demo.volumes.extend(v.id, 3);
    expect((await settledVolume(demo, v.id)).sizeGb).toBe(3);

    await demo.volumes.delete(v.id);
    await volumeGone(demo, v.id);
  });

  it('refuses an extend that does not grow the volume, as bad_request with Cinder\'s message', async () => {
    const v = await settledVolume(demo, (await demo.volumes.create({ sizeGb: 2, name: `${P}-noshrink` })).id);
    await expect(demo.volumes.extend(v.id, 1)).rejects.toMatchObject({ kind: 'bad_request', message: expect.stringMatching(/size/i) });
  });

  it('lists with a filter, follows limit/marker pages, and starts after a marker', async () => {
    const ids = await Promise.all([1, 2, 3].map(async (n) => (await demo.volumes.create({ sizeGb: 1, name: `${P}-page-${n}` })).id));
    await Promise.all(ids.map((id) => settledVolume(demo, id)));
    const byName = await demo.volumes.list({ name: `${P}-page-2` });
    expect(byName.map((v) => v.id)).toEqual([ids[1]]);
    // one per page: every page is followed
    const paged = (await demo.volumes.list({ limit: 1 })).filter((v) => v.name.startsWith(`${P}-page-`));
    expect(paged.map((v) => v.id).sort()).toEqual([...ids].sort());
    const all = await demo.volumes.list();
    const first = all[0]!;
    const after = await demo.volumes.list({ marker: first.id });
    expect(after.map((v) => v.id)).toEqual(all.slice(1).map((v) => v.id));
    expect(await demo.volumes.list({ status: 'available', bootable: true })).not.toContainEqual(expect.objectContaining({ id: ids[0] }));
  });

  it('makes a bootable volume from an image, with the image metadata, and edits bootable and image metadata', async () => {
    const image = await imageId(demo);
    const v = await settledVolume(demo, (await demo.volumes.create({ sizeGb: 1, imageId: image, name: `${P}-img` })).id);
    expect(v).toMatchObject({ status: 'available', bootable: true, imageMetadata: expect.objectContaining({ image_id: image, image_name: 'tiny-raw' }) });

    await demo.volumes.setImageMetadata(v.id, { os_distro: 'novadesk' });
    expect((await demo.volumes.get(v.id)).imageMetadata).toMatchObject({ os_distro: 'novadesk', image_id: image });
    await demo.volumes.unsetImageMetadata(v.id, 'os_distro');
    expect((await demo.volumes.get(v.id)).imageMetadata).not.toHaveProperty('os_distro');

    await demo.volumes.setBootable(v.id, false);
    expect((await demo.volumes.get(v.id)).bootable).toBe(false);
    await demo.volumes.setBootable(v.id, true);
    expect((await demo.volumes.get(v.id)).bootable).toBe(true);
  });

  it('snapshots a volume, lists the snapshot, makes volumes from the snapshot and from the volume, deletes the snapshot', async () => {
    const src = await settledVolume(demo, (await demo.volumes.create({ sizeGb: 2, name: `${P}-src`, volumeType: 'premium' })).id);
    expect(src.volumeType).toBe('premium');
    // force: false is what a form sends for an available volume; Cinder 3.66+ refuses the flag itself
    const snap = await demo.volumeSnapshots.create({ volumeId: src.id, name: `${P}-snap`, description: 'before', force: false });
    await expect.poll(async () => (await demo.volumeSnapshots.get(snap.id)).status, { timeout: 60_000, interval: 300 }).toBe('available');
    expect((await demo.volumeSnapshots.list({ volumeId: src.id })).map((s) => s.id)).toEqual([snap.id]);
    expect(await demo.volumeSnapshots.get(snap.id)).toMatchObject({ name: `${P}-snap`, description: 'before', sizeGb: 2, volumeId: src.id });

    const fromSnap = await settledVolume(demo, (await demo.volumes.create({ snapshotId: snap.id, name: `${P}-fromsnap` })).id);
    expect(fromSnap).toMatchObject({ status: 'available', snapshotId: snap.id, sizeGb: 2 });
    const clone = await settledVolume(demo, (await demo.volumes.create({ sourceVolumeId: src.id, name: `${P}-clone`, sizeGb: 3 })).id);
    expect(clone).toMatchObject({ status: 'available', sourceVolumeId: src.id, sizeGb: 3 });

    // a volume with snapshots cannot go: Cinder's reason arrives as a conflict
    await expect(demo.volumes.delete(src.id)).rejects.toMatchObject({ kind: 'conflict', message: expect.stringMatching(/snapshots/) });
    await demo.volumeSnapshots.delete(snap.id);
    await expect
      .poll(async () => (await demo.volumeSnapshots.list({ volumeId: src.id })).length, { timeout: 60_000, interval: 300 })
      .toBe(0);
  });

  it('lists the volume types and names the default one', async () => {
    const names = (await demo.volumeTypes.list()).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['standard', 'premium']));
    expect((await demo.volumeTypes.default()).name).toBe('standard');
  });

  it('reports the project quota with usage, per type as well', async () => {
    const q = await demo.volumeQuotas.usage();
    expect(q.resources.volumes).toMatchObject({ limit: 200 });
    expect(q.resources.volumes!.inUse).toBeGreaterThanOrEqual(1);
    expect(q.resources.gigabytes).toMatchObject({ limit: 2000 });
    expect(q.resources.snapshots).toMatchObject({ limit: 200 });
    // per-type rows; -1 is unlimited
    expect(q.resources.volumes_premium).toMatchObject({ limit: null });
    expect(q.resources.volumes_premium!.inUse).toBeGreaterThanOrEqual(1);
  });

  it('names the field of a create with two sources, before asking Cinder', async () => {
    await expect(demo.volumes.create({ sizeGb: 1, imageId: 'a', snapshotId: 'b' })).rejects.toMatchObject({ kind: 'validation', field: 'snapshotId' });
  });
});
