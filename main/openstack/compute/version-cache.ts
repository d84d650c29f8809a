/**
 * Nova's version range per endpoint, remembered across processes. Without it every new
 * process asks `GET /v2.1` before its first real call, a round trip curl never makes (B1).
 * keystoneauth caches discovery per process for the same reason; this goes one step further,
 * to disk. Nothing here is secret: a URL and two version numbers. A stale entry is harmless:
 * a cloud that went up keeps us on an older, still supported version until the entry ages
 * out; a cloud that went down answers 406, and ComputeClient then asks again.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface ComputeVersionRange {
  min: string;
  max: string;
}

export interface VersionCache {
  get(versionUrl: string): Promise<ComputeVersionRange | undefined>;
  set(versionUrl: string, range: ComputeVersionRange): Promise<void>;
  delete(versionUrl: string): Promise<void>;
}

interface Entry extends ComputeVersionRange {
  /** when Nova said so, ms since the epoch */
  at: number;
}

/** A cloud upgrade is noticed within a day even when nothing fails. */
export const VERSION_CACHE_MAX_AGE_MS = 24 * 3600_000;

const isEntry = (v: unknown): v is Entry =>
  typeof v === 'object' && v !== null && typeof (v as Entry).min === 'string' && typeof (v as Entry).max === 'string' && typeof (v as Entry).at === 'number';

/**
 * One JSON file `{ [versionUrl]: { min, max, at } }`, read once, rewritten whole (temp file and
 * rename, so a crash never leaves half a file). It is only an optimisation: an unreadable or
 * corrupt file counts as empty and a failed write is ignored.
 */
export function fileVersionCache(path: string, o: { maxAgeMs?: number; now?: () => number } = {}): VersionCache {
  const maxAge = o.maxAgeMs ?? VERSION_CACHE_MAX_AGE_MS;
  const now = o.now ?? Date.now;
  let entries: Promise<Map<string, Entry>> | undefined;
  let writes = Promise.resolve();

  const load = () =>
    (entries ??= readFile(path, 'utf8')
      .then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, unknown>).filter((kv): kv is [string, Entry] => isEntry(kv[1]))))
      .catch(() => new Map<string, Entry>()));

  // writes go one after another, each with the whole map as it is by then
  const save = (map: Map<string, Entry>) =>
    (writes = writes.then(async () => {
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        await mkdir(dirname(path), { recursive: true, mode: 0o700 });
        await writeFile(tmp, JSON.stringify(Object.fromEntries(map)), { mode: 0o600 });
        await rename(tmp, path);
      } catch {
        // a read-only or full disk costs one version request per process, nothing more; a
        // half-written temp file (full disk) must not stay behind, one per process id
        await rm(tmp, { force: true }).catch(() => undefined);
      }
    }));

  return {
    async get(url) {
      const e = (await load()).get(url);
      return e && now() - e.at < maxAge ? { min: e.min, max: e.max } : undefined;
    },
    async set(url, range) {
      const map = await load();
      map.set(url, { min: range.min, max: range.max, at: now() });
      await save(map);
    },
    async delete(url) {
      const map = await load();
      if (map.delete(url)) await save(map);
    },
  };
}
