import type { Volume, VolumeAttachment, VolumeSnapshot, VolumeType } from '../../../shared/domain/volume.js';

/** A volume of `GET /volumes/detail` or `GET /volumes/{id}` (API reference, block-storage v3). */
export interface CinderVolume {
  id: string;
  name: string | null;
  description: string | null;
  status: string;
  size: number;
  volume_type?: string | null;
  /** Cinder sends "true"/"false" strings */
  bootable?: string | boolean;
  encrypted?: boolean;
  multiattach?: boolean;
  availability_zone?: string | null;
  source_volid?: string | null;
  snapshot_id?: string | null;
  volume_image_metadata?: Record<string, string>;
  metadata?: Record<string, string>;
  attachments?: Array<{
    attachment_id?: string;
    server_id: string;
    device?: string | null;
    host_name?: string | null;
    attached_at?: string | null;
  }>;
  'os-vol-tenant-attr:tenant_id'?: string;
  created_at: string;
  updated_at?: string | null;
}

export interface CinderSnapshot {
  id: string;
  name: string | null;
  description: string | null;
  status: string;
  size: number;
  volume_id: string;
  'os-extended-snapshot-attributes:project_id'?: string;
  created_at: string;
}

export interface CinderVolumeType {
  id: string;
  name: string;
  description?: string | null;
  is_public?: boolean;
  'os-volume-type-access:is_public'?: boolean;
  extra_specs?: Record<string, string> | null;
}

const text = (v: string | null | undefined) => v ?? '';
const opt = (v: string | null | undefined) => v || undefined;

function toAttachment(a: NonNullable<CinderVolume['attachments']>[number]): VolumeAttachment {
  return {
    attachmentId: a.attachment_id ?? '',
    serverId: a.server_id,
    device: opt(a.device),
    hostName: opt(a.host_name),
    attachedAt: opt(a.attached_at),
  };
}

export function toVolume(v: CinderVolume): Volume {
  return {
    id: v.id,
    name: text(v.name),
    description: text(v.description),
    status: v.status,
    sizeGb: v.size,
    volumeType: opt(v.volume_type),
    bootable: v.bootable === true || v.bootable === 'true',
    encrypted: v.encrypted ?? false,
    multiattach: v.multiattach ?? false,
    availabilityZone: opt(v.availability_zone),
    sourceVolumeId: opt(v.source_volid),
    snapshotId: opt(v.snapshot_id),
    imageMetadata: { ...v.volume_image_metadata },
    metadata: { ...v.metadata },
    attachments: (v.attachments ?? []).map(toAttachment),
    projectId: v['os-vol-tenant-attr:tenant_id'],
    createdAt: v.created_at,
    updatedAt: opt(v.updated_at),
  };
}

export function toVolumeSnapshot(s: CinderSnapshot): VolumeSnapshot {
  return {
    id: s.id,
    name: text(s.name),
    description: text(s.description),
    status: s.status,
    sizeGb: s.size,
    volumeId: s.volume_id,
    projectId: s['os-extended-snapshot-attributes:project_id'],
    createdAt: s.created_at,
  };
}

export function toVolumeType(t: CinderVolumeType): VolumeType {
  return {
    id: t.id,
    name: t.name,
    description: text(t.description),
    isPublic: t.is_public ?? t['os-volume-type-access:is_public'] ?? true,
    extraSpecs: { ...t.extra_specs },
  };
}
