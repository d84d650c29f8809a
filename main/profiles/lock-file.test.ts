import { mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withFileLock } from './lock-file.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('withFileLock', () => {
  it('gives up by the deadline with the system error when a stale lock cannot be removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-lock-'));
    dirs.push(dir);
    // a directory is a lock no unlink can remove, on any platform and even for root
    const lock = join(dir, 'profiles.json.lock');
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const t0 = Date.now();
    const err = await withFileLock(lock, () => 'ran', { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toHaveProperty('code');
    expect(err).toHaveProperty('path', lock);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('a live holder: gives up by the deadline naming it, as a conflict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nd-lock-'));
    dirs.push(dir);
    const lock = join(dir, 'x.lock');
    let release!: () => void;
    const held = withFileLock(lock, () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 20));
    await expect(withFileLock(lock, () => 'ran', { timeoutMs: 100 })).rejects.toMatchObject({ kind: 'conflict', message: expect.stringContaining(`process ${process.pid}`) });
    release();
    await held;
    expect(await withFileLock(lock, () => 'ran')).toBe('ran');
  });
});
