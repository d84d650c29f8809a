/** Glance image states (v2); kept open because stores and import plugins add their own. */
export type ImageStatus =
  | 'queued'
  | 'saving'
  | 'uploading'
  | 'importing'
  | 'active'
  | 'deactivated'
  | 'killed'
  | 'deleted'
  | 'pending_delete'
  | (string & {});

/** Fields of Glance's image schema; every other key of an image is a user or operator property. */
export const IMAGE_CORE_FIELDS: readonly string[] = [
  'id', 'name', 'status', 'visibility', 'owner', 'size', 'virtual_size', 'disk_format', 'container_format',
  'min_disk', 'min_ram', 'protected', 'os_hidden', 'tags', 'created_at', 'updated_at', 'checksum',
  'os_hash_algo', 'os_hash_value', 'self', 'file', 'schema', 'direct_url', 'locations', 'stores',
];

/** Glance's disk and container formats (its default `disk_formats` / `container_formats` options). */
export const IMAGE_DISK_FORMATS = ['raw', 'qcow2', 'vmdk', 'vhd', 'vhdx', 'iso', 'vdi', 'ploop', 'ami', 'ari', 'aki'] as const;
export const IMAGE_CONTAINER_FORMATS = ['bare', 'ovf', 'ova', 'docker', 'compressed', 'ami', 'ari', 'aki'] as const;

export const IMAGE_VISIBILITIES = ['public', 'private', 'shared', 'community'] as const;
export type ImageVisibility = (typeof IMAGE_VISIBILITIES)[number];

export interface Image {
  id: string;
  /** Glance allows unnamed images; the UI shows the id then. */
  name: string | undefined;
  status: ImageStatus;
  visibility: ImageVisibility;
  owner: string | undefined;
  sizeBytes: number | undefined;
  virtualSizeBytes: number | undefined;
  diskFormat: string | undefined;
  containerFormat: string | undefined;
  minDiskGb: number;
  minRamMb: number;
  protected: boolean;
  hidden: boolean;
  tags: string[];
  createdAt: string;
  updatedAt: string | undefined;
  /** Additional properties (os_distro, hw_*, ...) as Glance stores them: strings. */
  properties: Record<string, string>;
  /** md5 of the data (Glance's legacy `checksum`), once it has data */
  checksum?: string;
  /** Glance's multihash of the data: `os_hash_algo` (sha512 unless configured) and `os_hash_value` */
  hashAlgo?: string;
  hashValue?: string;
}

export const IMAGE_MEMBER_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type ImageMemberStatus = (typeof IMAGE_MEMBER_STATUSES)[number];

/** A project an image is shared with, and whether that project accepted it. */
export interface ImageMember {
  imageId: string;
  /** the project id */
  memberId: string;
  status: ImageMemberStatus;
  createdAt: string;
  updatedAt: string | undefined;
}

/** How far an upload or download is (events `images.transfer`). */
export interface ImageTransferProgress {
  transferId: string;
  direction: 'upload' | 'download';
  imageId: string | undefined;
  bytes: number;
  /** undefined while the size is not known */
  totalBytes: number | undefined;
  /** bytes per second over the last seconds */
  bytesPerSecond: number;
  /** undefined while the rate or the size is not known */
  etaSeconds: number | undefined;
  /** `verifying` while the checksum is compared, `done` / `failed` / `cancelled` once it ended */
  phase: 'sending' | 'verifying' | 'importing' | 'done' | 'failed' | 'cancelled';
}
