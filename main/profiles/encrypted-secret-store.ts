import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';
import { diskError } from './disk-error.js';
import { withFileLock, type LockOptions } from './lock-file.js';
import { MemorySecretStore, RUN_ONLY_NOTICE, type SecretStore } from './secret-store.js';

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

interface SecretsFile {
  version: 1;
  /** profile id → base64 of the keychain-encrypted secret */
  secrets: Record<string, string>;
}

/**
 * Secrets encrypted by the OS keychain, stored in `<dir>/secrets.json` (mode 0600, atomic
 * writes, the same lock discipline as the profile file for a second running instance).
 * A secret that no longer decrypts (keychain reset, file copied from another machine) reads
 * as missing, so the user is asked for it again.
 */
export class EncryptedFileSecretStore implements SecretStore {
  readonly persistent = true;
  readonly notice = undefined;
  readonly path: string;

  constructor(
    dir: string,
    private readonly crypto: SafeStorageLike,
    private readonly lock: LockOptions = {},
  ) {
    this.path = join(dir, 'secrets.json');
  }

  async get(profileId: string): Promise<string | undefined> {
    const enc = (await this.read()).secrets[profileId];
    if (enc === undefined) return undefined;
    try {
      return this.crypto.decryptString(Buffer.from(enc, 'base64'));
    } catch {
      return undefined;
    }
  }

  async set(profileId: string, secret: string): Promise<void> {
    const enc = this.crypto.encryptString(secret).toString('base64');
    await this.change((s) => {
      s[profileId] = enc;
    });
  }

  async delete(profileId: string): Promise<void> {
    if ((await this.read()).secrets[profileId] === undefined) return;
    await this.change((s) => {
      delete s[profileId];
    });
  }

  async has(profileId: string): Promise<boolean> {
    return (await this.get(profileId)) !== undefined;
  }

  private async read(): Promise<SecretsFile> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') return { version: 1, secrets: {} };
      throw e;
    }
    try {
      const doc = JSON.parse(text) as Partial<SecretsFile>;
      return { version: 1, secrets: typeof doc.secrets === 'object' && doc.secrets ? doc.secrets : {} };
    } catch {
      // unreadable ciphertexts are worth nothing without their entries: asking again is the recovery
      return { version: 1, secrets: {} };
    }
  }

  private async change(edit: (secrets: Record<string, string>) => void): Promise<void> {
    try {
      await withFileLock(
        `${this.path}.lock`,
        async () => {
          const doc = await this.read();
          edit(doc.secrets);
          await writeFileAtomic(this.path, JSON.stringify(doc, null, 1));
        },
        this.lock,
      );
    } catch (e) {
      throw diskError(e, this.path, 'written') ?? e;
    }
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
  return new EncryptedFileSecretStore(choice.dir, safe, choice.lock);
}
