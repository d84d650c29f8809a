import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LIST_KINDS, type CachedList, type ListKind, type ListTypes } from '../../shared/domain/cached-list.js';
import { CloudId } from '../../shared/ipc/ids.js';
import { profileOf } from '../../shared/ipc/scope-id.js';
import { validationError } from '../openstack/errors.js';
import { writeFileAtomic } from '../profiles/atomic-file.js';
import { diskError } from '../profiles/disk-error.js';

export { LIST_KINDS, type CachedList, type ListKind, type ListTypes };

type Lists = { [K in ListKind]?: CachedList<ListTypes[K]> };

interface CacheFile {
  version: 1;
  profileId: string;
  lists: Lists;
}

/** Private keys exist only in a keypair-create answer; make sure one never reaches the disk. */
function scrub<K extends ListKind>(kind: K, items: ListTypes[K][]): ListTypes[K][] {
  if (kind !== 'keypairs') return items;
  return items.map((k) => {
    const { privateKey: _drop, ...rest } = k as ListTypes[K] & { privateKey?: string };
    return rest as ListTypes[K];
  });
}

/**
 * The last good lists of each cloud, one JSON file per profile under `dir` (mode 0600,
 * written tmp + rename). Lists hold no secrets: names, ids, addresses, public keys. Reads are
 * synchronous from memory after the first, so a switch can show them at once.
 * A damaged cache file is just ignored: it is a cache. So is one that cannot be written (a
 * full disk, a read-only folder): the fresh list is still served from memory, and the failure
 * goes to `onWriteError` once per profile until a write works again.
 */
export class ListCache {
  private readonly loaded = new Map<string, Lists>();
  private readonly writes = new Map<string, Promise<void>>();
  private readonly failing = new Set<string>();

  constructor(
    readonly dir: string,
    private readonly onWriteError: (e: Error) => void = (e) => console.warn(`novadesk: ${e.message}`),
  ) {}

  fileOf(profileId: string): string {
    // the id becomes a file name: the CloudId pattern keeps it a plain name (no separator, no `..`)
    if (!CloudId.safeParse(profileId).success) throw validationError('cloud', `not a cloud id: ${profileId}`);
    return join(this.dir, `${profileId}.json`);
  }

  get<K extends ListKind>(profileId: string, kind: K): CachedList<ListTypes[K]> | undefined {
    return this.lists(profileId)[kind];
  }

  all(profileId: string): Lists {
    return { ...this.lists(profileId) };
  }

  /** Stores a list; writes for one profile are queued so none overwrites a newer one. */
  async put<K extends ListKind>(profileId: string, kind: K, items: ListTypes[K][], fetchedAt = new Date()): Promise<CachedList<ListTypes[K]>> {
    const entry: CachedList<ListTypes[K]> = { fetchedAt: fetchedAt.toISOString(), items: scrub(kind, items) };
    const lists = this.lists(profileId);
    (lists as Record<string, unknown>)[kind] = entry;
    const file = this.fileOf(profileId);
    const write = (this.writes.get(profileId) ?? Promise.resolve())
      .then(() => {
        const doc: CacheFile = { version: 1, profileId, lists: this.lists(profileId) };
        return writeFileAtomic(file, JSON.stringify(doc));
      })
      .then(
        () => void this.failing.delete(profileId),
        (e: unknown) => this.reportWriteError(profileId, file, e),
      );
    this.writes.set(profileId, write);
    await write;
    return entry;
  }

  /** Forgets a cloud's lists; a profile's id takes its project and region scopes with it. */
  async drop(profileId: string): Promise<void> {
    const scopes = profileOf(profileId) === profileId ? await this.scopesOf(profileId) : [];
    for (const id of [profileId, ...scopes]) {
      await this.writes.get(id);
      this.loaded.delete(id);
      await rm(this.fileOf(id), { force: true });
    }
  }

  private async scopesOf(profileId: string): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names
      .filter((n) => n.startsWith(`${profileId}~`) && n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length))
      .filter((id) => profileOf(id) === profileId && CloudId.safeParse(id).success);
  }

  private reportWriteError(profileId: string, file: string, e: unknown): void {
    // a watcher writes on every change: one report per outage, not one per tick
    if (this.failing.has(profileId)) return;
    this.failing.add(profileId);
    const why = diskError(e, file, 'written')?.message ?? `${file} could not be written: ${e instanceof Error ? e.message : String(e)}`;
    this.onWriteError(new Error(`${why}; the list is kept in memory for this run`, { cause: e }));
  }

  private lists(profileId: string): Lists {
    let lists = this.loaded.get(profileId);
    if (!lists) {
      lists = this.readFile(this.fileOf(profileId), profileId);
      this.loaded.set(profileId, lists);
    }
    return lists;
  }

  private readFile(file: string, profileId: string): Lists {
    try {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (doc.version !== 1 || doc.profileId !== profileId || typeof doc.lists !== 'object' || !doc.lists) return {};
      const out: Lists = {};
      for (const kind of LIST_KINDS) {
        const l = doc.lists[kind];
        if (l && typeof l.fetchedAt === 'string' && Array.isArray(l.items)) (out as Record<string, unknown>)[kind] = l;
      }
      return out;
    } catch {
      return {};
    }
  }
}
