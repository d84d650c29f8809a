import type { Flavor } from '../../../../shared/domain/flavor.js';
import type { Image } from '../../../../shared/domain/image.js';
import type { VolumeSnapshot } from '../../../../shared/domain/volume.js';
import type { BlockDeviceRequest } from '../../../../shared/schemas/server-create.js';
import type { LaunchDraft } from './draft.js';
import { imageDiskNeedGb } from './fit.js';

/**
 * The launch draft's volumes as Nova's `block_device_mapping_v2` (the shape Horizon's and
 * Skyline's launch dialogs send): the root device for a volume boot, then the extra blank
 * volumes. Pure, so the preview, the form's rules and the request are one computation.
 */

type Sources = Pick<LaunchDraft, 'sourceKind' | 'newVolume'>;

/** Whether the root disk is a volume: imageRef is then sent empty. */
export const bootsFromVolume = (d: Sources): boolean =>
  d.sourceKind === 'volume' || d.sourceKind === 'volumeSnapshot' || ((d.sourceKind === 'image' || d.sourceKind === 'snapshot') && d.newVolume);

/** Whether the launch makes a new root volume (and so needs a size, and counts against quota). */
export const makesRootVolume = (d: Sources): boolean => bootsFromVolume(d) && d.sourceKind !== 'volume';

/** What decides the smallest root volume: the chosen image or volume snapshot, and the flavor. */
export interface RootSizeInputs {
  images?: Image[] | undefined;
  flavors?: Flavor[] | undefined;
  volumeSnapshots?: VolumeSnapshot[] | undefined;
}

/**
 * The smallest new root volume that fits, in GiB: for an image the largest of its min_disk, its
 * size rounded up to GiB and the flavor's disk (a user picking a 20 GB flavor expects 20 GB);
 * for a volume snapshot its size (Cinder refuses smaller) and the flavor's disk. Undefined when
 * nothing that decides it is known yet.
 */
export function rootMinGb(d: Pick<LaunchDraft, 'sourceKind' | 'newVolume' | 'imageRef' | 'volumeSnapshotId' | 'flavorRef'>, c: RootSizeInputs): number | undefined {
  if (!makesRootVolume(d)) return undefined;
  const flavorGb = c.flavors?.find((f) => f.id === d.flavorRef)?.diskGb ?? 0;
  let sourceGb: number | undefined;
  if (d.sourceKind === 'volumeSnapshot') sourceGb = c.volumeSnapshots?.find((s) => s.id === d.volumeSnapshotId)?.sizeGb;
  else {
    const image = c.images?.find((i) => i.id === d.imageRef);
    sourceGb = image ? imageDiskNeedGb(image) : undefined;
  }
  if (sourceGb === undefined && flavorGb === 0) return undefined;
  // Cinder's smallest volume is 1 GiB, and an image of a few bytes still needs one
  return Math.max(1, sourceGb ?? 0, flavorGb);
}

/** The root volume's size as sent: the user's when typed, else the smallest that fits. */
export function rootSizeGb(d: Pick<LaunchDraft, 'rootSizeGb'>, minGb: number | undefined): number | undefined {
  return d.rootSizeGb > 0 ? d.rootSizeGb : minGb;
}

function rootDevice(d: LaunchDraft, minGb: number | undefined): BlockDeviceRequest | undefined {
  if (!bootsFromVolume(d)) return undefined;
  if (d.sourceKind === 'volume') {
    const out: BlockDeviceRequest = { sourceType: 'volume', destinationType: 'volume', bootIndex: 0, deleteOnTermination: d.volumeDeleteOnTermination };
    if (d.volumeId) out.uuid = d.volumeId;
    return out;
  }
  const fromSnapshot = d.sourceKind === 'volumeSnapshot';
  const out: BlockDeviceRequest = {
    sourceType: fromSnapshot ? 'snapshot' : 'image',
    destinationType: 'volume',
    bootIndex: 0,
    deleteOnTermination: d.rootDeleteOnTermination,
  };
  const uuid = fromSnapshot ? d.volumeSnapshotId : d.imageRef;
  if (uuid) out.uuid = uuid;
  const size = rootSizeGb(d, minGb);
  if (size !== undefined) out.volumeSizeGb = size;
  if (d.rootVolumeType) out.volumeType = d.rootVolumeType;
  return out;
}

/** The `blockDevices` of the request: root (for a volume boot) first, then the data volumes. */
export function blockDevices(d: LaunchDraft, minGb: number | undefined): BlockDeviceRequest[] {
  const root = rootDevice(d, minGb);
  const data = d.dataVolumes.map((v): BlockDeviceRequest => {
    const out: BlockDeviceRequest = { sourceType: 'blank', destinationType: 'volume', bootIndex: -1, deleteOnTermination: v.deleteOnTermination };
    if (Number.isInteger(v.sizeGb) && v.sizeGb >= 1) out.volumeSizeGb = v.sizeGb;
    if (v.volumeType) out.volumeType = v.volumeType;
    return out;
  });
  return root ? [root, ...data] : data;
}

/** The draft field behind `blockDevices.N…` of the request, for the builder's problems. */
export function blockDevicePath(d: LaunchDraft, field: string): string {
  const m = /^blockDevices\.(\d+)(?:\.(\w+))?/.exec(field);
  if (!m) return field;
  const index = Number(m[1]);
  const leaf = m[2];
  const hasRoot = bootsFromVolume(d);
  if (hasRoot && index === 0) {
    if (leaf === 'volumeType') return 'rootVolumeType';
    if (leaf === 'volumeSizeGb') return 'rootSizeGb';
    return d.sourceKind === 'volume' ? 'volumeId' : d.sourceKind === 'volumeSnapshot' ? 'volumeSnapshotId' : 'imageRef';
  }
  const data = index - (hasRoot ? 1 : 0);
  return leaf === 'volumeSizeGb' || leaf === 'volumeType' ? `dataVolumes.${data}.${leaf === 'volumeType' ? 'volumeType' : 'sizeGb'}` : `dataVolumes.${data}`;
}

/** One new volume per server: its size and type ('' = the default type). */
export interface NewVolume {
  sizeGb: number;
  type: string;
}

/**
 * The volumes each server of the launch makes (an existing volume adds none); '' (the default
 * type) is named `defaultType` when known, since that type's own quota applies.
 */
export function newVolumesPerServer(d: LaunchDraft, minGb: number | undefined, defaultType = ''): NewVolume[] {
  const out: NewVolume[] = [];
  if (makesRootVolume(d)) out.push({ sizeGb: rootSizeGb(d, minGb) ?? 0, type: d.rootVolumeType || defaultType });
  for (const v of d.dataVolumes) out.push({ sizeGb: Number.isInteger(v.sizeGb) && v.sizeGb > 0 ? v.sizeGb : 0, type: v.volumeType || defaultType });
  return out;
}
