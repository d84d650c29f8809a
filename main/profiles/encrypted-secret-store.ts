import type { StoreProblem } from '../../shared/schemas/profile.js';
import type { LockOptions } from './lock-file.js';
import { MemorySecretStore, RUN_ONLY_NOTICE, type SecretStore, type StoredSecret } from './secret-store.js';
import { SecretsFile, type SecretsFileOptions } from './secrets-file.js';

/**
 * The shape of Electron's `safeStorage`, which the Electron shell passes in; this module never
 * imports electron. Encryption keys live in the OS keychain (Keychain, DPAPI, libsecret/kwallet).
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown' */
  getSelectedStorageBackend?(): string;
}

/**
 * Secrets encrypted by the OS keychain, stored in `<dir>/secrets.json` (mode 0600, atomic
 * writes, the same lock discipline as the profile file for a second running instance; see
 * secrets-file.ts). Beside each ciphertext, in clear, the auth URL origin it was saved for.
 * A secret that no longer decrypts (keychain reset, file copied from another machine) reads
 * as missing, so the user is asked for it again.
 */
export class EncryptedFileSecretStore implements SecretStore {
  readonly persistent = true;
  readonly notice = undefined;
  readonly file: SecretsFile;

  constructor(
    dir: string,
    private readonly crypto: SafeStorageLike,
    options: SecretsFileOptions = {},
  ) {
    this.file = new SecretsFile(dir, options);
  }

  get path(): string {
    return this.file.path;
  }

  problems(): StoreProblem[] {
    return this.file.problems();
  }

  check(): Promise<void> {
    return this.file.check();
  }

  async get(profileId: string): Promise<StoredSecret | undefined> {
    const doc = await this.file.read();
    const enc = doc.secrets[profileId];
    if (enc === undefined) return undefined;
    let secret: string;
    try {
      secret = this.crypto.decryptString(Buffer.from(enc, 'base64'));
    } catch {
      return undefined;
    }
    const boundTo = doc.bindings[profileId];
    return { secret, ...(boundTo ? { boundTo } : {}) };
  }

  async set(profileId: string, stored: StoredSecret): Promise<void> {
    const enc = this.crypto.encryptString(stored.secret).toString('base64');
    await this.file.change((doc) => {
      doc.secrets[profileId] = enc;
      if (stored.boundTo) doc.bindings[profileId] = stored.boundTo;
      else delete doc.bindings[profileId];
    });
  }

  async delete(profileId: string): Promise<void> {
    await this.file.remove(profileId);
  }

  async has(profileId: string): Promise<boolean> {
    return (await this.get(profileId)) !== undefined;
  }
}

export interface SecretStoreChoice {
  dir: string;
  /** Electron's safeStorage, once the app is ready; absent in the browser host */
  safeStorage?: SafeStorageLike;
  platform?: NodeJS.Platform;
  lock?: LockOptions;
}

/**
 * The keychain-backed store where it protects anything, else memory with a notice. Linux's
 * `basic_text` backend encrypts with a password hard-coded in Chromium, i.e. plain text in
 * disguise, so it is refused like a missing keychain.
 */
export function chooseSecretStore(choice: SecretStoreChoice): SecretStore {
  const platform = choice.platform ?? process.platform;
  const safe = choice.safeStorage;
  if (!safe) return new MemorySecretStore(`No system keychain is reachable here. ${RUN_ONLY_NOTICE}`);
  let available = false;
  try {
    available = safe.isEncryptionAvailable();
  } catch {
    available = false;
  }
  if (!available) return new MemorySecretStore(`The system keychain is not available. ${RUN_ONLY_NOTICE}`);
  if (platform === 'linux') {
    const backend = safe.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown') {
      return new MemorySecretStore(
        `No keyring service (GNOME Keyring or KWallet) was found, only unprotected storage (${backend}). ${RUN_ONLY_NOTICE}`,
      );
    }
  }
  return new EncryptedFileSecretStore(choice.dir, safe, choice.lock ? { lock: choice.lock } : {});
}
