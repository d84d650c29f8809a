import type { ComputeQuota } from './quota.js';

/** Where a volume is attached (Cinder's `attachments[]`). */
export interface VolumeAttachment {
  attachmentId: string;
  serverId: string;
  device: string | undefined;
  hostName: string | undefined;
  attachedAt: string | undefined;
}

export interface Volume {
  id: string;
  name: string;
  description: string;
  /** available, creating, in-use, downloading, extending, error... */
  status: string;
  sizeGb: number;
  volumeType: string | undefined;
  bootable: boolean;
  encrypted: boolean;
  multiattach: boolean;
  availabilityZone: string | undefined;
  sourceVolumeId: string | undefined;
  snapshotId: string | undefined;
  /** the Glance image it was made from: image_id, image_name, min_disk... (Cinder's strings) */
  imageMetadata: Record<string, string>;
  metadata: Record<string, string>;
  attachments: VolumeAttachment[];
  projectId: string | undefined;
  createdAt: string;
  updatedAt: string | undefined;
}

export interface VolumeSnapshot {
  id: string;
  name: string;
  description: string;
  status: string;
  sizeGb: number;
  volumeId: string;
  projectId: string | undefined;
  createdAt: string;
}

export interface VolumeType {
  id: string;
  name: string;
  description: string;
  isPublic: boolean;
  /** `volume_backend_name` and friends; only admins see them on most clouds */
  extraSpecs: Record<string, string>;
}

/**
 * Block-storage quota of a project with usage (`GET /os-quota-sets/{id}?usage=true`).
 * Resources keep Cinder's names: volumes, gigabytes, snapshots, backups, and per type
 * `volumes_<type>`, `gigabytes_<type>`, `snapshots_<type>`.
 */
export type VolumeQuota = ComputeQuota;

/** A volume as Nova sees it on a server (`os-volume_attachments`). */
export interface ServerVolume {
  /** the attachment's id: Nova uses the volume id */
  id: string;
  serverId: string;
  volumeId: string;
  device: string | undefined;
  tag: string | undefined;
  deleteOnTermination: boolean | undefined;
}
