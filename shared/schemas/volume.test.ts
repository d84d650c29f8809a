import { describe, expect, it } from 'vitest';
import { ServerVolumeAttachRequest, VolumeCreateRequest, VolumeListFilters } from './volume.js';

const fieldOf = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) => r.error?.issues[0]?.path.join('.');

describe('volume schemas', () => {
  it('takes whole GiB of at least 1', () => {
    expect(VolumeCreateRequest.safeParse({ sizeGb: 1 }).success).toBe(true);
    expect(fieldOf(VolumeCreateRequest.safeParse({ sizeGb: 0 }))).toBe('sizeGb');
    expect(fieldOf(VolumeCreateRequest.safeParse({ sizeGb: 1.5 }))).toBe('sizeGb');
  });

  it('takes a /dev/ device name and a Nova tag, naming the field it refuses', () => {
    expect(ServerVolumeAttachRequest.safeParse({ volumeId: 'v', device: '/dev/vdb', tag: 'data' }).success).toBe(true);
    expect(fieldOf(ServerVolumeAttachRequest.safeParse({ volumeId: 'v', device: 'vdb' }))).toBe('device');
    expect(fieldOf(ServerVolumeAttachRequest.safeParse({ volumeId: 'v', device: '/dev/../etc' }))).toBe('device');
    expect(fieldOf(ServerVolumeAttachRequest.safeParse({ volumeId: 'v', tag: 'a/b' }))).toBe('tag');
  });

  it('pages with an id marker and a bounded page size', () => {
    expect(VolumeListFilters.safeParse({ limit: 50, marker: 'abc' }).success).toBe(true);
    expect(fieldOf(VolumeListFilters.safeParse({ marker: '../x' }))).toBe('marker');
    expect(fieldOf(VolumeListFilters.safeParse({ limit: 0 }))).toBe('limit');
  });
});
