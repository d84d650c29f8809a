import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { SecretBinding, StoreProblem } from '../../shared/schemas/profile.js';
import { OpenStackError } from '../openstack/errors.js';
import { fileTimestamp, writeFileAtomic } from './atomic-file.js';
import { diskError } from './disk-error.js';
import { withFileLock, type LockOptions } from './lock-file.js';
import { readErrorCode, readWithRetry, type ReadRetry } from './read-retry.js';

/** `secrets.json`: keychain-encrypted secrets by profile id, and what each was saved for. */
export interface SecretsDoc {
  version: 1;
  /** profile id → base64 of the keychain-encrypted secret */
  secrets: Record<string, string>;
  /** profile id → the auth URL origin and TLS setting the secret was saved with (not secret) */
  bindings: Record<string, SecretBinding>;
}

export interface SecretsFileOptions extends ReadRetry {
  lock?: LockOptions;
  /** injectable for tests of transient read errors */
  readFile?: (path: string) => Promise<string>;
  now?: () => Date;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Null-prototype maps: a profile id such as `constructor` must not find Object.prototype's. */
const dict = <T>(entries: [string, T][] = []): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));

const emptyDoc = (): SecretsDoc => ({ version: 1, secrets: dict(), bindings: dict() });

function isBinding(v: unknown): v is SecretBinding {
  return isRecord(v) && typeof v.origin === 'string' && typeof v.verify === 'boolean';
}

/** The document, or why it is damaged. Bindings that do not validate are dropped (they are re-bound on use). */
function parseDoc(text: string): SecretsDoc | string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // the parser's message quotes the text around the fault, which is ciphertext; leave it out
    return 'is not valid JSON';
  }
  if (!isRecord(doc) || !isRecord(doc.secrets)) return 'does not hold a "secrets" object';
  const secrets = Object.entries(doc.secrets);
  if (secrets.some(([, v]) => typeof v !== 'string')) return 'holds a secret that is not text';
  const bindings = isRecord(doc.bindings) ? Object.entries(doc.bindings).filter(([, b]) => isBinding(b)) : [];
  return { version: 1, secrets: dict(secrets as [string, string][]), bindings: dict(bindings as [string, SecretBinding][]) };
}

/**
 * The secrets file itself, apart from any keychain: the encrypted store reads and writes it
 * through this, and without a keychain it is still opened to forget a secret left there by an
 * earlier run that had one. Read errors are retried and then reported, never taken for an
 * empty file; a file that was read and does not parse is moved aside and reported.
 */
export class SecretsFile {
  readonly path: string;
  private readonly found: StoreProblem[] = [];

  constructor(
    dir: string,
    private readonly options: SecretsFileOptions = {},
  ) {
    this.path = join(dir, 'secrets.json');
  }

  problems(): StoreProblem[] {
    return [...this.found];
  }

  /** Reads once at start, so a damaged or unreadable file is reported before any secret is needed. */
  async check(): Promise<void> {
    try {
      await this.read();
    } catch (e) {
      if (!(e instanceof OpenStackError) || this.found.some((p) => p.kind === 'unreadable')) return;
      this.found.push({ kind: 'unreadable', file: this.path, message: e.message });
    }
  }

  async read(): Promise<SecretsDoc> {
    const readText = this.options.readFile ?? ((p: string) => readFile(p, 'utf8'));
    let text: string;
    try {
      text = await readWithRetry(() => readText(this.path), this.options);
    } catch (e) {
      if (readErrorCode(e) === 'ENOENT') return emptyDoc();
      throw new OpenStackError('storage', `${this.path} could not be read (${readErrorCode(e)}); it was left as it is, and the secrets in it cannot be used or changed until it can be read`);
    }
    if (text.trim() === '') return emptyDoc();
    const doc = parseDoc(text);
    if (typeof doc !== 'string') return doc;
    await this.moveAside(doc);
    return emptyDoc();
  }

  /** Read, edit, write back under the lock shared with a second running instance. */
  async change(edit: (doc: SecretsDoc) => void): Promise<void> {
    try {
      await withFileLock(
        `${this.path}.lock`,
        async () => {
          const doc = await this.read();
          edit(doc);
          await writeFileAtomic(this.path, JSON.stringify(doc, null, 1));
        },
        this.options.lock,
      );
    } catch (e) {
      throw diskError(e, this.path, 'written') ?? e;
    }
  }

  /** Drops a profile's entry; the file is not written when it has none. */
  async remove(profileId: string): Promise<void> {
    const doc = await this.read();
    if (!Object.hasOwn(doc.secrets, profileId) && !Object.hasOwn(doc.bindings, profileId)) return;
    await this.change((d) => {
      delete d.secrets[profileId];
      delete d.bindings[profileId];
    });
  }

  private async moveAside(reason: string): Promise<void> {
    const movedTo = `${this.path}.corrupt-${fileTimestamp((this.options.now ?? (() => new Date()))())}`;
    try {
      await rename(this.path, movedTo);
    } catch (e) {
      // another instance moved it first: it reports it; nothing is left here to lose
      if (readErrorCode(e) === 'ENOENT') return;
      throw new OpenStackError('storage', `${this.path} ${reason}, and it could not be moved aside (${readErrorCode(e)}); it was left as it is`);
    }
    this.found.push({
      kind: 'corrupt',
      file: this.path,
      movedTo,
      message: `${this.path} ${reason}; it was moved to ${movedTo}, and the secrets that were in it must be entered again`,
    });
  }
}
