import type { SecretBinding, StoreProblem } from '../../shared/schemas/profile.js';

/**
 * A stored secret and the auth URL origin / TLS setting it was saved for. `boundTo` is absent
 * only on secrets saved before bindings existed; they are bound on first use (profile-secrets.ts).
 */
export interface StoredSecret {
  secret: string;
  boundTo?: SecretBinding;
}

/**
 * Where profile secrets (password, application credential secret, token) live, apart from
 * the profile file. Nothing that reads a secret is ever exposed over IPC: callers in main ask
 * for it just before they authenticate.
 */
export interface SecretStore {
  /** true when secrets survive a restart */
  readonly persistent: boolean;
  /** what to tell the user about where secrets go, when it is not the OS keychain */
  readonly notice?: string;
  get(profileId: string): Promise<StoredSecret | undefined>;
  set(profileId: string, stored: StoredSecret): Promise<void>;
  delete(profileId: string): Promise<void>;
  has(profileId: string): Promise<boolean>;
  /** a damaged secrets file that was moved aside, for profiles.problems */
  problems?(): StoreProblem[];
  /** looks at its file once at start, so problems() has something to say before a secret is needed */
  check?(): Promise<void>;
}

export const RUN_ONLY_NOTICE = 'Secrets are kept for this run only and will be asked for again after a restart.';

/** Kept in this process's memory for this run only. */
export class MemorySecretStore implements SecretStore {
  readonly persistent = false;
  private readonly secrets = new Map<string, StoredSecret>();

  constructor(readonly notice: string | undefined = RUN_ONLY_NOTICE) {}

  async get(profileId: string): Promise<StoredSecret | undefined> {
    const s = this.secrets.get(profileId);
    return s && { ...s };
  }
  async set(profileId: string, stored: StoredSecret): Promise<void> {
    this.secrets.set(profileId, { ...stored });
  }
  async delete(profileId: string): Promise<void> {
    this.secrets.delete(profileId);
  }
  async has(profileId: string): Promise<boolean> {
    return this.secrets.has(profileId);
  }
}
