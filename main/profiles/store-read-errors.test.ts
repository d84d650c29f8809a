import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testKeychain } from '../../e2e/reliability/support/test-keychain.js';
import { ProfileDraft } from '../../shared/schemas/profile.js';
import { isOpenStackError } from '../openstack/errors.js';
import { EncryptedFileSecretStore } from './encrypted-secret-store.js';
import { ProfileService } from './profile-service.js';
import { ProfileStore } from './profile-store.js';

/** Issue 12 item 5: a read error is not a damaged file; a damaged file is kept, never emptied. */

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nd-read-errors-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const draft = (name: string) =>
  ProfileDraft.parse({
    name,
    auth: { type: 'password', authUrl: 'http://127.0.0.1:5000/v3', user: { id: 'u' }, project: { id: 'p' } },
  });
const goodFile = () =>
  JSON.stringify({ profiles: { 'demo-aaaaaa': draft('demo') }, __internal__: { migrations: { version: '2.0.0' } } }, undefined, '\t');
const fileOf = (dir: string) => join(dir, 'profiles.json');
const ioError = (code: string) => Object.assign(new Error(`${code}: i/o error, read`), { code });

/** A read function that fails `times` times with `code`, then reads the real file. */
function flakyRead(code: string, times: number) {
  const calls = { failed: 0 };
  const readFile = (path: string) => {
    if (calls.failed < times) {
      calls.failed++;
      throw ioError(code);
    }
    return readFileSync(path, 'utf8');
  };
  return { readFile, calls };
}

describe('profiles.json and read errors', () => {
  it.each(['EIO', 'EBUSY', 'EMFILE'])('a lasting %s leaves the file untouched, reports it unreadable and refuses saves', async (code) => {
    const dir = tempDir();
    writeFileSync(fileOf(dir), goodFile());
    const s = await ProfileStore.open({ cwd: dir, io: { readFile: flakyRead(code, Infinity).readFile, delaysMs: [1, 1] } });
    expect(s.problems()).toEqual([expect.objectContaining({ kind: 'unreadable', file: fileOf(dir) })]);
    expect(s.problems()[0]?.message).toContain(code);
    expect(s.problems()[0]?.movedTo).toBeUndefined();
    expect(s.readOnly).toMatch(/no change is saved/);
    const err = await s.create(draft('new')).catch((e: unknown) => e);
    expect(isOpenStackError(err) && err.kind).toBe('storage');
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(goodFile());
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toEqual([]);
  });

  it('retries a passing read error and opens normally', async () => {
    const dir = tempDir();
    writeFileSync(fileOf(dir), goodFile());
    const flaky = flakyRead('EBUSY', 2);
    const s = await ProfileStore.open({ cwd: dir, io: { readFile: flaky.readFile, delaysMs: [1, 1, 1] } });
    expect(flaky.calls.failed).toBe(2);
    expect(s.problems()).toEqual([]);
    expect(s.list().map((p) => p.name)).toEqual(['demo']);
  });

  it('keeps listing what it read when the disk fails later, and turns read-only', async () => {
    const dir = tempDir();
    writeFileSync(fileOf(dir), goodFile());
    let broken = false;
    const readFile = (path: string) => {
      if (broken) throw ioError('EIO');
      return readFileSync(path, 'utf8');
    };
    const s = await ProfileStore.open({ cwd: dir, io: { readFile, delaysMs: [1] } });
    expect(s.list().map((p) => p.name)).toEqual(['demo']);
    broken = true;
    expect(s.list().map((p) => p.name)).toEqual(['demo']);
    expect(s.problems().map((p) => p.kind)).toEqual(['unreadable']);
    await expect(s.create(draft('more'))).rejects.toMatchObject({ kind: 'storage' });
    broken = false;
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(goodFile());
  });

  it('moves aside only content that was read and does not parse', async () => {
    const dir = tempDir();
    writeFileSync(fileOf(dir), '{"profiles": {"x"');
    const s = await ProfileStore.open({ cwd: dir });
    expect(s.problems()).toEqual([expect.objectContaining({ kind: 'corrupt', movedTo: expect.stringContaining('profiles.json.corrupt-') })]);
    expect(existsSync(fileOf(dir))).toBe(true);
  });

  it('keeps the last good file as .bak when a save replaces it', async () => {
    const dir = tempDir();
    writeFileSync(fileOf(dir), goodFile());
    const s = await ProfileStore.open({ cwd: dir });
    await s.create(draft('second'));
    expect(readFileSync(`${fileOf(dir)}.bak`, 'utf8')).toBe(goodFile());
    const afterFirst = readFileSync(fileOf(dir), 'utf8');
    await s.create(draft('third'));
    expect(readFileSync(`${fileOf(dir)}.bak`, 'utf8')).toBe(afterFirst);
  });

  it('copies the file before migrating it', async () => {
    const dir = tempDir();
    const { interface: _i, ...v1Profile } = draft('old');
    const v1 = JSON.stringify({ profiles: { 'old-123456': v1Profile }, __internal__: { migrations: { version: '1.0.0' } } });
    writeFileSync(fileOf(dir), v1);
    const s = await ProfileStore.open({ cwd: dir });
    expect(s.get('old-123456')?.interface).toBe('public');
    expect(readFileSync(`${fileOf(dir)}.pre-migration-v1.0.0`, 'utf8')).toBe(v1);
  });
});

describe('secrets.json and damage', () => {
  it('moves a damaged secrets.json aside and reports it instead of emptying it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secrets.json'), '{"version":1,"secrets":{"demo-1":"AAAA');
    const svc = await ProfileService.open({ dir, safeStorage: testKeychain(), platform: 'linux' });
    // reported at start, before any secret is asked for
    expect(svc.problems().map((p) => p.kind)).toEqual(['corrupt']);
    const saved = await svc.save({ profile: draft('demo'), secret: 'pw' });
    const problems = svc.problems();
    expect(problems).toEqual([expect.objectContaining({ kind: 'corrupt', file: join(dir, 'secrets.json') })]);
    expect(readFileSync(problems[0]?.movedTo ?? '', 'utf8')).toBe('{"version":1,"secrets":{"demo-1":"AAAA');
    expect(saved.hasSecret).toBe(true);
  });

  it('does not overwrite a secrets.json it cannot read', async () => {
    const dir = tempDir();
    const keychain = testKeychain();
    const path = join(dir, 'secrets.json');
    const before = JSON.stringify({ version: 1, secrets: { 'kept-1': keychain.encryptString('kept').toString('base64') } });
    writeFileSync(path, before);
    const store = new EncryptedFileSecretStore(dir, keychain, { readFile: () => Promise.reject(ioError('EIO')), delaysMs: [1, 1] });
    await expect(store.set('new-1', { secret: 'pw' })).rejects.toMatchObject({ kind: 'storage', message: expect.stringContaining('EIO') });
    await expect(store.get('kept-1')).rejects.toMatchObject({ kind: 'storage' });
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
