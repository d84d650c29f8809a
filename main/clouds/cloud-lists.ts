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

/** A page of a list still being fetched, whoever asked for it (main sends it to the windows). */
export type OnCloudListPage = <K extends ListKind>(profileId: string, kind: K, items: ListTypes[K][]) => void;

/**
 * Cached-then-fresh lists per cloud: `cached()` answers at once from disk, `refresh()` asks
 * the cloud through the registry (which records the cloud's status) and stores the answer.
 * A refresh asked while the same list is being fetched joins that fetch: the start's own
 * (app.warmUp) and the window's first one are one request.
 */
export class CloudLists {
  private readonly inflight = new Map<string, { fresh: Promise<CachedList<unknown>>; landed: unknown[] }>();

  constructor(
    private readonly registry: CloudRegistry,
    private readonly cache: ListCache,
    private readonly onPage?: OnCloudListPage,
  ) {}

  cached<K extends ListKind>(profileId: string, kind: K): CachedList<ListTypes[K]> | undefined {
    return this.cache.get(profileId, kind);
  }

  refresh<K extends ListKind>(profileId: string, kind: K): Promise<CachedList<ListTypes[K]>> {
    const key = `${profileId}\n${kind}`;
    const running = this.inflight.get(key);
    if (running) {
      // what has landed so far goes out again, as one page: the joiner listens from now on
      if (running.landed.length > 0) this.onPage?.(profileId, kind, running.landed as ListTypes[K][]);
      return running.fresh as Promise<CachedList<ListTypes[K]>>;
    }
    const fetchedAt = new Date();
    const landed: ListTypes[K][] = [];
    const pages: OnListPage<K> | undefined = this.onPage
      ? (items, more) => {
          if (!more) return;
          landed.push(...items);
          this.onPage!(profileId, kind, items);
        }
      : undefined;
    const fresh = this.registry
      .use(profileId, (c) => fetchList(c, kind, pages))
      .then((items) => this.cache.put(profileId, kind, items, fetchedAt))
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, { fresh, landed });
    return fresh;
  }

  /** Both at once: the cached list (maybe none) now, the fresh one when the cloud answers. */
  snapshot<K extends ListKind>(
    profileId: string,
    kind: K,
  ): { cached: CachedList<ListTypes[K]> | undefined; fresh: Promise<CachedList<ListTypes[K]>> } {
    return { cached: this.cached(profileId, kind), fresh: this.refresh(profileId, kind) };
  }
}
