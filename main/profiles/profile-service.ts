import { randomUUID } from 'node:crypto';
import type {
  ConnectionReport,
  ImportApplied,
  ImportResolution,
  ImportScanView,
  Profile,
  ProfileDraftInput,
  ProfileView,
  SecretStorageInfo,
  StoreProblem,
} from '../../shared/schemas/profile.js';
import { OpenStackError } from '../openstack/errors.js';
import type { RequestLog } from '../openstack/request-log.js';
import { applyImport, candidateView } from './clouds-import.js';
import { scanCloudsConfig, type CloudsScan } from './clouds-yaml-read.js';
import type { SearchContext } from './clouds-yaml-search.js';
import { parseCloudsConfig, type CloudsSource, type ImportCandidate } from './clouds-yaml-parse.js';
import { exportCloudsYaml } from './clouds-yaml-export.js';
import { chooseSecretStore, type SafeStorageLike } from './encrypted-secret-store.js';
import type { LockOptions } from './lock-file.js';
import { ProfileSecrets, missingSecret, secretForOtherAddress } from './profile-secrets.js';
import { SecretsFile } from './secrets-file.js';
import { ProfileStore, type ProfileChange } from './profile-store.js';
import { testConnection } from './test-connection.js';
import { validateDraft } from './validate-profile.js';

export type ProfileEvent = ProfileChange | { kind: 'secret'; id: string };

export interface ProfileServiceOptions {
  /** `app.getPath('userData')` in Electron; any private directory elsewhere */
  dir: string;
  /** Electron's safeStorage, passed in by the Electron shell */
  safeStorage?: SafeStorageLike;
  platform?: NodeJS.Platform;
  /** where test-connection requests are logged */
  log?: RequestLog;
  lock?: LockOptions;
}

/** How many import scans are remembered between "scan" and "apply". */
const KEPT_SCANS = 4;

/**
 * The profiles API the IPC layer calls. Profiles go out as ProfileView (`hasSecret`, never
 * the secret); secrets only come in. `profile()` and `secretFor()` are for the clouds
 * registry in main and must not be wired to a channel.
 */
export class ProfileService {
  private readonly scans = new Map<string, ImportCandidate[]>();
  private readonly listeners = new Set<(e: ProfileEvent) => void>();

  constructor(
    readonly store: ProfileStore,
    readonly secrets: ProfileSecrets,
    private readonly log?: RequestLog,
  ) {
    store.onChange((c) => this.emit(c));
  }

  static async open(o: ProfileServiceOptions): Promise<ProfileService> {
    const store = await ProfileStore.open({ cwd: o.dir, ...(o.lock ? { lock: o.lock } : {}) });
    const persistent = chooseSecretStore({
      dir: o.dir,
      ...(o.safeStorage ? { safeStorage: o.safeStorage } : {}),
      ...(o.platform ? { platform: o.platform } : {}),
      ...(o.lock ? { lock: o.lock } : {}),
    });
    // no keychain now: a secrets.json from a run that had one is only ever deleted from
    const leftovers = persistent.persistent ? undefined : new SecretsFile(o.dir, o.lock ? { lock: o.lock } : {});
    await (leftovers ?? persistent).check?.();
    return new ProfileService(store, new ProfileSecrets(persistent, leftovers ? { leftovers } : {}), o.log);
  }

  onChange(listener: (e: ProfileEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: ProfileEvent): void {
    for (const l of this.listeners) l(e);
  }

  problems(): StoreProblem[] {
    return [...this.store.problems(), ...this.secrets.problems()];
  }

  secretStorage(): SecretStorageInfo {
    return this.secrets.info();
  }

  private async view(p: Profile): Promise<ProfileView> {
    // a secret saved for another address counts as none: the form asks for it again
    return { ...p, hasSecret: await this.secrets.has(p) };
  }

  private mustGet(id: string): Profile {
    const p = this.store.get(id);
    if (!p) throw new OpenStackError('not_found', `there is no profile ${id}`, { field: 'id' });
    return p;
  }

  async list(): Promise<ProfileView[]> {
    return Promise.all(this.store.list().map((p) => this.view(p)));
  }

  async get(id: string): Promise<ProfileView> {
    return this.view(this.mustGet(id));
  }

  /** Creates (no id) or updates a profile; validates offline, CA file included. */
  async save(input: { id?: string; profile: ProfileDraftInput | unknown; secret?: string }): Promise<ProfileView> {
    const draft = await validateDraft(input.profile);
    let saved: Profile;
    if (input.id) {
      const before = this.mustGet(input.id);
      // refused before anything is written: the stored secret must not follow a new address
      if (input.secret === undefined) await this.refuseMovedSecret(before, draft);
      saved = await this.store.update(input.id, draft);
      if (before.rememberSecret !== saved.rememberSecret) await this.secrets.follow(saved);
    } else {
      saved = await this.store.create(draft);
    }
    if (input.secret !== undefined) {
      await this.secrets.set(saved, input.secret);
      this.emit({ kind: 'secret', id: saved.id });
    }
    return this.view(saved);
  }

  async remove(id: string): Promise<void> {
    await this.store.remove(id);
    await this.secrets.delete(id);
  }

  /** The prompt's answer; `remember` also updates the profile's choice. */
  async setSecret(id: string, secret: string, remember?: boolean): Promise<ProfileView> {
    let p = this.mustGet(id);
    if (remember !== undefined && remember !== p.rememberSecret) {
      const { id: _id, ...draft } = p;
      p = await this.store.update(id, { ...draft, rememberSecret: remember });
    }
    await this.secrets.set(p, secret);
    this.emit({ kind: 'secret', id });
    return this.view(p);
  }

  async forgetSecret(id: string): Promise<ProfileView> {
    const p = this.mustGet(id);
    await this.secrets.delete(id);
    this.emit({ kind: 'secret', id });
    return this.view(p);
  }

  /**
   * Tests a saved profile (`id`), an edited one (`profile`, with `id` to reuse its stored
   * secret), with the secret given or the stored one.
   */
  async testConnection(input: { id?: string; profile?: ProfileDraftInput | unknown; secret?: string }): Promise<ConnectionReport> {
    const stored = input.id ? this.mustGet(input.id) : undefined;
    const draft = input.profile !== undefined ? await validateDraft(input.profile) : stored;
    if (!draft) throw new OpenStackError('validation', 'a profile id or a profile is required', { field: 'id' });
    let secret = input.secret;
    if (secret === undefined) {
      if (!stored) throw missingSecret({ id: '(new)', name: draft.name, auth: draft.auth });
      // the stored secret only goes where it was saved for: the edited settings are its destination
      secret = await this.secrets.require(stored, draft);
    }
    return testConnection({ ...draft, ...(stored ? { id: stored.id } : {}) }, secret, this.log ? { log: this.log } : {});
  }

  async scanImport(context: SearchContext = {}): Promise<ImportScanView> {
    return this.remember(await scanCloudsConfig(context));
  }

  /** The same scan for files the user picked (their text; a browser page cannot hand over paths). */
  async scanImportText(clouds: CloudsSource, secure?: CloudsSource): Promise<ImportScanView> {
    const parsed = await parseCloudsConfig(clouds, secure);
    return this.remember({ ...parsed, files: { clouds: clouds.path, ...(secure ? { secure: secure.path } : {}), searched: [] } });
  }

  private remember(scan: CloudsScan): ImportScanView {
    const scanId = randomUUID();
    this.scans.set(scanId, scan.candidates);
    while (this.scans.size > KEPT_SCANS) {
      const oldest = this.scans.keys().next().value;
      if (oldest === undefined) break;
      this.scans.delete(oldest);
    }
    const existing = this.store.list();
    return {
      scanId,
      files: scan.files,
      candidates: scan.candidates.map((c) => candidateView(c, existing)),
      problems: scan.problems,
    };
  }

  async applyImport(input: {
    scanId: string;
    resolutions?: Record<string, ImportResolution>;
    rememberSecrets?: boolean;
  }): Promise<ImportApplied> {
    const candidates = this.scans.get(input.scanId);
    if (!candidates) throw new OpenStackError('not_found', 'that import scan has expired; scan again', { field: 'scanId' });
    const applied = await applyImport(candidates, input.resolutions ?? {}, {
      store: this.store,
      secrets: this.secrets,
      rememberSecrets: input.rememberSecrets ?? false,
    });
    this.scans.delete(input.scanId);
    for (const id of [...applied.created, ...applied.replaced]) this.emit({ kind: 'secret', id });
    return applied;
  }

  /** clouds.yaml text of the given profiles (all when none given); never contains a secret. */
  exportCloudsYaml(ids?: string[]): string {
    const profiles = ids ? ids.map((id) => this.mustGet(id)) : this.store.list();
    return exportCloudsYaml(profiles);
  }

  // ---- main-only: for the clouds registry ----

  profile(id: string): Profile | undefined {
    return this.store.get(id);
  }

  /** undefined when none is stored or it was saved for another auth URL (the registry then asks for it). */
  async secretFor(id: string): Promise<string | undefined> {
    const p = this.store.get(id);
    return p ? this.secrets.get(p) : undefined;
  }

  /** A save without a new secret that would send the stored one elsewhere fails, naming the secret field. */
  private async refuseMovedSecret(before: Profile, draft: Pick<Profile, 'auth' | 'tls'>): Promise<void> {
    const r = await this.secrets.forDestination(before, draft);
    if ('reason' in r && r.reason === 'moved') throw secretForOtherAddress({ ...before, ...draft }, r.boundTo);
  }
}
