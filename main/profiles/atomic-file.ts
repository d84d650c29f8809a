import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Owner-only: these files name users, projects and clouds, and may hold encrypted secrets. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Writes a whole file so that readers see the old or the new content, never half of it:
 * a temporary file in the same directory (same file system, so rename is atomic), fsync,
 * rename over the target, then chmod because the target may predate us with looser bits.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = PRIVATE_FILE_MODE): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: PRIVATE_DIR_MODE });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await open(tmp, 'wx', mode);
  try {
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (e) {
    // a full disk fails the write: the half-written temp file would take space and stay forever
    await rm(tmp, { force: true });
    throw e;
  }
  await chmod(path, mode);
}

/** `2024-05-01T10-20-30.123Z`: ISO 8601 with `-` for `:`, which Windows forbids in file names. */
export function fileTimestamp(d: Date): string {
  return d.toISOString().replace(/:/g, '-');
}

/**
 * The synchronous twin of writeFileAtomic, for the profile store, whose change runs inside
 * one synchronous read-modify-write (see profile-store.ts).
 */
export function writeFileAtomicSync(path: string, data: string, mode = PRIVATE_FILE_MODE): void {
  mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIR_MODE });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', mode);
  try {
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  chmodSync(path, mode);
}
