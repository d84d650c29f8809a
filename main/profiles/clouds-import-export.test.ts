import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isOpenStackError } from '../openstack/errors.js';
import { applyImport, planImport } from './clouds-import.js';
import { exportCloudsYaml } from './clouds-yaml-export.js';
import { parseCloudsConfig, type ImportCandidate } from './clouds-yaml-parse.js';
import { ProfileSecrets } from './profile-secrets.js';
import { ProfileService } from './profile-service.js';
import { ProfileStore } from './profile-store.js';
import { MemorySecretStore } from './secret-store.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nd-import-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function fixtureCandidates(): Promise<ImportCandidate[]> {
  const read = (n: string) => ({ path: join(fixtures, n), text: readFileSync(join(fixtures, n), 'utf8') });
  return (await parseCloudsConfig(read('clouds.yaml'), read('secure.yaml'))).candidates;
}

async function setup() {
  const store = await ProfileStore.open({ cwd: tempDir() });
  const secrets = new ProfileSecrets(new MemorySecretStore());
  return { store, secrets };
}

function errorOf(fn: () => unknown): { kind?: string; field?: string } {
  try {
    fn();
  } catch (e) {
    if (isOpenStackError(e)) return { kind: e.kind, ...(e.field ? { field: e.field } : {}) };
    throw e;
  }
  throw new Error('expected an error');
}

describe('import conflicts', () => {
  it('imports everything when nothing clashes, secrets into the secret store', async () => {
    const { store, secrets } = await setup();
    const candidates = await fixtureCandidates();
    const applied = await applyImport(candidates, {}, { store, secrets });
    expect(applied.created).toHaveLength(candidates.length);
    const plain = store.findByName('plain');
    expect(plain && (await secrets.get(plain))).toBe('canary-from-secure-yaml');
    const named = store.findByName('appcred-by-name');
    expect(named && (await secrets.has(named))).toBe(false);
    // the profile file never sees a secret
    const file = readFileSync(store.path, 'utf8');
    for (const canary of ['canary-from-secure-yaml', 'canary-multi', 'canary-appcred-secret', 'canary-token-from-yaml']) {
      expect(file).not.toContain(canary);
    }
  });

  it('a clash needs a resolution, and nothing is written until all are valid', async () => {
    const { store, secrets } = await setup();
    const existing = await store.create((await fixtureCandidates())[0]?.draft ?? expect.unreachable());
    const candidates = await fixtureCandidates();
    const name = existing.name;
    expect(errorOf(() => planImport(candidates, {}, store.list()))).toEqual({ kind: 'validation', field: `resolutions.${name}` });
    expect(errorOf(() => planImport(candidates, { [name]: { action: 'rename', name: 'tokencloud' } }, store.list()))).toEqual({
      kind: 'validation',
      field: `resolutions.${name}.name`,
    });
    await expect(applyImport(candidates, {}, { store, secrets })).rejects.toThrow(/rename, replace or skip/);
    expect(store.list()).toHaveLength(1);
  });

  it('rename, skip and replace do what they say', async () => {
    const { store, secrets } = await setup();
    const draftOf = async (name: string) => (await fixtureCandidates()).find((c) => c.name === name)?.draft ?? expect.unreachable();
    const plain = await store.create({ ...(await draftOf('plain')), colour: '#000000', production: true, region: 'Old' });
    const tokencloud = await store.create(await draftOf('tokencloud'));
    const applied = await applyImport(
      await fixtureCandidates(),
      { plain: { action: 'replace' }, tokencloud: { action: 'rename', name: 'tokencloud-2' }, appcred: { action: 'skip' } },
      { store, secrets, rememberSecrets: false },
    );
    expect(applied.replaced).toEqual([plain.id]);
    expect(applied.skipped).toEqual(['appcred']);
    const replaced = store.get(plain.id);
    // connection settings from the file; the user's own choices kept
    expect(replaced?.region).toBe('RegionOne');
    expect(replaced?.colour).toBe('#000000');
    expect(replaced?.production).toBe(true);
    expect(await secrets.get(plain)).toBe('canary-from-secure-yaml');
    expect(store.get(tokencloud.id)?.name).toBe('tokencloud');
    expect(store.findByName('tokencloud-2')).toBeDefined();
    expect(store.findByName('appcred')).toBeUndefined();
  });
});

describe('export to clouds.yaml', () => {
  it('writes no secret, and reads back to the same profiles', async () => {
    const { store, secrets } = await setup();
    const candidates = await fixtureCandidates();
    await applyImport(candidates, {}, { store, secrets });
    const profiles = store.list();
    for (const p of profiles) expect(await secrets.has(p)).toBe(['appcred-by-name'].includes(p.name) ? false : true);
    const text = exportCloudsYaml(profiles);
    for (const canary of ['canary-from-secure-yaml', 'canary-multi', 'canary-appcred-secret', 'canary-token-from-yaml']) {
      expect(text).not.toContain(canary);
    }
    expect(text).not.toMatch(/password:|application_credential_secret:|\btoken:/);
    expect(text.startsWith('# Exported by Novadesk')).toBe(true);
    const dir = tempDir();
    writeFileSync(join(dir, 'clouds.yaml'), text);
    const back = await parseCloudsConfig({ path: join(dir, 'clouds.yaml'), text });
    expect(back.problems).toEqual([]);
    for (const p of profiles) {
      const again = back.candidates.find((c) => c.name === p.name);
      expect(again?.draft.auth).toEqual(p.auth);
      expect(again?.draft.region).toEqual(p.region);
      expect(again?.draft.interface).toEqual(p.interface);
      expect(again?.draft.tls).toEqual(p.tls);
      expect(again?.secret).toBeUndefined();
    }
  });

  it('keys the export by profile name with auth types openstacksdk knows', async () => {
    const { store, secrets } = await setup();
    await applyImport(await fixtureCandidates(), {}, { store, secrets });
    const doc = parse(exportCloudsYaml(store.list())) as { clouds: Record<string, { auth_type: string; verify?: boolean }> };
    expect(doc.clouds['multi-West']?.verify).toBe(false);
    expect(doc.clouds.appcred?.auth_type).toBe('v3applicationcredential');
    expect(doc.clouds.tokencloud?.auth_type).toBe('v3token');
    expect(doc.clouds.plain?.auth_type).toBe('v3password');
  });
});

describe('ProfileService', () => {
  it('never hands out a secret: views carry hasSecret only', async () => {
    const dir = tempDir();
    const svc = await ProfileService.open({ dir });
    const saved = await svc.save({
      profile: {
        name: 'demo',
        auth: { type: 'password', authUrl: 'http://127.0.0.1:5000/v3', user: { id: 'u' }, project: { id: 'p' } },
      },
      secret: 'canary-service-pw',
    });
    expect(saved.hasSecret).toBe(true);
    const outputs = [saved, await svc.list(), await svc.get(saved.id), svc.problems(), svc.secretStorage(), svc.exportCloudsYaml()];
    expect(JSON.stringify(outputs)).not.toContain('canary-service-pw');
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f), 'utf8')).not.toContain('canary-service-pw');
    expect(await svc.secretFor(saved.id)).toBe('canary-service-pw');
    expect((await svc.forgetSecret(saved.id)).hasSecret).toBe(false);
    await expect(svc.testConnection({ id: saved.id })).rejects.toMatchObject({ kind: 'secret_unavailable' });
  });

  it('imports through a scan id, and an expired scan is not_found', async () => {
    const dir = tempDir();
    const svc = await ProfileService.open({ dir });
    const scan = await svc.scanImport({
      env: { OS_CLIENT_CONFIG_FILE: join(fixtures, 'clouds.yaml'), OS_CLIENT_SECURE_FILE: join(fixtures, 'secure.yaml') },
      cwd: dir,
      home: dir,
      platform: 'linux',
    });
    expect(JSON.stringify(scan)).not.toContain('canary');
    expect(scan.candidates.find((c) => c.name === 'plain')?.hasSecret).toBe(true);
    expect(scan.problems.length).toBeGreaterThanOrEqual(5);
    const events: string[] = [];
    svc.onChange((e) => events.push(e.kind));
    const applied = await svc.applyImport({ scanId: scan.scanId });
    expect(applied.created).toHaveLength(scan.candidates.length);
    expect(events.filter((k) => k === 'created')).toHaveLength(scan.candidates.length);
    await expect(svc.applyImport({ scanId: scan.scanId })).rejects.toMatchObject({ kind: 'not_found' });
    const again = await svc.scanImport({ env: { OS_CLIENT_CONFIG_FILE: join(fixtures, 'clouds.yaml') }, cwd: dir, home: dir });
    expect(again.candidates.every((c) => c.conflictsWith !== undefined)).toBe(true);
  });

  it('rejects an invalid profile naming the field, and a CA file that is not there', async () => {
    const svc = await ProfileService.open({ dir: tempDir() });
    const bad = { name: 'x', auth: { type: 'password', authUrl: 'http://k/v3', user: { name: 'u' }, project: { id: 'p' } } };
    await expect(svc.save({ profile: bad })).rejects.toMatchObject({ kind: 'validation', field: 'auth.user.domain' });
    const ca = { ...bad, auth: { ...bad.auth, user: { id: 'u' } }, tls: { caFile: '/nonexistent/ca.pem' } };
    await expect(svc.save({ profile: ca })).rejects.toMatchObject({ kind: 'validation', field: 'tls.caFile' });
    expect(await svc.list()).toEqual([]);
  });
});
