import { describe, expect, it } from 'vitest';
import { composeServerCreateBody } from '../../../../shared/compute/server-create-body.js';
import type { Image } from '../../../../shared/domain/image.js';
import type { VolumeQuota } from '../../../../shared/domain/volume.js';
import { blockDevicePath, newVolumesPerServer, rootMinGb } from './boot-volume.js';
import { sampleImage } from '../../../../shared/domain/image-sample.js';
import { sampleVolume } from '../../../../shared/domain/volume-sample.js';
import { reviveDraft, toRequest, withoutSecrets, type LaunchDraft } from './draft.js';
import { fitRows, flavorReasons } from './fit.js';
import type { LaunchContext } from './launch-schema.js';
import { issuesIn, testDraft } from './test-draft.js';

const GIB = 1024 ** 3;

const flavor = (id: string, diskGb: number) => ({ id, name: `f${diskGb}`, vcpus: 1, ramMb: 256, diskGb, ephemeralGb: 0, swapMb: 0, isPublic: true, description: undefined, extraSpecs: {} });
// 2.5 GiB of data and min_disk 2: a volume of it needs 3 GiB
const image = (over: Partial<Image> = {}): Image => sampleImage({ id: 'img-1', sizeBytes: 2.5 * GIB, minDiskGb: 2, minRamMb: 0, ...over });
const snap = { id: 'snap-1', name: 's', description: '', status: 'available', sizeGb: 4, volumeId: 'vol-0', projectId: undefined, createdAt: '' };
const vol = sampleVolume({ id: 'vol-1', name: 'boot-me', sizeGb: 5, bootable: true });
const lookups = { images: [image()], flavors: [flavor('zero', 0), flavor('ten', 10), flavor('42', 1)], volumeSnapshots: [snap] };
const ctx = (over: Partial<LaunchContext> = {}): LaunchContext => ({
  microversion: '2.93',
  usage: undefined,
  ...lookups,
  blockStorage: true,
  volumes: [vol],
  ...over,
});
const draft = testDraft;
const issues = (d: LaunchDraft, c = ctx()) => issuesIn(c, d);
const body = (d: LaunchDraft) => composeServerCreateBody(toRequest(d, rootMinGb(d, lookups)), '2.93').body.server;

describe('the draft as block_device_mapping_v2', () => {
  it('an image stays a local boot: imageRef, no block devices', () => {
    const server = body(draft());
    expect(server.imageRef).toBe('img-1');
    expect(server).not.toHaveProperty('block_device_mapping_v2');
  });

  it('an image to a new volume: imageRef empty, the image as the root device of the smallest size that fits', () => {
    const server = body(draft({ newVolume: true }));
    expect(server.imageRef).toBe('');
    expect(server.block_device_mapping_v2).toEqual([
      { source_type: 'image', destination_type: 'volume', uuid: 'img-1', boot_index: 0, volume_size: 3, delete_on_termination: true },
    ]);
  });

  it('a typed size and a type are sent as typed; the flavor disk raises the default', () => {
    expect(body(draft({ newVolume: true, rootSizeGb: 8, rootVolumeType: 'premium', rootDeleteOnTermination: false })).block_device_mapping_v2).toEqual([
      { source_type: 'image', destination_type: 'volume', uuid: 'img-1', boot_index: 0, volume_size: 8, delete_on_termination: false, volume_type: 'premium' },
    ]);
    expect(body(draft({ newVolume: true, flavorRef: 'ten' })).block_device_mapping_v2?.[0]?.volume_size).toBe(10);
  });

  it('a bootable volume is booted as it is, kept when the server goes unless asked', () => {
    const server = body(draft({ sourceKind: 'volume', volumeId: 'vol-1' }));
    expect(server.imageRef).toBe('');
    expect(server.block_device_mapping_v2).toEqual([{ source_type: 'volume', destination_type: 'volume', uuid: 'vol-1', boot_index: 0, delete_on_termination: false }]);
  });

  it('a volume snapshot makes a root volume at least the snapshot size', () => {
    expect(body(draft({ sourceKind: 'volumeSnapshot', volumeSnapshotId: 'snap-1' })).block_device_mapping_v2).toEqual([
      { source_type: 'snapshot', destination_type: 'volume', uuid: 'snap-1', boot_index: 0, volume_size: 4, delete_on_termination: true },
    ]);
  });

  it('data volumes are blank, boot index -1, after the root', () => {
    const d = draft({ newVolume: true, dataVolumes: [{ sizeGb: 2, volumeType: 'premium', deleteOnTermination: false }] });
    expect(body(d).block_device_mapping_v2?.[1]).toEqual({
      source_type: 'blank',
      destination_type: 'volume',
      boot_index: -1,
      volume_size: 2,
      delete_on_termination: false,
      volume_type: 'premium',
    });
    // with a local image boot the blank volume is the only device, and imageRef stays
    const local = body(draft({ dataVolumes: [{ sizeGb: 1, volumeType: '', deleteOnTermination: true }] }));
    expect(local.imageRef).toBe('img-1');
    expect(local.block_device_mapping_v2).toEqual([{ source_type: 'blank', destination_type: 'volume', boot_index: -1, volume_size: 1, delete_on_termination: true }]);
  });

  it('maps a device problem back to the draft field that shows it', () => {
    const d = draft({ newVolume: true, dataVolumes: [{ sizeGb: 1, volumeType: 'x', deleteOnTermination: true }] });
    expect(blockDevicePath(d, 'blockDevices.0.volumeType')).toBe('rootVolumeType');
    expect(blockDevicePath(d, 'blockDevices.1.volumeType')).toBe('dataVolumes.0.volumeType');
    expect(blockDevicePath(draft({ dataVolumes: d.dataVolumes }), 'blockDevices.0.volumeType')).toBe('dataVolumes.0.volumeType');
    expect(blockDevicePath(draft({ sourceKind: 'volume' }), 'blockDevices.0.uuid')).toBe('volumeId');
  });
});

describe('the root volume size rule', () => {
  it('is the largest of min_disk, the image size in GiB and the flavor disk', () => {
    expect(rootMinGb(draft({ newVolume: true }), lookups)).toBe(3);
    expect(rootMinGb(draft({ newVolume: true, flavorRef: 'ten' }), lookups)).toBe(10);
    expect(rootMinGb(draft({ newVolume: true }), { ...lookups, images: [image({ sizeBytes: 100, minDiskGb: 0 })] })).toBe(1);
    expect(rootMinGb(draft({ sourceKind: 'volumeSnapshot', volumeSnapshotId: 'snap-1' }), lookups)).toBe(4);
    // nothing new is made for a local boot or an existing volume
    expect(rootMinGb(draft(), lookups)).toBeUndefined();
    expect(rootMinGb(draft({ sourceKind: 'volume', volumeId: 'vol-1' }), lookups)).toBeUndefined();
  });

  it('refuses a smaller size, naming the field and the minimum', () => {
    expect(issues(draft({ newVolume: true, rootSizeGb: 2 }))).toEqual({ rootSizeGb: ['errors.rootTooSmall {"min":3}'] });
    expect(issues(draft({ sourceKind: 'volumeSnapshot', volumeSnapshotId: 'snap-1', rootSizeGb: 3 }))).toEqual({ rootSizeGb: ['errors.rootTooSmall {"min":4}'] });
    expect(issues(draft({ newVolume: true, rootSizeGb: 1.5 }))).toEqual({ rootSizeGb: ['errors.sizeWhole'] });
    expect(issues(draft({ newVolume: true, rootSizeGb: 3 }))).toEqual({});
  });

  it('asks for a whole size of each data volume', () => {
    expect(issues(draft({ newVolume: true, dataVolumes: [{ sizeGb: Number.NaN, volumeType: '', deleteOnTermination: true }] }))).toEqual({ 'dataVolumes.0.sizeGb': ['errors.sizeWhole'] });
  });

  it('asks for the volume or snapshot, and says when it is gone', () => {
    expect(issues(draft({ sourceKind: 'volume' }))).toEqual({ volumeId: ['errors.chooseVolume'] });
    expect(issues(draft({ sourceKind: 'volume', volumeId: 'vol-gone' }))).toEqual({ volumeId: ['errors.volumeGone'] });
    expect(issues(draft({ sourceKind: 'volumeSnapshot' }))).toEqual({ volumeSnapshotId: ['errors.chooseVolumeSnapshot'] });
  });

  it('refuses volumes on a cloud without block storage', () => {
    expect(issues(draft({ sourceKind: 'volume', volumeId: 'vol-1' }), ctx({ blockStorage: false })).sourceKind).toEqual(['errors.noBlockStorage']);
  });
});

describe('the zero-disk flavor', () => {
  it('refuses an image boot, and takes a boot from a new volume', () => {
    expect(issues(draft({ flavorRef: 'zero' })).flavorRef).toEqual(['flavor.reason.zeroDisk']);
    expect(issues(draft({ flavorRef: 'zero', newVolume: true }))).toEqual({});
    expect(flavorReasons(flavor('zero', 0), { image: image(), count: 1, rootOnVolume: true })).toEqual([]);
    // the image's RAM need still applies to a volume boot
    expect(flavorReasons(flavor('zero', 0), { image: image({ minRamMb: 512 }), count: 1, rootOnVolume: true }).map((r) => r.code)).toEqual(['minRam']);
  });
});

describe('volumes and gigabytes in the fit panel', () => {
  const quota = (over: Record<string, { limit: number | null; inUse: number; reserved: number }> = {}): VolumeQuota => ({
    projectId: 'p',
    resources: {
      volumes: { limit: 10, inUse: 2, reserved: 0 },
      gigabytes: { limit: 100, inUse: 10, reserved: 0 },
      volumes_premium: { limit: 2, inUse: 1, reserved: 0 },
      gigabytes_premium: { limit: null, inUse: 0, reserved: 0 },
      volumes_standard: { limit: null, inUse: 1, reserved: 0 },
      ...over,
    },
  });
  const rows = (d: LaunchDraft, count: number, q = quota()) =>
    fitRows({ count, newPortsPerServer: 0, metadataItems: 0, volume: q, newVolumes: newVolumesPerServer(d, rootMinGb(d, lookups)) })
      .filter((r) => r.key.startsWith('volumes') || r.key.startsWith('gigabytes'))
      .map((r) => ({ key: r.key, type: r.volumeType, adds: r.adds, fits: r.fits }));

  it('counts the new root volume and each data volume, times the count; per type only where limited', () => {
    const d = draft({ newVolume: true, rootVolumeType: 'premium', dataVolumes: [{ sizeGb: 5, volumeType: 'standard', deleteOnTermination: true }] });
    expect(rows(d, 2)).toEqual([
      { key: 'volumes', type: undefined, adds: 4, fits: true },
      { key: 'gigabytes', type: undefined, adds: 16, fits: true },
      // 1 used + 2 new premium roots > 2
      { key: 'volumesOfType', type: 'premium', adds: 2, fits: false },
    ]);
  });

  it('refuses a launch whose new volumes the quota cannot take, on the size field, naming the quota', () => {
    const c = ctx({ volumeQuota: quota({ volumes_standard: { limit: 3, inUse: 2, reserved: 0 } }), defaultVolumeType: 'standard' });
    // two servers, each with a root volume of the default type (standard): 2 + 2 > 3
    expect(issues(draft({ newVolume: true, count: 2 }), c)).toEqual({
      rootSizeGb: ['errors.volumeQuota {"what":"fit.volumesOfType {\\"type\\":\\"standard\\"}","need":2,"left":1}'],
    });
    expect(issues(draft({ newVolume: true }), c)).toEqual({});
  });

  it('an existing volume adds nothing', () => {
    expect(rows(draft({ sourceKind: 'volume', volumeId: 'vol-1' }), 1)).toEqual([
      { key: 'volumes', type: undefined, adds: 0, fits: true },
      { key: 'gigabytes', type: undefined, adds: 0, fits: true },
    ]);
  });
});

describe('a stored draft', () => {
  it('keeps the volume fields through a reload', () => {
    const d = draft({ sourceKind: 'volumeSnapshot', volumeSnapshotId: 'snap-1', rootSizeGb: 9, rootVolumeType: 'premium', dataVolumes: [{ sizeGb: 2, volumeType: '', deleteOnTermination: false }] });
    expect(reviveDraft(JSON.parse(JSON.stringify(withoutSecrets(d))))).toEqual(withoutSecrets(d));
  });

  it('an older draft without them loads with the defaults', () => {
    const old = { name: 'vm', sourceKind: 'snapshot', imageRef: 'img-1', flavorRef: '42' };
    const revived = reviveDraft(old);
    expect(revived).toMatchObject({ ...old, newVolume: false, rootSizeGb: 0, dataVolumes: [], rootDeleteOnTermination: true, volumeDeleteOnTermination: false });
    expect(toRequest(revived).blockDevices).toBeUndefined();
  });
});
