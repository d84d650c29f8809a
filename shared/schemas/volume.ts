import { z } from 'zod';
import { ResourceId } from '../ipc/ids.js';
import { Description, Metadata, Name, PageSize, QueryText, StatusWord } from './fields.js';

/** Cinder list filters and requests. Sizes are whole GiB, as Cinder stores them. */

export const VolumeSize = z.number().int().min(1).max(1_000_000);

export const VolumeListFilters = z
  .object({
    name: QueryText.optional(),
    status: StatusWord.optional(),
    bootable: z.boolean().optional(),
    /** page size; the manager still follows every page after `marker` */
    limit: PageSize.optional(),
    /** start after this volume id */
    marker: ResourceId.optional(),
  })
  .strict();
export type VolumeListFilters = z.output<typeof VolumeListFilters>;

/** At most one source: none makes a blank volume. */
export const VolumeCreateRequest = z
  .object({
    sizeGb: VolumeSize.optional(),
    name: Name.optional(),
    description: Description.optional(),
    volumeType: QueryText.optional(),
    availabilityZone: QueryText.optional(),
    imageId: ResourceId.optional(),
    snapshotId: ResourceId.optional(),
    sourceVolumeId: ResourceId.optional(),
    metadata: Metadata.optional(),
  })
  .strict();
export type VolumeCreateRequest = z.output<typeof VolumeCreateRequest>;

export const VolumeUpdateRequest = z
  .object({ name: Name.optional(), description: Description.optional() })
  .strict();
export type VolumeUpdateRequest = z.output<typeof VolumeUpdateRequest>;

export const VolumeSnapshotListFilters = z
  .object({ volumeId: ResourceId.optional(), status: StatusWord.optional(), limit: PageSize.optional() })
  .strict();
export type VolumeSnapshotListFilters = z.output<typeof VolumeSnapshotListFilters>;

export const VolumeSnapshotCreateRequest = z
  .object({
    volumeId: ResourceId,
    name: Name.optional(),
    description: Description.optional(),
    /** snapshot an in-use volume (needed before volume 3.66, implied from then on) */
    force: z.boolean().optional(),
  })
  .strict();
export type VolumeSnapshotCreateRequest = z.output<typeof VolumeSnapshotCreateRequest>;

/** A device name such as /dev/vdb: Nova (and most hypervisors) choose when none is given. */
export const DeviceName = z.string().regex(/^\/dev\/[a-z0-9]{1,32}$/, 'a device is /dev/ and a name, e.g. /dev/vdb');

/** A device tag: Nova's own pattern (no / or ,). */
export const DeviceTag = z.string().regex(/^[^,/]{1,60}$/, 'a tag is 1–60 characters without / or ,');

export const ServerVolumeAttachRequest = z
  .object({ volumeId: ResourceId, device: DeviceName.optional(), tag: DeviceTag.optional() })
  .strict();
export type ServerVolumeAttachRequest = z.output<typeof ServerVolumeAttachRequest>;
