import type { Volume } from '../../../../shared/domain/volume.js';

/** A plausible volume for unit tests; override what the test is about. */
export function testVolume(over: Partial<Volume> = {}): Volume {
  return {
    id: 'v1',
    name: 'data',
    description: '',
    status: 'available',
    sizeGb: 1,
    volumeType: 'standard',
    bootable: false,
    encrypted: false,
    multiattach: false,
    availabilityZone: 'nova',
    sourceVolumeId: undefined,
    snapshotId: undefined,
    imageMetadata: {},
    metadata: {},
    attachments: [],
    projectId: 'p1',
    createdAt: '2026-12-07T13:58:20.000000',
    updatedAt: undefined,
    ...over,
  };
}
