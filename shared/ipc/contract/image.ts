import { z } from 'zod';
import { IMAGE_MEMBER_STATUSES, type Image, type ImageMember } from '../../domain/image.js';
import { ImageChanges, ImageCreateRequest, ImageListFilters } from '../../schemas/image.js';
import { CloudId, ResourceId } from '../ids.js';
import { op } from '../op.js';
import { ById, cloudInput } from './cloud-input.js';
import { FileRef, TransferId } from './files.js';

/** What a finished download says (main's DownloadResult): no path, the renderer has the file's name. */
export interface ImageDownloaded {
  bytes: number;
  verifiedWith: string | undefined;
  resumedFrom: number;
}

/** Where Glance's web-download may fetch from: Glance itself accepts only http and https. */
const ImportUrl = z
  .string()
  .max(2048)
  .url()
  .refine((u) => /^https?:$/.test(new URL(u).protocol), { message: 'must be an http or https URL' });

/** Glance operations. */
export const imageOps = {
  /** every page; `maxItems` stops early */
  'images.list': op(ImageListFilters.extend({ cloud: CloudId, maxItems: z.number().int().min(1).optional() }))<Image[]>(),
  'images.get': op(ById)<Image>(),
  /** id → name for the images a server list shows; ids Glance does not return are absent */
  'images.namesByIds': op(cloudInput({ ids: z.array(ResourceId).max(5000) }))<Record<string, string>>(),
  /** only what changed is sent (JSON patch) */
  'images.update': op(cloudInput({ id: ResourceId, changes: ImageChanges }))<Image>(),
  /** refused while protected */
  'images.delete': op(ById)<null>(),
  'images.importMethods': op(cloudInput({}))<string[]>(),
  /** creates the record and streams the picked file; progress as `images.transfer` events */
  'images.upload': op(
    cloudInput({ transfer: TransferId, file: FileRef, image: ImageCreateRequest, method: z.enum(['direct', 'glance-direct']).optional() }),
  )<Image>(),
  /** `web-download`: Glance fetches the image from the URL itself; progress as `images.transfer` events (phase only) */
  'images.importFromUrl': op(cloudInput({ transfer: TransferId, image: ImageCreateRequest, url: ImportUrl }))<Image>(),
  /** streams the data to the picked file, checked against Glance's hash */
  'images.download': op(cloudInput({ id: ResourceId, transfer: TransferId, file: FileRef }))<ImageDownloaded>(),
  'images.listMembers': op(ById)<ImageMember[]>(),
  /** a private image becomes shared first */
  'images.addMember': op(cloudInput({ id: ResourceId, projectId: ResourceId }))<ImageMember>(),
  /** the member's own answer: accept or reject an image shared with its project (default: the cloud's own) */
  'images.updateMember': op(cloudInput({ id: ResourceId, projectId: ResourceId.optional(), status: z.enum(IMAGE_MEMBER_STATUSES) }))<ImageMember>(),
  'images.removeMember': op(cloudInput({ id: ResourceId, projectId: ResourceId }))<null>(),
} as const;
