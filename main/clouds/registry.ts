import { createHash } from 'node:crypto';
import { parseScopeId, profileOf, type ScopeRef } from '../../shared/ipc/scope-id.js';
import type { SerializedError } from '../../shared/errors.js';
import type { CloudState, CloudStatus } from '../../shared/domain/cloud-status.js';
import type { Profile } from '../../shared/schemas/profile.js';
import { CloudClient } from '../openstack/cloud-client.js';
import type { VersionCache } from '../openstack/compute/version-cache.js';
import { OpenStackError, isOpenStackError, validationError } from '../openstack/errors.js';
import type { Token } from '../openstack/identity/token.js';
import type { RequestLog } from '../openstack/request-log.js';
import { toSerializedError } from '../openstack/serialize-error.js';
import { describeFailure } from '../failure-text.js';
import { missingSecret } from '../profiles/profile-secrets.js';
import { sessionOptionsFor, type SessionExtras } from '../profiles/session-options.js';
import { stateAfterError } from './cloud-status.js';

/** Where the registry gets profiles and secrets: ProfileService in the app. */
export interface RegistrySource {
  profile(id: string): Profile | undefined;
  secretFor(id: string): Promise<string | undefined>;
  onChange?(listener: (e: { kind: string; id: string }) => void): () => void;
}

export interface CloudRegistryOptions {
  source: RegistrySource;
  /** one log for every cloud; entries carry the profile id */
  log: RequestLog;
  /** timeouts and limits for every client */
  session?: Omit<SessionExtras, 'log'>;
  /** Nova's version range per endpoint from an earlier run: a cloud's first call skips `GET /v2.1` */
  versionCache?: VersionCache;
  now?: () => Date;
  /** where the detail of an unexpected failure goes; `clouds.status` only says "internal" */
  onInternalError?: (e: unknown) => void;
}

interface Entry {
  client: CloudClient;
  fingerprint: string;
}

/** The profile as one scope of it asks: another project (by id) and/or another region. */
function scoped(p: Profile, ref: ScopeRef): Profile {
  const region = ref.region ?? p.region;
  const auth = ref.projectId && p.auth.type !== 'application_credential' ? { ...p.auth, project: { id: ref.projectId } } : p.auth;
  return { ...p, auth, ...(region ? { region } : {}) };
}

/** What a client is built from; a change of any of it means a new client (new token, catalog, microversion). */
function fingerprint(p: Profile, secret: string): string {
  const { auth, region, interface: iface, tls } = p;
  return createHash('sha256').update(JSON.stringify({ auth, region, iface, tls, secret })).digest('hex');
}

/**
 * Cloud id (a profile, or a project/region scope of one: shared/ipc/scope-id.ts) → CloudClient, built on first use and kept warm, so switching clouds costs
 * nothing: each client keeps its own token, catalog and negotiated microversion. A client is
 * rebuilt when its profile's connection settings or secret change. Every request goes to the
 * shared RequestLog tagged with the profile id.
 *
 * Status: `use()` records whether the cloud answered; `onStatus()` listeners hear changes
 * (the IPC layer forwards them as `clouds.status`).
 */
export class CloudRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly building = new Map<string, Promise<Entry>>();
  private readonly states = new Map<string, CloudStatus>();
  private readonly listeners = new Set<(s: CloudStatus) => void>();
  /** per profile, the passcode the user typed for the login in progress: taken by that login, never kept */
  private readonly passcodes = new Map<string, string>();
  private readonly now: () => Date;
  private readonly started: string;
  private readonly unfollow: (() => void) | undefined;

  constructor(private readonly o: CloudRegistryOptions) {
    this.now = o.now ?? (() => new Date());
    this.started = this.now().toISOString();
    this.unfollow = o.source.onChange?.((e) => {
      // nobody awaits a reconcile: a failure (an unreadable secrets file) is reported, never left to crash the host
      this.reconcile(e.id, e.kind === 'removed').catch((err: unknown) => this.internalError(err));
    });
  }

  private internalError(e: unknown): void {
    (this.o.onInternalError ?? ((x) => console.error(`novadesk: internal error in clouds.status: ${describeFailure(x)}`)))(e);
  }

  /** The scope's client, building it if needed. Throws validation, not_found or secret_unavailable. */
  async client(id: string): Promise<CloudClient> {
    const ref = parseScopeId(id);
    if (!ref) throw validationError('cloud', `not a cloud id: ${id}`);
    const profile = this.o.source.profile(ref.profileId);
    if (!profile) {
      await this.drop(id);
      throw new OpenStackError('not_found', `there is no profile ${ref.profileId}`, { field: 'cloud' });
    }
    if (ref.projectId && profile.auth.type === 'application_credential') {
      throw validationError('cloud', 'an application credential is bound to its own project; only its region can change');
    }
    const secret = await this.o.source.secretFor(ref.profileId);
    if (secret === undefined) {
      const err = missingSecret(profile);
      this.set(id, 'needs_credentials', err.toJSON());
      throw err;
    }
    const fp = fingerprint(profile, secret);
    const warm = this.entries.get(id);
    if (warm?.fingerprint === fp) return warm.client;
    const pending = this.building.get(id);
    if (pending) {
      const built = await pending;
      if (built.fingerprint === fp) return built.client;
    }
    const build = (async (): Promise<Entry> => {
      const passcode = () => this.takePasscode(ref.profileId);
      const options = await sessionOptionsFor(scoped(profile, ref), secret, { ...this.o.session, log: this.o.log, passcode });
      const versionCache = this.o.versionCache;
      const siblingTokens = () => this.siblingTokens(id, ref.profileId, fp);
      const client = new CloudClient({ ...options, cloud: id, siblingTokens, ...(versionCache ? { versionCache } : {}) });
      return { client, fingerprint: fp };
    })();
    this.building.set(id, build);
    try {
      const entry = await build;
      const old = this.entries.get(id);
      this.entries.set(id, entry);
      if (old) {
        void old.client.close();
        // new settings or secret: nothing is known about them yet
        this.set(id, 'unknown');
      } else if (this.states.get(id)?.state === 'needs_credentials') {
        this.set(id, 'unknown');
      }
      return entry.client;
    } catch (e) {
      // the profile cannot become a client (CA file gone): the cloud is unusable as configured
      this.set(id, 'offline', this.serialize(e));
      throw e;
    } finally {
      if (this.building.get(id) === build) this.building.delete(id);
    }
  }

  /**
   * The valid tokens the other scopes of the same profile hold with the same login: a new
   * scope starts from one of them instead of sending the password (or asking a passcode) again.
   */
  private siblingTokens(id: string, profileId: string, fp: string): Token[] {
    const tokens: Token[] = [];
    for (const [key, entry] of this.entries) {
      if (key === id || profileOf(key) !== profileId || entry.fingerprint !== fp) continue;
      const t = entry.client.session.peek();
      if (t) tokens.push(t);
    }
    return tokens;
  }

  /** Every cloud id of a profile the registry knows of (its own and its scopes). */
  private scopesOf(profileId: string): string[] {
    const ids = new Set([profileId, ...this.entries.keys(), ...this.states.keys()]);
    return [...ids].filter((k) => profileOf(k) === profileId);
  }

  /** Runs one piece of work with the profile's client and records what it says about the cloud. */
  async use<T>(id: string, work: (client: CloudClient) => Promise<T>): Promise<T> {
    const client = await this.client(id);
    try {
      const result = await work(client);
      this.set(id, 'connected');
      return result;
    } catch (e) {
      this.observe(id, e);
      throw e;
    }
  }

  /** Logs in (or confirms the token) and returns the resulting status; never throws for cloud errors. */
  async connect(id: string): Promise<CloudStatus> {
    try {
      await this.use(id, (c) => c.session.token());
    } catch (e) {
      if (isOpenStackError(e) && e.kind === 'not_found' && !this.o.source.profile(id)) throw e;
    }
    return this.status(id);
  }

  /**
   * Logs the cloud in with the TOTP passcode the user just typed (the secret prompt). The
   * passcode serves this one login: what it does not use is dropped, so a stale one is never
   * sent later. A refused one leaves the cloud needing credentials, the error naming `passcode`.
   */
  async providePasscode(id: string, passcode: string): Promise<CloudStatus> {
    const profileId = profileOf(id);
    this.passcodes.set(profileId, passcode);
    try {
      return await this.connect(id);
    } finally {
      if (this.passcodes.get(profileId) === passcode) this.passcodes.delete(profileId);
    }
  }

  private takePasscode(profileId: string): string | undefined {
    const passcode = this.passcodes.get(profileId);
    this.passcodes.delete(profileId);
    return passcode;
  }

  /** Record that a request made with `client()` directly (watchers) was answered. */
  answered(id: string): void {
    if (this.status(id).state !== 'connected') this.set(id, 'connected');
  }

  /** Record the outcome of a request made with `client()` directly (watchers, streams). */
  observe(id: string, error: unknown): void {
    const err = this.serialize(error);
    const state = stateAfterError(err);
    if (state) this.set(id, state, state === 'connected' ? undefined : err);
  }

  status(id: string): CloudStatus {
    return this.states.get(id) ?? { profileId: id, state: 'unknown', since: this.started };
  }

  statuses(): CloudStatus[] {
    return [...this.states.values()];
  }

  onStatus(listener: (s: CloudStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** After a profile event: drop a removed profile, rebuild lazily when settings or secret changed; for each of its scopes. */
  async reconcile(profileId: string, removed = false): Promise<void> {
    const profile = removed ? undefined : this.o.source.profile(profileId);
    if (!profile) {
      await Promise.all(this.scopesOf(profileId).map((id) => this.drop(id)));
      return;
    }
    const secret = await this.o.source.secretFor(profileId);
    for (const id of this.scopesOf(profileId)) this.reconcileScope(id, profile, secret);
  }

  private reconcileScope(id: string, profile: Profile, secret: string | undefined): void {
    const entry = this.entries.get(id);
    const fp = secret === undefined ? undefined : fingerprint(profile, secret);
    if (entry && entry.fingerprint !== fp) {
      this.entries.delete(id);
      void entry.client.close();
      this.set(id, secret === undefined ? 'needs_credentials' : 'unknown', secret === undefined ? missingSecret(profile).toJSON() : undefined);
    } else if (!entry && secret !== undefined && this.states.get(id)?.state === 'needs_credentials') {
      this.set(id, 'unknown');
    } else if (secret === undefined && this.states.has(id)) {
      this.set(id, 'needs_credentials', missingSecret(profile).toJSON());
    }
  }

  async drop(id: string): Promise<void> {
    const entry = this.entries.get(id);
    this.entries.delete(id);
    this.states.delete(id);
    if (entry) await entry.client.close();
  }

  async close(): Promise<void> {
    this.unfollow?.();
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(all.map((e) => e.client.close()));
  }

  /** Statuses reach the renderer: the same rule as IPC answers, no detail of our own bugs. */
  private serialize(e: unknown): SerializedError {
    return toSerializedError(e, (x) => this.internalError(x));
  }

  private set(id: string, state: CloudState, error?: SerializedError): void {
    const prev = this.states.get(id);
    if (prev && prev.state === state && prev.error?.message === error?.message && prev.error?.kind === error?.kind) return;
    const next: CloudStatus = { profileId: id, state, since: this.now().toISOString(), ...(error ? { error } : {}) };
    this.states.set(id, next);
    for (const l of this.listeners) l(next);
  }
}
