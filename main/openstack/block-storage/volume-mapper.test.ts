import { describe, expect, it } from 'vitest';
import { toServerVolume } from '../compute/server-volume-mapper.js';
import { toVolume, toVolumeSnapshot, toVolumeType } from './volume-mapper.js';

// Bodies shaped like the block-storage v3 and compute API references.
const inUse = {
  id: '6edbc2f4-1507-44f8-ac0d-eed1d2608d38',
  name: 'boot',
  description: null,
  status: 'in-use',
  size: 2,
  volume_type: 'standard',
  bootable: 'true',
  encrypted: false,
  multiattach: false,
  availability_zone: 'nova',
  source_volid: null,
  snapshot_id: null,
  volume_image_metadata: { image_id: '4818838e-2a1a-4b03-8238-92714794b67a', image_name: 'tiny-raw', min_disk: '1' },
  metadata: {},
  attachments: [
    {
      id: '6edbc2f4-1507-44f8-ac0d-eed1d2608d38',
      attachment_id: '42780c6d-88ef-47d9-a807-60b9c0ecb1a7',
      volume_id: '6edbc2f4-1507-44f8-ac0d-eed1d2608d38',
      server_id: 'ccc52746-3aee-4607-a398-d023c22f1fbe',
      host_name: null,
      device: '/dev/vda',
      attached_at: '2026-12-07T13:58:41.000000',
    },
  ],
  'os-vol-tenant-attr:tenant_id': 'b0b7c4f5a2a54b5a8f1f9c3d2e1a0b9c',
  created_at: '2026-12-07T13:58:20.000000',
  updated_at: '2026-12-07T13:58:41.000000',
};

describe('volume mapper', () => {
  it('maps an in-use boot volume: bootable string, image metadata, attachment', () => {
    expect(toVolume(inUse)).toEqual({
      id: inUse.id,
      name: 'boot',
      description: '',
      status: 'in-use',
      sizeGb: 2,
      volumeType: 'standard',
      bootable: true,
      encrypted: false,
      multiattach: false,
      availabilityZone: 'nova',
      sourceVolumeId: undefined,
      snapshotId: undefined,
      imageMetadata: inUse.volume_image_metadata,
      metadata: {},
      attachments: [
        {
          attachmentId: '42780c6d-88ef-47d9-a807-60b9c0ecb1a7',
          serverId: 'ccc52746-3aee-4607-a398-d023c22f1fbe',
          device: '/dev/vda',
          hostName: undefined,
          attachedAt: '2026-12-07T13:58:41.000000',
        },
      ],
      projectId: 'b0b7c4f5a2a54b5a8f1f9c3d2e1a0b9c',
      createdAt: '2026-12-07T13:58:20.000000',
      updatedAt: '2026-12-07T13:58:41.000000',
    });
  });

  it('maps a blank volume: bootable "false", no name, no image metadata key at all', () => {
    const v = toVolume({ id: 'v', name: null, description: 'd', status: 'available', size: 1, bootable: 'false', created_at: 't' });
    expect(v).toMatchObject({ name: '', description: 'd', bootable: false, imageMetadata: {}, attachments: [], volumeType: undefined });
  });

  it('maps a snapshot and a volume type', () => {
    expect(
      toVolumeSnapshot({
        id: 's',
        name: 'snap',
        description: null,
        status: 'available',
        size: 2,
        volume_id: 'v',
        'os-extended-snapshot-attributes:project_id': 'p',
        created_at: 't',
      }),
    ).toEqual({ id: 's', name: 'snap', description: '', status: 'available', sizeGb: 2, volumeId: 'v', projectId: 'p', createdAt: 't' });
    expect(
      toVolumeType({ id: 't', name: 'standard', description: null, is_public: true, extra_specs: { volume_backend_name: 'fake' } }),
    ).toEqual({ id: 't', name: 'standard', description: '', isPublic: true, extraSpecs: { volume_backend_name: 'fake' } });
    expect(toVolumeType({ id: 't', name: 'old', 'os-volume-type-access:is_public': false })).toMatchObject({ isPublic: false, extraSpecs: {} });
  });

  it("maps Nova's volumeAttachment (2.79: tag, delete_on_termination)", () => {
    expect(
      toServerVolume({
        id: 'v',
        serverId: 's',
        volumeId: 'v',
        device: '/dev/sdb',
        tag: null,
        delete_on_termination: false,
      }),
    ).toEqual({ id: 'v', serverId: 's', volumeId: 'v', device: '/dev/sdb', tag: undefined, deleteOnTermination: false });
  });
});
