import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testKeychain } from '../../e2e/reliability/support/test-keychain.js';
import { ProfileDraft } from '../../shared/schemas/profile.js';
import { ProfileService } from './profile-service.js';
import { ProfileStore } from './profile-store.js';

/** Issue 12 item 13: ids that are also Object.prototype's names; secrets.json without a keychain. */

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nd-ids-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const draft = (name: string) =>
  ProfileDraft.parse({ name, auth: { type: 'password', authUrl: 'http://127.0.0.1:5000/v3', user: { id: 'u' }, project: { id: 'p' } } });
const fileOf = (dir: string) => join(dir, 'profiles.json');
const onDisk = (dir: string) => JSON.parse(readFileSync(fileOf(dir), 'utf8')) as { profiles: Record<string, { name: string }> };

describe('profile ids that Object.prototype also has', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s is no profile until there is one', async (id) => {
    const dir = tempDir();
    const s = await ProfileStore.open({ cwd: dir });
    await s.create(draft('other'));
    await expect(s.update(id, draft('sneaky'))).rejects.toMatchObject({ kind: 'not_found' });
    expect(await s.remove(id)).toBe(false);
    expect(s.list().map((p) => p.name)).toEqual(['other']);
    expect(Object.keys(onDisk(dir).profiles)).toHaveLength(1);
  });

  it.each(['constructor', '__proto__'])('a profile with id %s is read, updated and removed like any other', async (id) => {
    const dir = tempDir();
    writeFileSync(fileOf(dir), `{"profiles": {${JSON.stringify(id)}: ${JSON.stringify(draft('odd'))}}, "__internal__": {"migrations": {"version": "2.0.0"}}}`);
    const s = await ProfileStore.open({ cwd: dir });
    expect(s.get(id)?.name).toBe('odd');
    await s.update(id, { ...draft('odd'), label: 'changed' });
    expect(s.get(id)?.label).toBe('changed');
    expect(Object.keys(onDisk(dir).profiles)).toEqual([id]);
    expect(await s.remove(id)).toBe(true);
    expect(s.list()).toEqual([]);
  });
});

describe('without a keychain, forget and remove also delete from secrets.json', () => {
  /** secrets.json as an earlier run with a keychain left it. */
  async function leftFromKeychainRun(dir: string) {
    const withKeychain = await ProfileService.open({ dir, safeStorage: testKeychain(), platform: 'linux' });
    const a = await withKeychain.save({ profile: { ...draft('a'), rememberSecret: true }, secret: 'secret-a' });
    const b = await withKeychain.save({ profile: { ...draft('b'), rememberSecret: true }, secret: 'secret-b' });
    const c = await withKeychain.save({ profile: { ...draft('constructor'), rememberSecret: true }, secret: 'secret-c' });
    return { a: a.id, b: b.id, c: c.id };
  }
  const entries = (dir: string) =>
    Object.keys((JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')) as { secrets: Record<string, string> }).secrets).sort();

  it('forgets and removes there too, leaving the others', async () => {
    const dir = tempDir();
    const ids = await leftFromKeychainRun(dir);
    expect(entries(dir)).toEqual([ids.a, ids.b, ids.c].sort());
    const noKeychain = await ProfileService.open({ dir });
    expect(noKeychain.secretStorage().persistent).toBe(false);
    await noKeychain.forgetSecret(ids.a);
    expect(entries(dir)).toEqual([ids.b, ids.c].sort());
    await noKeychain.remove(ids.b);
    expect(entries(dir)).toEqual([ids.c]);
    expect(existsSync(join(dir, `secrets.json.lock`))).toBe(false);
  });

  it('does not create secrets.json when there is none', async () => {
    const dir = tempDir();
    const svc = await ProfileService.open({ dir });
    const p = await svc.save({ profile: draft('a'), secret: 'pw' });
    await svc.forgetSecret(p.id);
    await svc.remove(p.id);
    expect(existsSync(join(dir, 'secrets.json'))).toBe(false);
  });
});
