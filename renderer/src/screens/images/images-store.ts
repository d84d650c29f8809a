import type { Image } from '../../../../shared/domain/image.js';
import type { ImageListFilters } from '../../../../shared/schemas/image.js';
import { createListStore } from '../../kit/list-store.js';
import { request } from '../../kit/request.js';

/** What the filter bar asks Glance for; every page is read, following Glance's `next` links. */
export type ImageFilters = Pick<ImageListFilters, 'name' | 'status' | 'visibility' | 'mine' | 'memberStatus' | 'diskFormat' | 'containerFormat'>;

/** Glance states an image leaves on its own: the row is re-read until it settles. */
const TRANSITIONAL = new Set(['queued', 'saving', 'uploading', 'importing', 'pending_delete']);

export const useImages = createListStore<Image, ImageFilters | undefined>({
  list: request('images.list', (cloud: string, filters: ImageFilters | undefined) => ({ cloud, ...filters })),
  get: request('images.get', (cloud: string, id: string) => ({ cloud, id })),
  idOf: (i) => i.id,
  isTransitional: (i) => TRANSITIONAL.has(i.status),
  argsKey: (f) => JSON.stringify(f ?? {}),
});
