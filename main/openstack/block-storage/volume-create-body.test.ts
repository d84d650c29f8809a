import { describe, expect, it } from 'vitest';
import { volumeCreateBody } from './volume-create-body.js';

describe('volumeCreateBody', () => {
  it('builds a blank volume with a type, and one from an image (imageRef)', () => {
    expect(volumeCreateBody({ sizeGb: 1, name: 'data', volumeType: 'premium' })).toEqual({
      volume: { size: 1, name: 'data', volume_type: 'premium' },
    });
    expect(volumeCreateBody({ sizeGb: 2, imageId: 'img' })).toEqual({ volume: { size: 2, imageRef: 'img' } });
  });

  it('takes the size of a snapshot or source volume when none is given', () => {
    expect(volumeCreateBody({ snapshotId: 's' })).toEqual({ volume: { snapshot_id: 's' } });
    expect(volumeCreateBody({ sourceVolumeId: 'v', sizeGb: 3 })).toEqual({ volume: { size: 3, source_volid: 'v' } });
  });

  it('refuses two sources, and a blank or image volume without a size, naming the field', () => {
    expect(() => volumeCreateBody({ sizeGb: 1, imageId: 'i', snapshotId: 's' })).toThrow(
      expect.objectContaining({ kind: 'validation', field: 'snapshotId' }),
    );
    expect(() => volumeCreateBody({ name: 'x' })).toThrow(expect.objectContaining({ kind: 'validation', field: 'sizeGb' }));
    expect(() => volumeCreateBody({ imageId: 'i' })).toThrow(expect.objectContaining({ field: 'sizeGb' }));
  });
});
