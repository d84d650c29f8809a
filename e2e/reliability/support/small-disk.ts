/**
 * A 256 KiB tmpfs to make a disk full or read-only for real. Tests run as root, for whom
 * chmod stops nothing, so a file system is the only honest way. Needs mount(2) permission:
 * `mountProblem()` says why not, for the skip message.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function mountSmallDisk(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nd-rel-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=0700', 'tmpfs', dir], { stdio: 'pipe' });
  return dir;
}

export function unmountSmallDisk(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function makeReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
}

/** Fills the disk to the last byte with `<dir>/filler`. */
export function fillDisk(dir: string): void {
  const fd = openSync(join(dir, 'filler'), 'w');
  try {
    for (const size of [65536, 4096, 1]) {
      const chunk = Buffer.alloc(size, 0x2e);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (e) {
        if ((e as { code?: string }).code !== 'ENOSPC') throw e;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** undefined when a tmpfs can be mounted here, else the reason (for the skip). */
export function mountProblem(): string | undefined {
  try {
    unmountSmallDisk(mountSmallDisk());
    return undefined;
  } catch (e) {
    return `cannot mount a tmpfs here (${String((e as { stderr?: Buffer }).stderr ?? e).trim()}); needs root with CAP_SYS_ADMIN`;
  }
}
