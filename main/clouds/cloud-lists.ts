import type { CloudClient } from '../openstack/cloud-client.js';
import type { CachedList, ListCache, ListKind, ListTypes } from './list-cache.js';
import type { CloudRegistry } from './registry.js';

/**
 * The servers list's first page: about a screenful, so its rows are painted after Nova's time
 * for 50 servers (tens of ms) rather than for the whole project (seconds at 1,000); the rest
 * follows in pages as large as Nova allows.
 */
export const FIRST_PAGE = 50;

/** A page of a list still being fetched; `more`: another follows. */
export type OnListPage<K extends ListKind> = (items: ListTypes[K][], more: boolean) => void;

/** The list call behind each cached kind; servers come page by page (`onPage`), the others at once. */
export async function fetchList<K extends ListKind>(client: CloudClient, kind: K, onPage?: OnListPage<K>): Promise<ListTypes[K][]> {
  const lists: { [P in ListKind]: () => Promise<ListTypes[P][]> } = {
    servers: () => client.servers.list({}, { firstPageLimit: FIRST_PAGE, ...(onPage ? { onPage: onPage as OnListPage<'servers'> } : {}) }),
    flavors: () => client.flavors.list(),
    images: () => client.images.list(),
    networks: () => client.networks.list(),
    keypairs: () => client.keypairs.list(),
  };
  return lists[kind]();
}

/**
 * Cached-then-fresh lists per cloud: `cached()` answers at once from disk, `refresh()` asks
 * the cloud through the registry (which records the cloud's status) and stores the answer.
 */
export class CloudLists {
  constructor(
    private readonly registry: CloudRegistry,
    private readonly cache: ListCache,
  ) {}

  cached<K extends ListKind>(profileId: string, kind: K): CachedList<ListTypes[K]> | undefined {
    return this.cache.get(profileId, kind);
  }

  async refresh<K extends ListKind>(profileId: string, kind: K, onPage?: OnListPage<K>): Promise<CachedList<ListTypes[K]>> {
    const fetchedAt = new Date();
    const items = await this.registry.use(profileId, (c) => fetchList(c, kind, onPage));
    return this.cache.put(profileId, kind, items, fetchedAt);
  }

  /** Both at once: the cached list (maybe none) now, the fresh one when the cloud answers. */
  snapshot<K extends ListKind>(
    profileId: string,
    kind: K,
  ): { cached: CachedList<ListTypes[K]> | undefined; fresh: Promise<CachedList<ListTypes[K]>> } {
    return { cached: this.cached(profileId, kind), fresh: this.refresh(profileId, kind) };
  }
}
