import type { Image } from './image.js';

/** An image as the mapper returns Glance's api-ref example, for the tests of code that takes one. */
export const sampleImage = (over: Partial<Image> = {}): Image => ({
  id: '1bea47ed-f6a9-463b-b423-14b9cca9ad27',
  name: 'cirros',
  status: 'active',
  visibility: 'private',
  owner: '5ef70662f8b34079a6eddb8da9d75fe8',
  sizeBytes: 13167616,
  virtualSizeBytes: undefined,
  diskFormat: 'qcow2',
  containerFormat: 'bare',
  minDiskGb: 1,
  minRamMb: 64,
  protected: false,
  hidden: false,
  tags: [],
  createdAt: '2024-11-07T17:07:06Z',
  updatedAt: undefined,
  properties: {},
  ...over,
});
