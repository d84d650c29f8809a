import { SECRET_LABEL, type Profile, type SecretStorageInfo } from '../../shared/schemas/profile.js';
import { OpenStackError } from '../openstack/errors.js';
import { MemorySecretStore, type SecretStore } from './secret-store.js';

type SecretOwner = Pick<Profile, 'id' | 'rememberSecret'>;

/**
 * Routes each profile's secret by its "remember" choice: remembered ones to the persistent
 * store (the keychain-backed one when there is one), the others to memory for this run.
 * A secret lives in exactly one of the two, so turning "remember" off really forgets it.
 */
export class ProfileSecrets {
  private readonly run: SecretStore;

  constructor(
    readonly persistent: SecretStore,
    run?: SecretStore,
  ) {
    // without a keychain the "persistent" store is memory too; one map is enough then
    this.run = run ?? (persistent.persistent ? new MemorySecretStore(undefined) : persistent);
  }

  info(): SecretStorageInfo {
    return {
      persistent: this.persistent.persistent,
      ...(this.persistent.notice ? { notice: this.persistent.notice } : {}),
    };
  }

  private target(p: SecretOwner): { keep: SecretStore; other: SecretStore } {
    const keep = p.rememberSecret ? this.persistent : this.run;
    return { keep, other: keep === this.persistent ? this.run : this.persistent };
  }

  async set(p: SecretOwner, secret: string): Promise<void> {
    const { keep, other } = this.target(p);
    await keep.set(p.id, secret);
    if (other !== keep) await other.delete(p.id);
  }

  async get(profileId: string): Promise<string | undefined> {
    return (await this.run.get(profileId)) ?? (await this.persistent.get(profileId));
  }

  async has(profileId: string): Promise<boolean> {
    return (await this.get(profileId)) !== undefined;
  }

  async delete(profileId: string): Promise<void> {
    await this.run.delete(profileId);
    if (this.persistent !== this.run) await this.persistent.delete(profileId);
  }

  /** After a profile's "remember" choice changed: move its secret to where it now belongs. */
  async follow(p: SecretOwner): Promise<void> {
    const secret = await this.get(p.id);
    if (secret !== undefined) await this.set(p, secret);
  }

  /** The secret, or `secret_unavailable` naming the profile and what to ask the user for. */
  async require(p: Pick<Profile, 'id' | 'name' | 'auth'>): Promise<string> {
    const secret = await this.get(p.id);
    if (secret !== undefined) return secret;
    throw missingSecret(p);
  }
}

export function missingSecret(p: Pick<Profile, 'id' | 'name' | 'auth'>): OpenStackError {
  return new OpenStackError(
    'secret_unavailable',
    `profile "${p.name}" (${p.id}) needs its ${SECRET_LABEL[p.auth.type]}: none is stored for this run`,
    { field: 'secret' },
  );
}
