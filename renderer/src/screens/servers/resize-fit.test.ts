import { describe, expect, it } from 'vitest';
import type { ComputeUsage } from '../launch/fit.js';
import { resizeReasons } from './resize-fit.js';

const nano = { vcpus: 1, ramMb: 128, diskGb: 1 };
const small = { vcpus: 1, ramMb: 2048, diskGb: 20 };
const medium = { vcpus: 2, ramMb: 4096, diskGb: 40 };
// an image as Glance gives it: min_disk 30 GB, min_ram 256 MB, a few bytes
const needy = { minDiskGb: 30, minRamMb: 256, sizeBytes: 512, virtualSizeBytes: undefined };
const usage = (ramLeft: number, coresLeft: number): ComputeUsage => ({
  instances: { used: 1, max: 10 },
  cores: { used: 10 - coresLeft, max: 10 },
  ramMb: { used: 10_000 - ramLeft, max: 10_000 },
});

describe('resizeReasons: the launch flavor step’s rules, for a resize', () => {
  it('charges the quota only for what the new flavor adds', () => {
    // medium → small adds nothing: fits even with no quota left
    expect(resizeReasons(small, medium, { usage: usage(0, 0) })).toEqual([]);
    // nano → small adds 1920 MiB and no vCPU
    expect(resizeReasons(small, nano, { usage: usage(1000, 0) })).toEqual([{ code: 'ramQuota', needMb: 1920, leftMb: 1000 }]);
    expect(resizeReasons(medium, nano, { usage: usage(10_000, 0) })).toEqual([{ code: 'vcpuQuota', need: 1, left: 0 }]);
  });

  it("refuses flavors below the image's minimums, and zero-disk flavors for an image-backed server", () => {
    expect(resizeReasons(small, medium, { image: needy }).map((r) => r.code)).toEqual(['minDisk']);
    expect(resizeReasons(nano, medium, { image: needy }).map((r) => r.code)).toEqual(['minDisk', 'minRam']);
    expect(resizeReasons({ vcpus: 1, ramMb: 512, diskGb: 0 }, medium, { image: needy }).map((r) => r.code)).toEqual(['zeroDisk']);
    expect(resizeReasons(medium, small, { image: needy })).toEqual([]);
  });

  it('checks nothing it was not given: a volume-backed server (no image) or a failed limits lookup', () => {
    expect(resizeReasons({ vcpus: 1, ramMb: 512, diskGb: 0 }, medium, {})).toEqual([]);
    // the current size unknown: the whole new flavor is charged
    expect(resizeReasons(small, {}, { usage: usage(1000, 10) })).toEqual([{ code: 'ramQuota', needMb: 2048, leftMb: 1000 }]);
  });
});
