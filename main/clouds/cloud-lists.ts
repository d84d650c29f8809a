import type { CloudClient } from '../openstack/cloud-client.js';
import type { CachedList, ListCache, ListKind, ListTypes } from './list-cache.js';
import type { CloudRegistry } from './registry.js';

/** The list call behind each cached kind. */
export async function fetchList<K extends ListKind>(client: CloudClient, kind: K): Promise<ListTypes[K][]> {
  const lists: { [P in ListKind]: () => Promise<ListTypes[P][]> } = {
    servers: () => client.servers.list(),
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

  async refresh<K extends ListKind>(profileId: string, kind: K): Promise<CachedList<ListTypes[K]>> {
    const fetchedAt = new Date();
    const items = await this.registry.use(profileId, (c) => fetchList(c, kind));
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
