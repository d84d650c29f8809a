import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../main/app.js';
import type { Result } from '../../shared/errors.js';
import { localCloud } from '../support/local-cloud.js';
import { startApp, type AppFixture } from './support/app-fixture.js';
import { fillDisk, makeReadOnly, mountProblem, mountSmallDisk, unmountSmallDisk } from './support/small-disk.js';

/**
 * The profile store on a full disk and in a read-only folder (plan case 39, issue 8 "Store"):
 * a real 256 KiB tmpfs. Expected: a clear error naming the file, the original file intact,
 * nothing half-written left behind, and the app still able to start.
 * Corrupt, truncated and newer-version files are unit-tested in main/profiles/profile-store.test.ts.
 *
 * `it.fails` marks behaviour that is wanted but not there yet (bugs reported to the lead);
 * each turns red once fixed, so the marker gets removed.
 */
const problem = mountProblem();
const alt = localCloud('local-alt').auth;
const profile = (name: string) => ({
  name,
  auth: {
    type: 'password' as const,
    authUrl: alt.auth_url,
    user: { name: alt.username, domain: { name: alt.user_domain_name } },
    project: { name: alt.project_name, domain: { name: alt.project_domain_name } },
  },
});
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'));
/** Clear: not the opaque "internal" error, and the message names the file. */
const clearError = (r: Result<unknown>) => ({
  ok: r.ok,
  internal: !r.ok && r.error.kind === 'internal',
  namesFile: !r.ok && r.error.message.includes('profiles.json'),
});

/**
 * Opens the app on `dir` in a child process (a hang there cannot freeze the test) and saves a
 * profile. The child is SIGKILLed after `timeoutMs`, and in any case before this returns, so
 * no spinning child outlives the test and writes into the folder after it is unmounted.
 */
async function openInChild(dir: string, timeoutMs: number): Promise<{ started?: boolean; save?: Result<unknown>; error?: string; killed: boolean }> {
  const script = new URL('./support/store-child.ts', import.meta.url).pathname;
  // one process (no npx/tsx wrapper), so the kill reaches the process that spins
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  try {
    await new Promise((resolve) => child.once('exit', resolve));
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  const last = out.trim().split('\n').at(-1);
  return { ...(last ? (JSON.parse(last) as { started: boolean }) : {}), killed };
}

describe.skipIf(Boolean(problem))(`profile store on a full disk${problem ? ` (skipped: ${problem})` : ''}`, () => {
  let dir: string;
  let f: AppFixture;
  let before: string;
  let save: Result<unknown>;

  beforeAll(async () => {
    dir = mountSmallDisk();
    f = await startApp({ dataDir: dir, noImport: true });
    await f.ok('profiles.save', { profile: profile('alt-on-small-disk'), secret: alt.password });
    before = readFileSync(join(dir, 'profiles.json'), 'utf8');
    fillDisk(dir);
    save = await f.call('profiles.save', { profile: profile('second') });
  });
  afterAll(async () => {
    await f?.close();
    if (dir) unmountSmallDisk(dir);
  });

  it('a save fails, the original file is kept byte for byte, no temp file is left, the profiles still list', async () => {
    expect(save.ok).toBe(false);
    expect(readFileSync(join(dir, 'profiles.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await f.ok('profiles.list', {})).map((p) => p.name)).toEqual(['alt-on-small-disk']);
  });

  it.fails('the error is not "internal": it names profiles.json and says the disk is full', () => {
    expect(clearError(save)).toEqual({ ok: false, internal: false, namesFile: true });
    expect(!save.ok && save.error.message).toMatch(/ENOSPC|space/i);
  });

  it.fails('no lock file is left behind (today an empty profiles.json.lock stays)', () => {
    expect(leftovers(dir)).toEqual([]);
  });

  it.fails('a fresh list from the cloud is still served when its cache file cannot be written', async () => {
    const cloud = (await f.ok('profiles.list', {}))[0]!.id;
    const r = await f.call('clouds.refreshList', { cloud, kind: 'flavors' });
    expect(r).toMatchObject({ ok: true });
  });

  it.fails('the app still starts on a full disk, with its profiles', async () => {
    const app = await createApp({ dataDir: dir, onInternalError: () => undefined });
    try {
      expect((await app.profiles.list()).length).toBe(1);
    } finally {
      await app.close();
    }
  });
});

describe.skipIf(Boolean(problem))(`profile store in a read-only folder${problem ? ` (skipped: ${problem})` : ''}`, () => {
  let dir: string;
  let f: AppFixture;
  let before: string;
  let save: Result<unknown>;

  beforeAll(async () => {
    dir = mountSmallDisk();
    f = await startApp({ dataDir: dir, noImport: true });
    await f.ok('profiles.save', { profile: profile('alt-read-only') });
    before = readFileSync(join(dir, 'profiles.json'), 'utf8');
    makeReadOnly(dir);
    save = await f.call('profiles.save', { profile: profile('second') });
  });
  afterAll(async () => {
    await f?.close();
    if (dir) unmountSmallDisk(dir);
  });

  it('a save fails and the original file is kept byte for byte', async () => {
    expect(save.ok).toBe(false);
    expect(readFileSync(join(dir, 'profiles.json'), 'utf8')).toBe(before);
    expect((await f.ok('profiles.list', {})).map((p) => p.name)).toEqual(['alt-read-only']);
  });

  it.fails('the error is not "internal": it names profiles.json and says the folder is read-only', () => {
    expect(clearError(save)).toEqual({ ok: false, internal: false, namesFile: true });
    expect(!save.ok && save.error.message).toMatch(/EROFS|read-only/i);
  });

  it.fails('the app still starts in a read-only folder: profiles listed, the store reported read-only', async () => {
    const r = await openInChild(dir, 60_000);
    expect(r.started).toBe(true);
  });
});

describe.skipIf(Boolean(problem))(`a lock file left behind in a read-only folder${problem ? ` (skipped: ${problem})` : ''}`, () => {
  let dir: string;
  beforeAll(async () => {
    dir = mountSmallDisk();
    const f = await startApp({ dataDir: dir, noImport: true });
    await f.ok('profiles.save', { profile: profile('with-stale-lock') });
    await f.close();
    // what a full disk leaves today (see above), or a crash between open and write
    writeFileSync(join(dir, 'profiles.json.lock'), '');
    utimesSync(join(dir, 'profiles.json.lock'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    makeReadOnly(dir);
  });
  afterAll(() => {
    if (dir) unmountSmallDisk(dir);
  });

  // Today withFileLock spins forever (the stale lock cannot be removed, and `continue` skips
  // the deadline), freezing the whole main process. Run in a child so the test can time it out.
  it.fails('opening and saving give up within the lock timeout instead of spinning forever', async () => {
    const r = await openInChild(dir, 20_000);
    expect(r.killed).toBe(false);
  }, 60_000);
});
