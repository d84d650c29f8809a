import {
  SECRET_LABEL,
  secretBindingAllows,
  secretBindingOf,
  type Profile,
  type SecretBinding,
  type SecretStorageInfo,
  type StoreProblem,
} from '../../shared/schemas/profile.js';
import { OpenStackError } from '../openstack/errors.js';
import { knownSecrets } from '../openstack/known-secrets.js';
import { MemorySecretStore, type SecretStore, type StoredSecret } from './secret-store.js';

type SecretOwner = Pick<Profile, 'id' | 'rememberSecret' | 'auth' | 'tls'>;
/** What decides where a secret may go: the auth URL and the TLS check. */
type Destination = Pick<Profile, 'auth' | 'tls'>;
type Named = Pick<Profile, 'id' | 'name' | 'auth' | 'tls'>;

/** A secrets file that outlived its keychain; see `ProfileSecretsOptions.leftovers`. */
export interface LeftoverSecrets {
  remove(profileId: string): Promise<void>;
  problems(): StoreProblem[];
}

export interface ProfileSecretsOptions {
  /** for secrets not remembered; default: memory (or `persistent` itself when that is memory) */
  run?: SecretStore;
  /**
   * Without a keychain, `secrets.json` written by an earlier run that had one is still on
   * disk. It cannot be decrypted now, but "forget" and "remove" must still delete from it, or
   * the secret would come back with the keychain.
   */
  leftovers?: LeftoverSecrets;
}

/** Why a stored secret is not handed out. */
export type SecretRefusal = { reason: 'none' } | { reason: 'moved'; boundTo: SecretBinding };

/**
 * Routes each profile's secret by its "remember" choice: remembered ones to the persistent
 * store (the keychain-backed one when there is one), the others to memory for this run.
 * A secret lives in exactly one of the two, so turning "remember" off really forgets it.
 *
 * Each secret is bound to the auth URL origin and TLS setting it was saved for, and is only
 * handed out for a destination that binding allows (shared/schemas/profile.ts).
 */
export class ProfileSecrets {
  private readonly run: SecretStore;
  private readonly leftovers: LeftoverSecrets | undefined;
  /** per profile, the function that takes its secret out of the known-secrets net */
  private readonly netted = new Map<string, () => void>();

  constructor(
    readonly persistent: SecretStore,
    options: ProfileSecretsOptions = {},
  ) {
    // without a keychain the "persistent" store is memory too; one map is enough then
    this.run = options.run ?? (persistent.persistent ? new MemorySecretStore(undefined) : persistent);
    this.leftovers = options.leftovers;
  }

  info(): SecretStorageInfo {
    return {
      persistent: this.persistent.persistent,
      ...(this.persistent.notice ? { notice: this.persistent.notice } : {}),
    };
  }

  problems(): StoreProblem[] {
    return [...(this.persistent.problems?.() ?? []), ...(this.leftovers?.problems() ?? [])];
  }

  private target(p: Pick<Profile, 'rememberSecret'>): { keep: SecretStore; other: SecretStore } {
    const keep = p.rememberSecret ? this.persistent : this.run;
    return { keep, other: keep === this.persistent ? this.run : this.persistent };
  }

  /** Every secret main holds is scrubbed from whatever leaves main (DESIGN.md decision 8). */
  private net(profileId: string, secret: string): void {
    this.netted.get(profileId)?.();
    this.netted.set(profileId, knownSecrets.add(secret));
  }

  private async place(p: Pick<Profile, 'id' | 'rememberSecret'>, stored: StoredSecret): Promise<void> {
    this.net(p.id, stored.secret);
    const { keep, other } = this.target(p);
    await keep.set(p.id, stored);
    if (other !== keep) await other.delete(p.id);
  }

  /** Stores a secret typed (or imported) for this profile, bound to its auth URL as it is now. */
  async set(p: SecretOwner, secret: string): Promise<void> {
    const boundTo = secretBindingOf(p);
    await this.place(p, { secret, ...(boundTo ? { boundTo } : {}) });
  }

  private async stored(profileId: string): Promise<StoredSecret | undefined> {
    return (await this.run.get(profileId)) ?? (await this.persistent.get(profileId));
  }

  /**
   * The secret of `owner` if it may be sent to `to` (default: the owner's own settings).
   * A secret saved before bindings existed is bound to the owner's auth URL on first read.
   */
  async forDestination(owner: Pick<Profile, 'id' | 'rememberSecret' | 'auth' | 'tls'>, to: Destination = owner): Promise<{ secret: string } | SecretRefusal> {
    const stored = await this.stored(owner.id);
    if (!stored) return { reason: 'none' };
    let boundTo = stored.boundTo;
    if (!boundTo) {
      boundTo = secretBindingOf(owner);
      if (!boundTo) return { reason: 'none' };
      await this.place(owner, { secret: stored.secret, boundTo });
    }
    this.net(owner.id, stored.secret);
    return secretBindingAllows(boundTo, secretBindingOf(to)) ? { secret: stored.secret } : { reason: 'moved', boundTo };
  }

  /** The secret for the owner's own settings, or undefined (none, or saved for another address). */
  async get(owner: SecretOwner): Promise<string | undefined> {
    const r = await this.forDestination(owner);
    return 'secret' in r ? r.secret : undefined;
  }

  async has(owner: SecretOwner): Promise<boolean> {
    return (await this.get(owner)) !== undefined;
  }

  /** Is there any secret stored for this id, whatever it is bound to? */
  async holds(profileId: string): Promise<boolean> {
    return (await this.stored(profileId)) !== undefined;
  }

  async delete(profileId: string): Promise<void> {
    this.netted.get(profileId)?.();
    this.netted.delete(profileId);
    await this.run.delete(profileId);
    if (this.persistent !== this.run) await this.persistent.delete(profileId);
    await this.leftovers?.remove(profileId);
  }

  /** After a profile's "remember" choice changed: move its secret (and binding) to where it now belongs. */
  async follow(p: Pick<Profile, 'id' | 'rememberSecret'>): Promise<void> {
    const stored = await this.stored(p.id);
    if (stored !== undefined) await this.place(p, stored);
  }

  /** The secret for sending to `to`, or `secret_unavailable` naming the profile and what to ask the user for. */
  async require(owner: Named & Pick<Profile, 'rememberSecret'>, to: Destination = owner): Promise<string> {
    const r = await this.forDestination(owner, to);
    if ('secret' in r) return r.secret;
    throw r.reason === 'moved' ? secretForOtherAddress({ ...owner, ...to }, r.boundTo) : missingSecret(owner);
  }
}

export function missingSecret(p: Pick<Profile, 'id' | 'name' | 'auth'>): OpenStackError {
  return new OpenStackError(
    'secret_unavailable',
    `profile "${p.name}" (${p.id}) needs its ${SECRET_LABEL[p.auth.type]}: none is stored for this run`,
    { field: 'secret' },
  );
}

/** The stored secret was saved for another address (or with certificate checks on): ask for it again. */
export function secretForOtherAddress(p: Named, boundTo: SecretBinding): OpenStackError {
  const now = secretBindingOf(p);
  const label = SECRET_LABEL[p.auth.type];
  const why =
    now && now.origin === boundTo.origin
      ? 'certificate checks were on when it was saved and are now off'
      : `it was saved for ${boundTo.origin}, not ${now?.origin ?? p.auth.authUrl}`;
  return new OpenStackError(
    'secret_unavailable',
    `the stored ${label} of profile "${p.name}" (${p.id}) is not sent: ${why}. Enter the ${label} again for the new address.`,
    { field: 'secret' },
  );
}
