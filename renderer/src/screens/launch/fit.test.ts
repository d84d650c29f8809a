import { describe, expect, it } from 'vitest';
import type { ComputeLimits } from '../../../../shared/domain/compute-limits.js';
import { countCap, fitRows, flavorReasons, imageDiskNeedGb, usageFromLimits, type ComputeUsage } from './fit.js';

const limits = (over: Partial<ComputeLimits> = {}): ComputeLimits => ({
  instances: { max: 10, used: 3 },
  cores: { max: 20, used: 6 },
  ramMb: { max: 51_200, used: 1_536 },
  serverGroups: { max: 10, used: 0 },
  serverGroupMembers: { max: 10 },
  keypairs: { max: 100 },
  serverMetadataItems: { max: 128 },
  ...over,
});

const image = (minDiskGb = 0, minRamMb = 0, sizeBytes?: number) => ({ minDiskGb, minRamMb, sizeBytes, virtualSizeBytes: undefined });
const usage: ComputeUsage = usageFromLimits(limits());

describe('countCap: maxTotalInstances − totalInstancesUsed (Horizon)', () => {
  it('is what the quota leaves', () => {
    expect(countCap(usage)).toBe(7);
  });
  it('is 0 when the quota is used up or overdrawn', () => {
    expect(countCap(usageFromLimits(limits({ instances: { max: 5, used: 5 } })))).toBe(0);
    expect(countCap(usageFromLimits(limits({ instances: { max: 5, used: 9 } })))).toBe(0);
  });
  it('is the request ceiling when unlimited or unknown', () => {
    expect(countCap(usageFromLimits(limits({ instances: { max: null, used: 3 } })))).toBe(1000);
    expect(countCap(undefined)).toBe(1000);
  });
  it('treats a negative used count as 0, as Horizon does', () => {
    expect(countCap(usageFromLimits(limits({ instances: { max: 10, used: -1 } })))).toBe(10);
  });
});

describe('flavorReasons: why a flavor does not fit', () => {
  const small = { vcpus: 1, ramMb: 2048, diskGb: 20 };

  it('fits when nothing is short', () => {
    expect(flavorReasons(small, { image: image(10, 512), usage, count: 1 })).toEqual([]);
  });

  it('RAM quota, for the whole count', () => {
    const u = usageFromLimits(limits({ ramMb: { max: 4096, used: 1024 } }));
    expect(flavorReasons(small, { usage: u, count: 1 })).toEqual([]);
    expect(flavorReasons(small, { usage: u, count: 2 })).toEqual([{ code: 'ramQuota', needMb: 4096, leftMb: 3072 }]);
  });

  it('vCPU quota', () => {
    const u = usageFromLimits(limits({ cores: { max: 4, used: 3 } }));
    expect(flavorReasons({ ...small, vcpus: 2 }, { usage: u, count: 1 })).toEqual([{ code: 'vcpuQuota', need: 2, left: 1 }]);
  });

  it('unlimited quotas never refuse', () => {
    const u = usageFromLimits(limits({ cores: { max: null, used: 99 }, ramMb: { max: null, used: 1e9 } }));
    expect(flavorReasons({ vcpus: 64, ramMb: 1e6, diskGb: 20 }, { usage: u, count: 50 })).toEqual([]);
  });

  it("the image's min_disk and min_ram", () => {
    expect(flavorReasons(small, { image: image(30, 4096), count: 1 })).toEqual([
      { code: 'minDisk', needGb: 30, hasGb: 20 },
      { code: 'minRam', needMb: 4096, hasMb: 2048 },
    ]);
  });

  it("the image's own size when larger than min_disk", () => {
    const big = image(1, 0, 25 * 1024 ** 3 + 1);
    expect(imageDiskNeedGb(big)).toBe(26);
    expect(flavorReasons(small, { image: big, count: 1 })).toEqual([{ code: 'minDisk', needGb: 26, hasGb: 20 }]);
  });

  it('a zero-disk flavor cannot boot an image (Nova: volume-backed only)', () => {
    expect(flavorReasons({ ...small, diskGb: 0 }, { image: image(), count: 1 })).toEqual([{ code: 'zeroDisk' }]);
    expect(flavorReasons({ ...small, diskGb: 0 }, { count: 1 })).toEqual([]);
  });

  it('the local cloud: tiny-raw (min_disk 1, min_ram 64) fits m1.nano, an image needing 256 MB does not', () => {
    const nano = { vcpus: 1, ramMb: 128, diskGb: 1 };
    expect(flavorReasons(nano, { image: image(1, 64), usage, count: 1 })).toEqual([]);
    expect(flavorReasons(nano, { image: image(1, 256), usage, count: 1 })).toEqual([{ code: 'minRam', needMb: 256, hasMb: 128 }]);
  });
});

describe('usage from GET /limits', () => {
  it('carries every quota the wizard checks, server group members included', () => {
    const u = usageFromLimits(limits({ instances: { max: null, used: 4 }, serverGroupMembers: { max: 7 }, serverMetadataItems: { max: 3 } }));
    expect(u.instances).toEqual({ used: 4, max: null });
    expect(u.cores).toEqual({ used: 6, max: 20 });
    expect(u.ramMb).toEqual({ used: 1_536, max: 51_200 });
    // the per-group count comes from the chosen group's members, not from the project
    expect(u.serverGroupMembers).toEqual({ used: 0, max: 7 });
    expect(u.serverMetadataItems).toEqual({ used: 0, max: 3 });
  });

  it('a negative total*Used (seen on some clouds) counts as none used', () => {
    expect(usageFromLimits(limits({ cores: { max: 8, used: -2 } })).cores).toEqual({ used: 0, max: 8 });
  });
});

describe('fitRows: the will-it-fit panel', () => {
  const network = { port: { used: 8, reserved: 0, limit: 10 }, floatingip: { used: 1, reserved: 0, limit: undefined } };

  it('adds this launch to each quota', () => {
    const rows = fitRows({ compute: usage, network, flavor: { vcpus: 2, ramMb: 1024 }, count: 2, newPortsPerServer: 1, metadataItems: 0 });
    expect(rows).toEqual([
      { key: 'instances', used: 3, adds: 2, max: 10, fits: true },
      { key: 'cores', used: 6, adds: 4, max: 20, fits: true },
      { key: 'ram', used: 1536, adds: 2048, max: 51_200, fits: true },
      { key: 'ports', used: 8, adds: 2, max: 10, fits: true },
      { key: 'floatingIps', used: 1, adds: 0, max: null, fits: true },
    ]);
  });

  it('marks what would go over', () => {
    const rows = fitRows({ compute: usage, network, flavor: { vcpus: 8, ramMb: 1024 }, count: 3, newPortsPerServer: 1, metadataItems: 0 });
    expect(rows.filter((r) => !r.fits).map((r) => r.key)).toEqual(['cores', 'ports']);
  });

  it('leaves out what is unknown, and counts group members and metadata when asked', () => {
    expect(fitRows({ count: 1, newPortsPerServer: 1, metadataItems: 0 })).toEqual([]);
    const compute = { ...usage, serverGroupMembers: { used: 0, max: 2 } };
    const rows = fitRows({ compute, count: 2, newPortsPerServer: 0, groupMembers: 1, metadataItems: 3 });
    expect(rows.find((r) => r.key === 'serverGroupMembers')).toEqual({ key: 'serverGroupMembers', used: 1, adds: 2, max: 2, fits: false });
    expect(rows.find((r) => r.key === 'metadata')).toEqual({ key: 'metadata', used: 0, adds: 3, max: 128, fits: true });
  });
});
