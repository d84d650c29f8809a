import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testKeychain } from '../../e2e/reliability/support/test-keychain.js';
import { ProfileDraft, secretBindingAllows, secretBindingOf, type ProfileDraftInput } from '../../shared/schemas/profile.js';
import { EncryptedFileSecretStore } from './encrypted-secret-store.js';
import { ProfileSecrets } from './profile-secrets.js';
import { ProfileService } from './profile-service.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nd-binding-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const bind = (authUrl: string, verify = true) => secretBindingOf({ auth: { authUrl }, tls: { verify } });

describe('the secret binding rule', () => {
  const saved = bind('https://keystone.example.com:5000/v3');
  if (!saved) throw new Error('no binding');

  it('allows the same scheme, host and port, whatever the path, case or default port', () => {
    expect(saved).toEqual({ origin: 'https://keystone.example.com:5000', verify: true });
    expect(secretBindingAllows(saved, bind('https://KEYSTONE.example.com:5000/identity/v3/'))).toBe(true);
    const https443 = bind('https://k.example.com/v3');
    expect(https443 && secretBindingAllows(https443, bind('https://k.example.com:443/v3'))).toBe(true);
  });

  it.each([
    ['another host', 'https://keystone.example.org:5000/v3'],
    ['another port', 'https://keystone.example.com:5001/v3'],
    ['plain http', 'http://keystone.example.com:5000/v3'],
    ['no URL at all', 'not a url'],
  ])('refuses %s', (_what, url) => {
    expect(secretBindingAllows(saved, bind(url))).toBe(false);
  });

  it('refuses once certificate checks are turned off, not when they are turned on', () => {
    expect(secretBindingAllows(saved, bind('https://keystone.example.com:5000/v3', false))).toBe(false);
    const savedUnverified = bind('https://keystone.example.com:5000/v3', false);
    expect(savedUnverified && secretBindingAllows(savedUnverified, bind('https://keystone.example.com:5000/v3', true))).toBe(true);
  });
});

const owner = (authUrl: string, verify = true) => ({
  id: 'demo-1',
  name: 'demo',
  rememberSecret: true,
  auth: { type: 'password' as const, authUrl, user: { id: 'u' }, project: { id: 'p' } },
  tls: { verify },
});

describe('ProfileSecrets bound to an origin', () => {
  it('hands the secret out only for the origin it was saved with', async () => {
    const secrets = new ProfileSecrets(new EncryptedFileSecretStore(tempDir(), testKeychain()));
    await secrets.set(owner('http://127.0.0.1:5000/v3'), 'pw');
    expect(await secrets.get(owner('http://127.0.0.1:5000/v3'))).toBe('pw');
    expect(await secrets.forDestination(owner('http://127.0.0.1:5000/v3'), owner('http://127.0.0.2:5000/v3'))).toEqual({
      reason: 'moved',
      boundTo: { origin: 'http://127.0.0.1:5000', verify: true },
    });
    // a profile whose auth URL was changed by other means (an import's replace, a hand edit) has none
    expect(await secrets.get(owner('http://127.0.0.1:5001/v3'))).toBeUndefined();
    await expect(secrets.require(owner('http://127.0.0.1:5000/v3'), owner('http://127.0.0.1:5000/v3', false))).rejects.toMatchObject({
      kind: 'secret_unavailable',
      field: 'secret',
      message: expect.stringMatching(/certificate checks were on/),
    });
  });

  it('binds a secret saved before bindings existed to the auth URL it is first read with', async () => {
    const dir = tempDir();
    const keychain = testKeychain();
    const enc = keychain.encryptString('legacy-pw').toString('base64');
    writeFileSync(join(dir, 'secrets.json'), JSON.stringify({ version: 1, secrets: { 'demo-1': enc } }));
    const secrets = new ProfileSecrets(new EncryptedFileSecretStore(dir, keychain));
    expect(await secrets.get(owner('http://127.0.0.1:5000/v3'))).toBe('legacy-pw');
    const onDisk = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')) as { bindings: Record<string, unknown> };
    expect(onDisk.bindings['demo-1']).toEqual({ origin: 'http://127.0.0.1:5000', verify: true });
    expect(await secrets.get(owner('http://10.0.0.9:5000/v3'))).toBeUndefined();
  });
});

const draft = (authUrl: string, extra: Partial<ProfileDraftInput> = {}) =>
  ProfileDraft.parse({
    name: 'lab',
    auth: { type: 'password', authUrl, user: { name: 'demo', domain: { name: 'Default' } }, project: { name: 'demo', domain: { name: 'Default' } } },
    ...extra,
  });

describe('ProfileService: the stored secret does not follow an edited auth URL', () => {
  it('refuses a save that changes the origin without a new secret, and writes nothing', async () => {
    const svc = await ProfileService.open({ dir: tempDir() });
    const saved = await svc.save({ profile: draft('http://127.0.0.1:5000/v3'), secret: 'pw' });
    const before = readFileSync(svc.store.path, 'utf8');
    for (const moved of [draft('http://127.0.0.2:5000/v3'), draft('http://127.0.0.1:5000/v3', { tls: { verify: false } })]) {
      await expect(svc.save({ id: saved.id, profile: moved })).rejects.toMatchObject({
        kind: 'secret_unavailable',
        field: 'secret',
        message: expect.stringMatching(/Enter the password again for the new address/),
      });
    }
    expect(readFileSync(svc.store.path, 'utf8')).toBe(before);
    // the same origin with another path is the same cloud: saved, secret kept
    const samePlace = await svc.save({ id: saved.id, profile: draft('http://127.0.0.1:5000/identity/v3') });
    expect(samePlace.hasSecret).toBe(true);
  });

  it('rebinds when the save brings a new secret', async () => {
    const svc = await ProfileService.open({ dir: tempDir() });
    const saved = await svc.save({ profile: draft('http://127.0.0.1:5000/v3'), secret: 'pw' });
    const moved = await svc.save({ id: saved.id, profile: draft('http://127.0.0.2:5000/v3'), secret: 'pw2' });
    expect(moved.hasSecret).toBe(true);
    expect(await svc.secretFor(saved.id)).toBe('pw2');
  });

  it('refuses to test an edited profile with the stored secret of another origin', async () => {
    const svc = await ProfileService.open({ dir: tempDir() });
    const saved = await svc.save({ profile: draft('http://127.0.0.1:5000/v3'), secret: 'pw' });
    await expect(svc.testConnection({ id: saved.id, profile: draft('http://127.0.0.2:5000/v3') })).rejects.toMatchObject({
      kind: 'secret_unavailable',
      field: 'secret',
    });
  });
});
