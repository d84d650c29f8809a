import type { ComputeLimits } from '../../../../shared/domain/compute-limits.js';
import type { Flavor } from '../../../../shared/domain/flavor.js';
import type { Image } from '../../../../shared/domain/image.js';
import type { NetworkQuota } from '../../../../shared/domain/network-quota.js';
import type { VolumeQuota } from '../../../../shared/domain/volume.js';
import { count as used, fromNeutron as neutron, fromQuota, left, type Usage } from '../../kit/usage.js';
import type { NewVolume } from './boot-volume.js';

/**
 * "Will it fit": the pure rules behind the flavor table's reasons, the count cap and the quota
 * panel. Horizon's flavor step (getErrors) and details step (count ≤ maxTotalInstances −
 * totalInstancesUsed) are the model; ports and floating IPs come from Neutron's quota details.
 */

export interface ComputeUsage {
  instances: Usage;
  cores: Usage;
  ramMb: Usage;
  /** per server group: only `max` is the project's; what a group uses is its own member count */
  serverGroupMembers?: Usage;
  serverMetadataItems?: Usage;
}

const GIB = 1024 ** 3;

/**
 * From `GET /limits`, the launch dialog's only source in Horizon. It holds every compute quota
 * the wizard checks, server group members included, so the wizard does not also ask for
 * `os-quota-sets/{project}/detail`: Nova checks that project with Keystone first, which made it
 * the slowest of the wizard's lookups (≈100 ms against ≈15 ms for limits, bench B3).
 */
export function usageFromLimits(l: ComputeLimits): ComputeUsage {
  return {
    instances: { used: used(l.instances.used), max: l.instances.max },
    cores: { used: used(l.cores.used), max: l.cores.max },
    ramMb: { used: used(l.ramMb.used), max: l.ramMb.max },
    serverGroupMembers: { used: 0, max: l.serverGroupMembers.max },
    serverMetadataItems: { used: 0, max: l.serverMetadataItems.max },
  };
}

/** The schema's own ceiling for min/max_count. */
export const COUNT_CEILING = 1000;

/** How many servers the instance quota still allows (Horizon: maxTotalInstances − totalInstancesUsed). */
export function countCap(usage: ComputeUsage | undefined): number {
  if (!usage) return COUNT_CEILING;
  return Math.min(COUNT_CEILING, left(usage.instances));
}

export type FlavorReason =
  | { code: 'ramQuota'; needMb: number; leftMb: number }
  | { code: 'vcpuQuota'; need: number; left: number }
  | { code: 'minDisk'; needGb: number; hasGb: number }
  | { code: 'minRam'; needMb: number; hasMb: number }
  | { code: 'zeroDisk' };

/** The root disk an image needs: its min_disk, or its own size when that is larger (Horizon does the same). */
export function imageDiskNeedGb(image: Pick<Image, 'minDiskGb' | 'sizeBytes' | 'virtualSizeBytes'>): number {
  const size = Math.max(image.sizeBytes ?? 0, image.virtualSizeBytes ?? 0);
  return Math.max(image.minDiskGb, Math.ceil(size / GIB));
}

/**
 * Why a flavor cannot launch `count` servers from `image` within the quota; empty when it can.
 * A missing image or usage skips those checks (the lookup failed or nothing is chosen yet).
 */
export function flavorReasons(
  flavor: Pick<Flavor, 'vcpus' | 'ramMb' | 'diskGb'>,
  ctx: {
    image?: Pick<Image, 'minDiskGb' | 'minRamMb' | 'sizeBytes' | 'virtualSizeBytes'> | undefined;
    usage?: ComputeUsage | undefined;
    count: number;
    /** the root disk is a volume: the flavor's disk is not used, so its size cannot rule it out */
    rootOnVolume?: boolean;
  },
): FlavorReason[] {
  const out: FlavorReason[] = [];
  const count = Math.max(1, ctx.count);
  if (ctx.usage) {
    const ramLeft = left(ctx.usage.ramMb);
    if (flavor.ramMb * count > ramLeft) out.push({ code: 'ramQuota', needMb: flavor.ramMb * count, leftMb: ramLeft });
    const coresLeft = left(ctx.usage.cores);
    if (flavor.vcpus * count > coresLeft) out.push({ code: 'vcpuQuota', need: flavor.vcpus * count, left: coresLeft });
  }
  if (ctx.image) {
    if (ctx.rootOnVolume) {
      // the image's min_disk then sizes the volume (boot-volume.ts), not the flavor
    } else if (flavor.diskGb === 0) {
      // Nova refuses image boots on zero-disk flavors for non-admins (403
      // BootFromVolumeRequiredForZeroDiskFlavor); users otherwise meet it as NoValidHost.
      out.push({ code: 'zeroDisk' });
    } else {
      const needGb = imageDiskNeedGb(ctx.image);
      if (needGb > flavor.diskGb) out.push({ code: 'minDisk', needGb, hasGb: flavor.diskGb });
    }
    if (ctx.image.minRamMb > flavor.ramMb) out.push({ code: 'minRam', needMb: ctx.image.minRamMb, hasMb: flavor.ramMb });
  }
  return out;
}

export type FitKey =
  | 'instances'
  | 'cores'
  | 'ram'
  | 'ports'
  | 'floatingIps'
  | 'serverGroupMembers'
  | 'metadata'
  | 'volumes'
  | 'gigabytes'
  | 'volumesOfType'
  | 'gigabytesOfType';

/** One line of the panel: what is used, what this launch adds, the limit. */
export interface FitRow {
  key: FitKey;
  used: number;
  adds: number;
  max: number | null;
  fits: boolean;
  /** the volume type of a per-type row */
  volumeType?: string;
}

const row = (key: FitKey, u: Usage, adds: number, volumeType?: string): FitRow => ({
  key,
  ...(volumeType !== undefined ? { volumeType } : {}),
  used: u.used,
  adds,
  max: u.max,
  fits: u.max === null || u.used + adds <= u.max,
});

export interface FitInput {
  compute?: ComputeUsage | undefined;
  network?: NetworkQuota | undefined;
  flavor?: Pick<Flavor, 'vcpus' | 'ramMb'> | undefined;
  count: number;
  /** NICs that make a new port per server: networks (not existing ports); 'auto' makes one */
  newPortsPerServer: number;
  /** members the chosen server group already has */
  groupMembers?: number | undefined;
  metadataItems: number;
  volume?: VolumeQuota | undefined;
  /** the volumes each server makes, types resolved ('' only while the default type is unknown) */
  newVolumes?: NewVolume[] | undefined;
}

/** Cinder's quota with usage (`volumes`, `gigabytes_premium`...). */
const cinder = (q: VolumeQuota | undefined, name: string): Usage | undefined => fromQuota(q?.resources[name]);

/**
 * Volumes and gigabytes this launch makes (count × each server's new volumes), and per type
 * where the cloud limits that type (`volumes_premium`: Cinder lists every type, mostly -1).
 */
export function volumeRows(q: VolumeQuota | undefined, perServer: NewVolume[], count: number): FitRow[] {
  const rows: FitRow[] = [];
  const volumes = cinder(q, 'volumes');
  if (volumes) rows.push(row('volumes', volumes, perServer.length * count));
  const gigabytes = cinder(q, 'gigabytes');
  const gb = (list: NewVolume[]) => list.reduce((n, v) => n + v.sizeGb, 0) * count;
  if (gigabytes) rows.push(row('gigabytes', gigabytes, gb(perServer)));
  for (const type of [...new Set(perServer.map((v) => v.type).filter(Boolean))].sort()) {
    const ofType = perServer.filter((v) => v.type === type);
    const vt = cinder(q, `volumes_${type}`);
    if (vt && vt.max !== null) rows.push(row('volumesOfType', vt, ofType.length * count, type));
    const gt = cinder(q, `gigabytes_${type}`);
    if (gt && gt.max !== null) rows.push(row('gigabytesOfType', gt, gb(ofType), type));
  }
  return rows;
}

/** The rows the panel shows, in its order; rows whose quota is unknown are left out. */
export function fitRows(i: FitInput): FitRow[] {
  const count = Math.max(1, i.count);
  const rows: FitRow[] = [];
  if (i.compute) {
    rows.push(row('instances', i.compute.instances, count));
    rows.push(row('cores', i.compute.cores, (i.flavor?.vcpus ?? 0) * count));
    rows.push(row('ram', i.compute.ramMb, (i.flavor?.ramMb ?? 0) * count));
  }
  const ports = neutron(i.network, 'port');
  if (ports) rows.push(row('ports', ports, i.newPortsPerServer * count));
  // a launch asks for no floating IP; shown because running out of them is the next surprise
  const fips = neutron(i.network, 'floatingip');
  if (fips) rows.push(row('floatingIps', fips, 0));
  if (i.groupMembers !== undefined && i.compute?.serverGroupMembers) {
    rows.push(row('serverGroupMembers', { used: i.groupMembers, max: i.compute.serverGroupMembers.max }, count));
  }
  if (i.compute?.serverMetadataItems && i.metadataItems > 0) rows.push(row('metadata', i.compute.serverMetadataItems, i.metadataItems));
  rows.push(...volumeRows(i.volume, i.newVolumes ?? [], count));
  return rows;
}
