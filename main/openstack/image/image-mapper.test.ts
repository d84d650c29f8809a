import { describe, expect, it } from 'vitest';
import { toImage, toImageMember, type GlanceImage } from './image-mapper.js';

// Shaped like the Glance v2 api-ref "Show image" / "List images" examples.
const glance = (over: Partial<GlanceImage> = {}): GlanceImage => ({
  status: 'active',
  name: 'cirros-0.6.2-x86_64-disk',
  tags: ['ci', 'small'],
  container_format: 'bare',
  created_at: '2024-11-07T17:07:06Z',
  disk_format: 'qcow2',
  updated_at: '2024-11-07T17:19:09Z',
  visibility: 'public',
  self: '/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27',
  min_disk: 1,
  protected: false,
  id: '1bea47ed-f6a9-463b-b423-14b9cca9ad27',
  file: '/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27/file',
  checksum: '64d7c1cd2b6f60c92c14662941cb7913',
  os_hash_algo: 'sha512',
  os_hash_value: '073b4523583784fbe01daff81eba092a',
  os_hidden: false,
  owner: '5ef70662f8b34079a6eddb8da9d75fe8',
  size: 13167616,
  min_ram: 64,
  schema: '/v2/schemas/image',
  virtual_size: null,
  ...over,
});

describe('toImage', () => {
  it('maps the core fields to camelCase and turns null sizes into undefined', () => {
    expect(toImage(glance())).toEqual({
      id: '1bea47ed-f6a9-463b-b423-14b9cca9ad27',
      name: 'cirros-0.6.2-x86_64-disk',
      status: 'active',
      visibility: 'public',
      owner: '5ef70662f8b34079a6eddb8da9d75fe8',
      sizeBytes: 13167616,
      virtualSizeBytes: undefined,
      diskFormat: 'qcow2',
      containerFormat: 'bare',
      minDiskGb: 1,
      minRamMb: 64,
      protected: false,
      hidden: false,
      tags: ['ci', 'small'],
      createdAt: '2024-11-07T17:07:06Z',
      updatedAt: '2024-11-07T17:19:09Z',
      properties: {},
      checksum: '64d7c1cd2b6f60c92c14662941cb7913',
      hashAlgo: 'sha512',
      hashValue: '073b4523583784fbe01daff81eba092a',
    });
  });

  it('collects additional properties but not links, hashes or the schema', () => {
    const img = toImage(glance({ os_distro: 'cirros', hw_disk_bus: 'virtio', 'owner_specified.openstack.md5': '' }));
    expect(img.properties).toEqual({ os_distro: 'cirros', hw_disk_bus: 'virtio', 'owner_specified.openstack.md5': '' });
  });

  it('maps a member, an unknown status as not yet accepted', () => {
    const m = { image_id: 'i', member_id: 'p', status: 'accepted', created_at: '2024-11-07T17:07:06Z', updated_at: null, schema: '/v2/schemas/member' };
    expect(toImageMember(m)).toEqual({ imageId: 'i', memberId: 'p', status: 'accepted', createdAt: '2024-11-07T17:07:06Z', updatedAt: undefined });
    expect(toImageMember({ ...m, status: 'odd' }).status).toBe('pending');
  });

  it('keeps a queued image without data: no size, no formats, no name', () => {
    const img = toImage(
      glance({ status: 'queued', name: null, size: null, disk_format: null, container_format: null, checksum: null }),
    );
    expect(img.checksum).toBeUndefined();
    expect(img).toMatchObject({
      status: 'queued',
      name: undefined,
      sizeBytes: undefined,
      diskFormat: undefined,
      containerFormat: undefined,
    });
  });

  it('treats an empty name as none and an unknown visibility as private', () => {
    const img = toImage(glance({ name: '', visibility: 'bogus' }));
    expect(img.name).toBeUndefined();
    expect(img.visibility).toBe('private');
  });

  it('defaults what old Glance releases leave out', () => {
    const { min_disk: _d, min_ram: _r, protected: _p, os_hidden: _h, tags: _t, ...bare } = glance();
    const img = toImage(bare as GlanceImage);
    expect(img).toMatchObject({ minDiskGb: 0, minRamMb: 0, protected: false, hidden: false, tags: [] });
  });
});
