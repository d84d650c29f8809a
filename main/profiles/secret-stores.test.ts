import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isOpenStackError } from '../openstack/errors.js';
import { EncryptedFileSecretStore, chooseSecretStore, type SafeStorageLike } from './encrypted-secret-store.js';
import { ProfileSecrets } from './profile-secrets.js';
import { MemorySecretStore } from './secret-store.js';

/**
 * Stands in for the OS keychain boundary (Electron safeStorage), not for a cloud: a real
 * AES-256-GCM with a key that lives only in this object, as the keychain's would.
 */
function fakeKeychain(backend?: string, key = randomBytes(32)): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    encryptString(plain: string): Buffer {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(enc: Buffer): string {
      const d = createDecipheriv('aes-256-gcm', key, enc.subarray(0, 12));
      d.setAuthTag(enc.subarray(12, 28));
      return Buffer.concat([d.update(enc.subarray(28)), d.final()]).toString('utf8');
    },
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
  };
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nd-secrets-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('MemorySecretStore', () => {
  it('keeps secrets for the run and says so', async () => {
    const s = new MemorySecretStore();
    expect(s.persistent).toBe(false);
    expect(s.notice).toMatch(/this run only/);
    await s.set('a', { secret: 'pw' });
    expect(await s.get('a')).toEqual({ secret: 'pw' });
    expect(await s.has('b')).toBe(false);
    await s.delete('a');
    expect(await s.get('a')).toBeUndefined();
  });
});

describe('chooseSecretStore', () => {
  it('falls back to memory with a notice when there is no keychain', () => {
    const none = chooseSecretStore({ dir: tempDir() });
    expect(none.persistent).toBe(false);
    expect(none.notice).toMatch(/No system keychain/);
    const unavailable = chooseSecretStore({ dir: tempDir(), safeStorage: { ...fakeKeychain(), isEncryptionAvailable: () => false } });
    expect(unavailable.persistent).toBe(false);
    expect(unavailable.notice).toMatch(/not available/);
  });

  it("refuses Linux's basic_text backend", () => {
    const s = chooseSecretStore({ dir: tempDir(), platform: 'linux', safeStorage: fakeKeychain('basic_text') });
    expect(s.persistent).toBe(false);
    expect(s.notice).toContain('basic_text');
    expect(s.notice).toMatch(/this run only/);
  });

  it('uses the keychain on Linux with a keyring, and on macOS/Windows', () => {
    expect(chooseSecretStore({ dir: tempDir(), platform: 'linux', safeStorage: fakeKeychain('gnome_libsecret') })).toBeInstanceOf(
      EncryptedFileSecretStore,
    );
    expect(chooseSecretStore({ dir: tempDir(), platform: 'darwin', safeStorage: fakeKeychain() }).persistent).toBe(true);
    expect(chooseSecretStore({ dir: tempDir(), platform: 'win32', safeStorage: fakeKeychain() }).notice).toBeUndefined();
  });
});

describe('EncryptedFileSecretStore', () => {
  it('stores only ciphertext, in a 0600 file, readable by a later instance', async () => {
    const dir = tempDir();
    const keychain = fakeKeychain();
    const a = new EncryptedFileSecretStore(dir, keychain);
    await a.set('demo-1', { secret: 'canary-password-1234', boundTo: { origin: 'http://h:5000', verify: true } });
    await a.set('alt-2', { secret: 'canary-secret-5678' });
    const raw = readFileSync(a.path, 'utf8');
    expect(raw).not.toContain('canary');
    expect(raw).not.toContain(Buffer.from('canary-password-1234').toString('base64'));
    expect(statSync(a.path).mode & 0o777).toBe(0o600);
    const b = new EncryptedFileSecretStore(dir, keychain);
    expect(await b.get('demo-1')).toEqual({ secret: 'canary-password-1234', boundTo: { origin: 'http://h:5000', verify: true } });
    await b.delete('demo-1');
    expect(await a.get('demo-1')).toBeUndefined();
    expect(await a.get('alt-2')).toEqual({ secret: 'canary-secret-5678' });
    expect(readFileSync(a.path, 'utf8')).not.toContain('demo-1');
  });

  it('reads a secret the keychain can no longer decrypt as missing', async () => {
    const dir = tempDir();
    await new EncryptedFileSecretStore(dir, fakeKeychain()).set('demo-1', { secret: 'pw' });
    const otherKey = new EncryptedFileSecretStore(dir, fakeKeychain());
    expect(await otherKey.get('demo-1')).toBeUndefined();
    expect(await otherKey.has('demo-1')).toBe(false);
  });

  it('keeps both writes of two instances writing at once', async () => {
    const dir = tempDir();
    const k = fakeKeychain();
    const a = new EncryptedFileSecretStore(dir, k);
    const b = new EncryptedFileSecretStore(dir, k);
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).set(`p${i}`, { secret: `s${i}` })));
    for (let i = 0; i < 10; i++) expect((await a.get(`p${i}`))?.secret).toBe(`s${i}`);
  });
});

describe('ProfileSecrets', () => {
  const profile = (rememberSecret: boolean) =>
    ({
      id: 'demo-1',
      name: 'demo',
      rememberSecret,
      auth: { type: 'application_credential', authUrl: 'http://h', applicationCredential: { id: 'x' } },
      tls: { verify: true },
    }) as const;

  it('routes by the remember choice and moves the secret when it changes', async () => {
    const persistent = new EncryptedFileSecretStore(tempDir(), fakeKeychain());
    const secrets = new ProfileSecrets(persistent);
    await secrets.set(profile(false), 'pw');
    expect(await persistent.get('demo-1')).toBeUndefined();
    expect(await secrets.get(profile(false))).toBe('pw');
    await secrets.follow(profile(true));
    expect(await persistent.get('demo-1')).toEqual({ secret: 'pw', boundTo: { origin: 'http://h', verify: true } });
    await secrets.follow(profile(false));
    expect(await persistent.get('demo-1')).toBeUndefined();
    expect(await secrets.has(profile(false))).toBe(true);
    await secrets.delete('demo-1');
    expect(await secrets.has(profile(false))).toBe(false);
  });

  it('reports the keychain situation', () => {
    expect(new ProfileSecrets(new MemorySecretStore()).info()).toEqual({ persistent: false, notice: expect.stringMatching(/this run only/) });
    expect(new ProfileSecrets(new EncryptedFileSecretStore(tempDir(), fakeKeychain())).info()).toEqual({ persistent: true });
  });

  it('a missing secret is secret_unavailable naming the profile and what to ask for', async () => {
    const secrets = new ProfileSecrets(new MemorySecretStore());
    try {
      await secrets.require(profile(false));
      expect.unreachable();
    } catch (e) {
      expect(isOpenStackError(e) && e.kind).toBe('secret_unavailable');
      expect(String((e as Error).message)).toContain('"demo" (demo-1)');
      expect(String((e as Error).message)).toContain('application credential secret');
    }
  });
});
