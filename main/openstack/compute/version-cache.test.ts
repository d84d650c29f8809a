import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileVersionCache, VERSION_CACHE_MAX_AGE_MS } from './version-cache.js';

const URL_A = 'http://127.0.0.1:8774/v2.1';
const dirs: string[] = [];
const tmpFile = () => {
  const d = mkdtempSync(join(tmpdir(), 'nd-vcache-'));
  dirs.push(d);
  return join(d, 'sub', 'compute-versions.json');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('fileVersionCache', () => {
  it('remembers a range across instances, in a private file', async () => {
    const path = tmpFile();
    await fileVersionCache(path).set(URL_A, { min: '2.1', max: '2.93' });
    expect(await fileVersionCache(path).get(URL_A)).toEqual({ min: '2.1', max: '2.93' });
    expect(await fileVersionCache(path).get('http://other/v2.1')).toBeUndefined();
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('forgets an entry older than the maximum age', async () => {
    const path = tmpFile();
    let now = 1_000_000;
    const cache = fileVersionCache(path, { now: () => now });
    await cache.set(URL_A, { min: '2.1', max: '2.93' });
    now += VERSION_CACHE_MAX_AGE_MS + 1;
    expect(await cache.get(URL_A)).toBeUndefined();
  });

  it('deletes an entry from the file', async () => {
    const path = tmpFile();
    const cache = fileVersionCache(path);
    await cache.set(URL_A, { min: '2.1', max: '2.93' });
    await cache.delete(URL_A);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({});
    expect(await fileVersionCache(path).get(URL_A)).toBeUndefined();
  });

  it('treats a corrupt file or a bad entry as empty, and a missing one too', async () => {
    const path = tmpFile();
    expect(await fileVersionCache(path).get(URL_A)).toBeUndefined();
    await fileVersionCache(path).set('x', { min: '2.1', max: '2.1' });
    writeFileSync(path, '{not json');
    expect(await fileVersionCache(path).get('x')).toBeUndefined();
    writeFileSync(path, JSON.stringify({ [URL_A]: { min: 2, max: '2.93', at: Date.now() } }));
    expect(await fileVersionCache(path).get(URL_A)).toBeUndefined();
  });

  it('a write that fails leaves no temp file behind, and the cache still answers from memory', async () => {
    const path = tmpFile();
    // a directory where the file should be: the temp file is written, the rename fails
    mkdirSync(path, { recursive: true });
    const cache = fileVersionCache(path);
    await cache.set(URL_A, { min: '2.1', max: '2.93' });
    expect(readdirSync(join(path, '..'))).toEqual(['compute-versions.json']);
    expect(await cache.get(URL_A)).toEqual({ min: '2.1', max: '2.93' });
  });
});
