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
}
