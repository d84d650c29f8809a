import type { Image } from '../../../shared/domain/image.js';
import type { ImageListFilters } from '../../../shared/schemas/image.js';
import { listAll } from '../pagination.js';
import { pathSegment, type ServiceClient } from '../service-client.js';
import { toImage, type GlanceImage } from './image-mapper.js';

/** `images.list`'s filters (the schema's output), and how much to read and each page as it comes. */
export type ImageListOptions = ImageListFilters & {
  maxItems?: number;
  onPage?: (images: Image[]) => void;
};

/** How many ids go into one `id=in:` query: 40 UUIDs keep the URL near 1.5 kB. */
export const ID_LOOKUP_CHUNK = 40;

// Glance ids are UUIDs; anything with a comma or quote would break the `in:` list, so it cannot match anyway.
const LOOKUP_SAFE_ID = /^[A-Za-z0-9-]{1,64}$/;

export class ImageManager {
  constructor(private readonly image: ServiceClient) {}

  async list(opts: ImageListOptions = {}): Promise<Image[]> {
    const raw = await listAll<GlanceImage>(
      this.image,
      '/images',
      'images',
      {
        name: opts.name,
        status: opts.status,
        visibility: opts.visibility,
        owner: opts.owner,
        // every tag must be present: Glance ANDs repeated `tag` parameters
        tag: opts.tag,
        member_status: opts.memberStatus,
        sort_key: opts.sortKey,
        sort_dir: opts.sortDir,
        limit: opts.limit,
      },
      {
        ...(opts.maxItems !== undefined ? { maxItems: opts.maxItems } : {}),
        ...(opts.onPage ? { onPage: (page: GlanceImage[]) => opts.onPage?.(page.map(toImage)) } : {}),
      },
    );
    return raw.map(toImage);
  }

  async get(id: string): Promise<Image> {
    // Glance v2 answers with the bare image object, not wrapped in {image: ...}
    return toImage(await this.image.get<GlanceImage>(`/images/${pathSegment(id)}`));
  }

  /**
   * Names for a list of image ids (a server list shows image names), in parallel chunked
   * `id=in:` queries. Ids Glance does not return (deleted, not visible) are absent; an
   * unnamed image maps to ''.
   */
  async namesByIds(ids: readonly string[], chunkSize = ID_LOOKUP_CHUNK): Promise<Record<string, string>> {
    const unique = [...new Set(ids)].filter((id) => LOOKUP_SAFE_ID.test(id));
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += chunkSize) chunks.push(unique.slice(i, i + chunkSize));
    const pages = await Promise.all(
      chunks.map((chunk) =>
        listAll<GlanceImage>(this.image, '/images', 'images', {
          id: `in:${chunk.join(',')}`,
          // without these Glance hides community images and shared ones not yet accepted
          visibility: 'all',
          member_status: 'all',
          // one more than can match: a full page would make Glance send a `next` to an empty page
          limit: chunk.length + 1,
        }),
      ),
    );
    const out: Record<string, string> = {};
    for (const img of pages.flat()) out[img.id] = img.name ?? '';
    return out;
  }
}
