import type { Volume } from './volume.js';

/** A volume as the mapper returns one from Cinder's api-ref, for the tests of code that takes one. */
export const sampleVolume = (over: Partial<Volume> = {}): Volume => ({
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
});
