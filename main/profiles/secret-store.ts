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
  get(profileId: string): Promise<string | undefined>;
  set(profileId: string, secret: string): Promise<void>;
  delete(profileId: string): Promise<void>;
  has(profileId: string): Promise<boolean>;
}

export const RUN_ONLY_NOTICE = 'Secrets are kept for this run only and will be asked for again after a restart.';

/** Kept in this process's memory for this run only. */
export class MemorySecretStore implements SecretStore {
  readonly persistent = false;
  private readonly secrets = new Map<string, string>();

  constructor(readonly notice: string | undefined = RUN_ONLY_NOTICE) {}

  async get(profileId: string): Promise<string | undefined> {
    return this.secrets.get(profileId);
  }
  async set(profileId: string, secret: string): Promise<void> {
    this.secrets.set(profileId, secret);
  }
  async delete(profileId: string): Promise<void> {
    this.secrets.delete(profileId);
  }
  async has(profileId: string): Promise<boolean> {
    return this.secrets.has(profileId);
  }
}
