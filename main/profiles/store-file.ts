import { readFileSync, renameSync } from 'node:fs';
import { fileTimestamp } from './atomic-file.js';
import { READ_RETRY_DELAYS_MS, readErrorCode, readWithRetrySync, type ReadRetry } from './read-retry.js';

/**
 * What is on disk. conf would treat a broken file as an error on every access (or, with
 * clearInvalidConfig, silently empty it), and on a file from a newer version its migration
 * step would rewrite the version marker downwards; so the raw file is looked at first and
 * each of those cases is decided here. conf reads the file with no retry and cannot be told
 * apart from a parse failure, so after its migrations every read of the store comes here.
 */
export type StoreFileState =
  | { state: 'missing' }
  | { state: 'ok'; version: string | undefined; profiles: Record<string, unknown>; doc: Record<string, unknown>; text: string }
  /** content was read and does not parse or fails the file's schema: the only case moved aside */
  | { state: 'corrupt'; reason: string }
  /** the read itself failed, even after retries: says nothing about the content, never moved */
  | { state: 'unreadable'; reason: string };

/** How the store reads its file; injectable so tests can make the disk fail (EIO, EBUSY). */
export interface StoreIo extends ReadRetry {
  readFile?: (path: string) => string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A null-prototype copy: profile ids such as `constructor` or `__proto__` are plain keys in it. */
export function profileMap(from: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, from);
}

/** conf keeps the migrated-to version at `__internal__.migrations.version`. */
export function versionOf(doc: Record<string, unknown>): string | undefined {
  const internal = doc.__internal__;
  if (!isPlainObject(internal) || !isPlainObject(internal.migrations)) return undefined;
  const v = internal.migrations.version;
  return typeof v === 'string' ? v : undefined;
}

export function inspectStoreFile(path: string, io: StoreIo = {}): StoreFileState {
  const read = io.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  let text: string;
  try {
    text = readWithRetrySync(() => read(path), io);
  } catch (e) {
    const code = readErrorCode(e);
    if (code === 'ENOENT') return { state: 'missing' };
    const tries = (io.delaysMs ?? READ_RETRY_DELAYS_MS).length + 1;
    return { state: 'unreadable', reason: `cannot be read (${code}, ${tries} tries)` };
  }
  // an empty file holds nothing that could be lost; starting afresh is not a silent reset
  if (text.trim() === '') return { state: 'missing' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { state: 'corrupt', reason: `is not valid JSON (${(e as Error).message})` };
  }
  if (!isPlainObject(doc)) return { state: 'corrupt', reason: 'does not hold a JSON object' };
  const profiles = doc.profiles ?? {};
  if (!isPlainObject(profiles)) return { state: 'corrupt', reason: '"profiles" is not an object' };
  return { state: 'ok', version: versionOf(doc), profiles: profileMap(profiles), doc, text };
}

/** Renames a damaged file to `<file>.corrupt-<time>` so the user can still recover it. */
export function moveAside(path: string, now: Date): string {
  const target = `${path}.corrupt-${fileTimestamp(now)}`;
  renameSync(path, target);
  return target;
}

/** Compares dotted numeric versions ('2.0.0' < '10.0.0'); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
