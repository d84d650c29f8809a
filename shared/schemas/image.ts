import { z } from 'zod';
import { IMAGE_VISIBILITIES } from '../domain/image.js';
import { ResourceId } from '../ipc/ids.js';
import { PageSize, QueryText } from './fields.js';

/** `ImageListOptions` of the Glance manager, as the image picker and the `images.list` input use it. */
export const ImageListFilters = z
  .object({
    name: QueryText.optional(),
    status: z.string().regex(/^[a-z_]{1,32}$/, 'a Glance status is lower-case letters and _').optional(),
    /** `all` also lists community images and shared ones whatever the member status */
    visibility: z.enum([...IMAGE_VISIBILITIES, 'all']).optional(),
    owner: ResourceId.optional(),
    /** every tag must be present */
    tag: z.array(QueryText).min(1).max(20).optional(),
    memberStatus: z.enum(['accepted', 'pending', 'rejected', 'all']).optional(),
    sortKey: z.enum(['name', 'status', 'created_at', 'updated_at', 'size', 'id', 'owner', 'visibility', 'disk_format']).optional(),
    sortDir: z.enum(['asc', 'desc']).optional(),
    limit: PageSize.optional(),
  })
  .strict();
export type ImageListFilters = z.output<typeof ImageListFilters>;
