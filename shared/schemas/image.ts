import { z } from 'zod';
import { IMAGE_CONTAINER_FORMATS, IMAGE_CORE_FIELDS, IMAGE_DISK_FORMATS, IMAGE_VISIBILITIES } from '../domain/image.js';
import { ResourceId } from '../ipc/ids.js';
import { Name, PageSize, QueryText } from './fields.js';

/** `ImageListOptions` of the Glance manager, as the image picker and the `images.list` input use it. */
export const ImageListFilters = z
  .object({
    name: QueryText.optional(),
    status: z.string().regex(/^[a-z_]{1,32}$/, 'a Glance status is lower-case letters and _').optional(),
    /** `all` also lists community images and shared ones whatever the member status */
    visibility: z.enum([...IMAGE_VISIBILITIES, 'all']).optional(),
    owner: ResourceId.optional(),
    /** only the images of the session's own project (overrides `owner`) */
    mine: z.boolean().optional(),
    diskFormat: z.enum(IMAGE_DISK_FORMATS).optional(),
    containerFormat: z.enum(IMAGE_CONTAINER_FORMATS).optional(),
    /** every tag must be present */
    tag: z.array(QueryText).min(1).max(20).optional(),
    memberStatus: z.enum(['accepted', 'pending', 'rejected', 'all']).optional(),
    sortKey: z.enum(['name', 'status', 'created_at', 'updated_at', 'size', 'id', 'owner', 'visibility', 'disk_format']).optional(),
    sortDir: z.enum(['asc', 'desc']).optional(),
    limit: PageSize.optional(),
  })
  .strict();
export type ImageListFilters = z.output<typeof ImageListFilters>;

/** A property of the user's own: Glance's schema fields are set through their own inputs. */
export const ImagePropertyKey = z
  .string()
  .min(1)
  .max(255)
  .refine((k) => !IMAGE_CORE_FIELDS.includes(k), 'this is a field of the image itself, not a custom property');

const MinDiskGb = z.number().int().min(0).max(1_000_000);
const MinRamMb = z.number().int().min(0).max(100_000_000);

/** A new image record (`POST /v2/images`), before its data is uploaded. */
export const ImageCreateRequest = z
  .object({
    name: Name,
    diskFormat: z.enum(IMAGE_DISK_FORMATS),
    containerFormat: z.enum(IMAGE_CONTAINER_FORMATS).default('bare'),
    visibility: z.enum(IMAGE_VISIBILITIES).default('private'),
    protected: z.boolean().optional(),
    minDiskGb: MinDiskGb.optional(),
    minRamMb: MinRamMb.optional(),
    properties: z.record(ImagePropertyKey, z.string().max(255)).optional(),
  })
  .strict();
export type ImageCreateRequest = z.output<typeof ImageCreateRequest>;

/** An edit of an image: only what the user changed; a property set to null is removed. */
export const ImageChanges = z
  .object({
    name: Name.optional(),
    visibility: z.enum(IMAGE_VISIBILITIES).optional(),
    protected: z.boolean().optional(),
    minDiskGb: MinDiskGb.optional(),
    minRamMb: MinRamMb.optional(),
    properties: z.record(ImagePropertyKey, z.string().max(255).nullable()).optional(),
  })
  .strict();
export type ImageChanges = z.output<typeof ImageChanges>;
