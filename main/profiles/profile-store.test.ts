import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileDraft, type ProfileDraftInput } from '../../shared/schemas/profile.js';
import { isOpenStackError } from '../openstack/errors.js';
import { ProfileStore } from './profile-store.js';
import { STORE_SCHEMA_VERSION } from './store-migrations.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nd-store-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function draft(name: string, extra: Partial<ProfileDraftInput> = {}): ProfileDraft {
  return ProfileDraft.parse({
    name,
    auth: {
      type: 'password',
      authUrl: 'http://127.0.0.1:5000/v3',
      user: { name: 'demo', domain: { name: 'Default' } },
      project: { name: 'demo', domain: { name: 'Default' } },
    },
    ...extra,
  });
}

const fileOf = (dir: string) => join(dir, 'profiles.json');
const modeOf = (path: string) => statSync(path).mode & 0o777;
const asideFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('profiles.json.corrupt-'));

async function rejection(p: Promise<unknown>): Promise<{ kind?: string; field?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isOpenStackError(e)) return { kind: e.kind, ...(e.field ? { field: e.field } : {}), message: e.message };
    return { message: String(e) };
  }
  throw new Error('expected a rejection');
}

describe('ProfileStore basics', () => {
  it('creates, reads back from a fresh instance, updates and removes', async () => {
    const dir = tempDir();
    const a = await ProfileStore.open({ cwd: dir });
    const p = await a.create(draft('Demo Cloud', { region: 'RegionOne', production: true }));
    expect(p.id).toMatch(/^demo-cloud-[0-9a-f]{6}$/);
    const b = await ProfileStore.open({ cwd: dir });
    expect(b.get(p.id)).toEqual(p);
    const updated = await b.update(p.id, { ...draft('Demo Cloud'), region: 'RegionTwo' });
    expect(a.get(p.id)?.region).toBe('RegionTwo');
    expect(updated.production).toBe(false);
    expect(await a.remove(p.id)).toBe(true);
    expect(b.list()).toEqual([]);
    expect(await a.remove(p.id)).toBe(false);
  });

  it('refuses a second profile with the same name, naming the field', async () => {
    const s = await ProfileStore.open({ cwd: tempDir() });
    await s.create(draft('demo'));
    const err = await rejection(s.create(draft('demo')));
    expect(err.kind).toBe('validation');
    expect(err.field).toBe('name');
    const other = await s.create(draft('alt'));
    expect((await rejection(s.update(other.id, draft('demo')))).field).toBe('name');
    expect((await rejection(s.update('nope-000000', draft('x')))).kind).toBe('not_found');
  });

  it('gives each new profile the lowest free Ctrl+n slot, keeps it on update, refuses a taken one', async () => {
    const s = await ProfileStore.open({ cwd: tempDir() });
    const b = await s.create(draft('b'));
    const c = await s.create(draft('c'));
    // 'a' sorts first but joins last: the others keep their numbers
    const a = await s.create(draft('a'));
    expect([b.shortcut, c.shortcut, a.shortcut]).toEqual([1, 2, 3]);
    const { id: _id, ...rest } = b;
    expect((await s.update(b.id, { ...rest, shortcut: undefined, region: 'R2' })).shortcut).toBe(1);
    expect((await s.update(b.id, { ...rest, shortcut: 7 })).shortcut).toBe(7);
    const err = await rejection(s.create(draft('d', { shortcut: 2 })));
    expect(err.field).toBe('shortcut');
    expect((await rejection(s.update(a.id, { ...draft('a'), shortcut: 7 }))).field).toBe('shortcut');
  });

  it('writes the file with mode 0600, and tightens an older looser file', async () => {
    const dir = tempDir();
    const s = await ProfileStore.open({ cwd: dir });
    await s.create(draft('demo'));
    expect(modeOf(fileOf(dir))).toBe(0o600);
    chmodSync(fileOf(dir), 0o644);
    await ProfileStore.open({ cwd: dir });
    expect(modeOf(fileOf(dir))).toBe(0o600);
    chmodSync(fileOf(dir), 0o666);
    await s.create(draft('alt'));
    expect(modeOf(fileOf(dir))).toBe(0o600);
  });

  it('records the schema version and notifies listeners of changes', async () => {
    const dir = tempDir();
    const s = await ProfileStore.open({ cwd: dir });
    const seen: string[] = [];
    s.onChange((c) => seen.push(`${c.kind}:${c.id}`));
    const p = await s.create(draft('demo'));
    await s.remove(p.id);
    expect(seen).toEqual([`created:${p.id}`, `removed:${p.id}`]);
    const doc = JSON.parse(readFileSync(fileOf(dir), 'utf8')) as { __internal__: { migrations: { version: string } } };
    expect(doc.__internal__.migrations.version).toBe(STORE_SCHEMA_VERSION);
  });
});

describe('ProfileStore with a damaged file', () => {
  const good = () =>
    JSON.stringify({ profiles: { 'demo-aaaaaa': { ...draft('demo') } }, __internal__: { migrations: { version: '2.0.0' } } }, null, 2);

  it.each([
    ['garbage', 'this is {not json'],
    ['a truncated file', good().slice(0, 60)],
    ['a JSON array', '[1,2,3]'],
    ['profiles of the wrong type', '{"profiles": [1]}'],
  ])('moves %s aside, reports it, and starts writable', async (_what, content) => {
    const dir = tempDir();
    writeFileSync(fileOf(dir), content);
    const s = await ProfileStore.open({ cwd: dir, now: () => new Date('2025-01-02T03:04:05.678Z') });
    const problems = s.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.kind).toBe('corrupt');
    expect(problems[0]?.movedTo).toBe(`${fileOf(dir)}.corrupt-2025-01-02T03-04-05.678Z`);
    // the damaged bytes are kept, not replaced
    expect(readFileSync(problems[0]?.movedTo ?? '', 'utf8')).toBe(content);
    expect(s.list()).toEqual([]);
    expect(s.readOnly).toBeUndefined();
    await s.create(draft('fresh'));
    expect(s.list().map((p) => p.name)).toEqual(['fresh']);
    expect(asideFiles(dir)).toHaveLength(1);
  });

  it('leaves an unreadable path (a directory) where it is, read-only, and says so', async () => {
    const dir = tempDir();
    mkdirSync(fileOf(dir));
    writeFileSync(join(fileOf(dir), 'inside'), 'x');
    const s = await ProfileStore.open({ cwd: dir, io: { delaysMs: [1] } });
    expect(s.problems()[0]?.kind).toBe('unreadable');
    expect(s.problems()[0]?.message).toContain('EISDIR');
    expect(s.problems()[0]?.movedTo).toBeUndefined();
    expect(statSync(fileOf(dir)).isDirectory()).toBe(true);
    expect((await rejection(s.create(draft('demo')))).kind).toBe('storage');
    expect(asideFiles(dir)).toEqual([]);
  });

  it('keeps a file from a newer version untouched and refuses to write', async () => {
    const dir = tempDir();
    const newer = JSON.stringify({
      profiles: { 'demo-aaaaaa': { ...draft('demo'), futureField: 1 }, 'alt-bbbbbb': { ...draft('alt') } },
      __internal__: { migrations: { version: '3.1.0' } },
    });
    writeFileSync(fileOf(dir), newer);
    const s = await ProfileStore.open({ cwd: dir });
    expect(s.readOnly).toContain('newer Novadesk');
    expect(s.problems().map((p) => p.kind)).toContain('newer_version');
    // what this version understands is still shown
    expect(s.list().map((p) => p.name)).toEqual(['alt']);
    const err = await rejection(s.create(draft('new')));
    expect(err.kind).toBe('conflict');
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(newer);
    expect(asideFiles(dir)).toEqual([]);
  });

  it('stops writing when another instance upgraded the file meanwhile', async () => {
    const dir = tempDir();
    const s = await ProfileStore.open({ cwd: dir });
    await s.create(draft('demo'));
    const doc = JSON.parse(readFileSync(fileOf(dir), 'utf8')) as Record<string, unknown>;
    doc.__internal__ = { migrations: { version: '3.0.0' } };
    const upgraded = JSON.stringify(doc);
    writeFileSync(fileOf(dir), upgraded);
    expect((await rejection(s.create(draft('alt')))).kind).toBe('conflict');
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(upgraded);
    expect(s.problems().some((p) => p.kind === 'newer_version')).toBe(true);
  });

  it('reports one invalid profile, keeps it on disk, and serves the others', async () => {
    const dir = tempDir();
    writeFileSync(
      fileOf(dir),
      JSON.stringify({
        profiles: { 'bad-000000': { ...draft('bad'), auth: { type: 'password', authUrl: 'ftp://x' } }, 'ok-111111': draft('ok') },
        __internal__: { migrations: { version: '2.0.0' } },
      }),
    );
    const s = await ProfileStore.open({ cwd: dir });
    expect(s.list().map((p) => p.id)).toEqual(['ok-111111']);
    const bad = s.problems().find((p) => p.kind === 'invalid_profile');
    expect(bad?.profileId).toBe('bad-000000');
    expect(bad?.field).toMatch(/^auth\./);
    await s.create(draft('more'));
    const onDisk = JSON.parse(readFileSync(fileOf(dir), 'utf8')) as { profiles: Record<string, unknown> };
    expect(Object.keys(onDisk.profiles).sort()).toContain('bad-000000');
  });

  it('moves aside a file damaged while running, and keeps working', async () => {
    const dir = tempDir();
    const s = await ProfileStore.open({ cwd: dir });
    await s.create(draft('demo'));
    writeFileSync(fileOf(dir), '{"profiles": {"x"');
    expect(s.list()).toEqual([]);
    expect(s.problems().map((p) => p.kind)).toEqual(['corrupt']);
    expect(asideFiles(dir)).toHaveLength(1);
    await s.create(draft('again'));
    expect(s.list().map((p) => p.name)).toEqual(['again']);
  });
});

describe('ProfileStore migrations', () => {
  it('migrates a v1 file: interface defaults to public, cacert moves under tls', async () => {
    const dir = tempDir();
    const { interface: _i, tls: _t, ...v1 } = draft('old');
    writeFileSync(
      fileOf(dir),
      JSON.stringify({
        profiles: { 'old-123456': { ...v1, cacert: '/etc/ssl/old.pem' }, 'kept-123456': { ...draft('kept', { interface: 'internal' }) } },
        __internal__: { migrations: { version: '1.0.0' } },
      }),
    );
    const s = await ProfileStore.open({ cwd: dir });
    expect(s.problems()).toEqual([]);
    const old = s.get('old-123456');
    expect(old?.interface).toBe('public');
    expect(old?.tls).toEqual({ verify: true, caFile: '/etc/ssl/old.pem' });
    expect(s.get('kept-123456')?.interface).toBe('internal');
    const doc = JSON.parse(readFileSync(fileOf(dir), 'utf8')) as {
      profiles: Record<string, Record<string, unknown>>;
      __internal__: { migrations: { version: string } };
    };
    expect(doc.__internal__.migrations.version).toBe('2.0.0');
    expect(doc.profiles['old-123456']?.cacert).toBeUndefined();
    expect(modeOf(fileOf(dir))).toBe(0o600);
  });

  it('migrates a file without any version marker (written by hand)', async () => {
    const dir = tempDir();
    const { interface: _i, ...noInterface } = draft('hand');
    writeFileSync(fileOf(dir), JSON.stringify({ profiles: { 'hand-000001': noInterface } }));
    const s = await ProfileStore.open({ cwd: dir });
    expect(s.get('hand-000001')?.interface).toBe('public');
  });
});

describe('two instances on one directory', () => {
  it('never lose each other’s changes when interleaved in one process', async () => {
    const dir = tempDir();
    const [a, b] = await Promise.all([ProfileStore.open({ cwd: dir }), ProfileStore.open({ cwd: dir })]);
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).create(draft(`p${i}`))));
    expect(a.list()).toHaveLength(20);
    expect(b.list()).toHaveLength(20);
    const first = a.list()[0];
    if (!first) throw new Error('no profile');
    await b.remove(first.id);
    expect(a.get(first.id)).toBeUndefined();
  });

  it('never lose each other’s changes across processes', async () => {
    const dir = tempDir();
    const script = join(dir, 'writer.mts');
    const storeUrl = new URL('./profile-store.ts', import.meta.url).href;
    const schemaUrl = new URL('../../shared/schemas/profile.ts', import.meta.url).href;
    writeFileSync(
      script,
      `import { ProfileStore } from ${JSON.stringify(storeUrl)};
import { ProfileDraft } from ${JSON.stringify(schemaUrl)};
const [dir, tag] = process.argv.slice(2);
const s = await ProfileStore.open({ cwd: dir, lock: { timeoutMs: 20000 } });
for (let i = 0; i < 15; i++) {
  await s.create(ProfileDraft.parse({ name: tag + i, auth: { type: 'password', authUrl: 'http://h/v3', user: { id: 'u' }, project: { id: 'p' } } }));
}
`,
    );
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const run = (tag: string) =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(tsx, [script, dir, tag], { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('error', reject);
        child.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run('a'), run('b'), run('c')])).toEqual([0, 0, 0]);
    const s = await ProfileStore.open({ cwd: dir });
    expect(s.list()).toHaveLength(45);
    expect(s.problems()).toEqual([]);
  }, 60_000);

  it('waits for a lock held by a live process and names it when giving up', async () => {
    const dir = tempDir();
    const s = await ProfileStore.open({ cwd: dir, lock: { timeoutMs: 150 } });
    writeFileSync(`${fileOf(dir)}.lock`, JSON.stringify({ pid: process.ppid, token: 'theirs', at: new Date().toISOString() }));
    const err = await rejection(s.create(draft('demo')));
    expect(err.message).toContain(`process ${process.ppid}`);
    expect(s.list()).toEqual([]);
  });

  it('breaks a lock left behind by a process that died', async () => {
    const dir = tempDir();
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid ?? 999_999));
    });
    const s = await ProfileStore.open({ cwd: dir, lock: { timeoutMs: 2000 } });
    writeFileSync(`${fileOf(dir)}.lock`, JSON.stringify({ pid: dead, token: 'gone', at: new Date().toISOString() }));
    await s.create(draft('demo'));
    expect(s.list()).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.lock'))).toEqual([]);
  });
});
