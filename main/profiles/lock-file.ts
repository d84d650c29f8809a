import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { OpenStackError } from '../openstack/errors.js';

/**
 * A lock file beside a store (`profiles.json.lock`) holding `{pid, token}`, created with
 * O_EXCL so exactly one writer wins. Held only for one read-modify-write (milliseconds), so
 * two running instances (Electron and the browser host, or two windows of a crashed-and-
 * restarted app) serialise their changes instead of losing one. Writes themselves are atomic
 * renames, so readers never need the lock.
 *
 * Stale locks: a holder that died leaves its file behind; it is broken when its pid no longer
 * exists, or when it is older than `staleMs` whatever the pid says (pids get reused).
 *
 * Gives up by `timeoutMs` whatever happens, and at once where waiting cannot help (a read-only
 * file system, a disk too full to create the lock): the error the system gave is thrown, with
 * its `code`, for the caller to name its own file (disk-error.ts).
 */
export interface LockOptions {
  /** give up after this long; the error names the holder */
  timeoutMs?: number;
  staleMs?: number;
  pollMs?: number;
}

interface LockContent {
  pid: number;
  token: string;
  at: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else
    return (e as { code?: string }).code === 'EPERM';
  }
}

function readLock(path: string): { content: LockContent | undefined; ageMs: number } | undefined {
  try {
    const ageMs = Date.now() - statSync(path).mtimeMs;
    try {
      return { content: JSON.parse(readFileSync(path, 'utf8')) as LockContent, ageMs };
    } catch {
      return { content: undefined, ageMs };
    }
  } catch {
    return undefined;
  }
}

function tryCreate(path: string, content: LockContent): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (e) {
    if ((e as { code?: string }).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, JSON.stringify(content));
  } catch (e) {
    // a full disk refuses the content: an empty lock left here would block the next writer
    closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
      // then it is an empty lock, which isStale breaks after a second
    }
    throw e;
  }
  closeSync(fd);
  return true;
}

/** Removes a stale lock. Not `broken`: it is still there, maybe only for a moment. */
function breakStale(path: string): { broken: true } | { broken: false; why: unknown } {
  try {
    unlinkSync(path);
    return { broken: true };
  } catch (e) {
    const code = (e as { code?: string }).code;
    // another waiter broke it first
    if (code === 'ENOENT') return { broken: true };
    // a read-only file system never lets it go: waiting would only freeze the caller
    if (code === 'EROFS') throw e;
    // Windows refuses to unlink a file another waiter is reading for a moment
    return { broken: false, why: e };
  }
}

function isStale(lock: { content: LockContent | undefined; ageMs: number }, staleMs: number): boolean {
  if (lock.ageMs > staleMs) return true;
  // no content yet: the creator is between open and write; give it a second
  if (!lock.content) return lock.ageMs > 1000;
  return lock.content.pid !== process.pid && !pidAlive(lock.content.pid);
}

export async function withFileLock<T>(path: string, fn: () => T | Promise<T>, opts: LockOptions = {}): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const staleMs = opts.staleMs ?? 30_000;
  const pollMs = opts.pollMs ?? 15;
  const mine: LockContent = { pid: process.pid, token: randomBytes(8).toString('hex'), at: new Date().toISOString() };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (tryCreate(path, mine)) break;
    const held = readLock(path);
    let unbreakable: unknown;
    if (held && isStale(held, staleMs)) {
      const attempt = breakStale(path);
      if (attempt.broken) continue;
      unbreakable = attempt.why;
    }
    if (Date.now() >= deadline) {
      // the system's refusal (EACCES on someone else's lock) says more than "held by"
      if (unbreakable) throw unbreakable;
      const who = held?.content ? `process ${held.content.pid}` : 'another process';
      throw new OpenStackError('conflict', `${path} is held by ${who}; try again, or remove the file if no Novadesk is running`);
    }
    await sleep(pollMs + Math.floor(Math.random() * pollMs));
  }
  try {
    return await fn();
  } finally {
    const now = readLock(path);
    // release only our own lock: after a forced break someone else may hold it now
    if (now?.content?.token === mine.token) unlinkSync(path);
  }
}
