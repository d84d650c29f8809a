import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { nextFreeSlot, type ShortcutHolder } from '../../shared/profile-shortcuts.js';
import { Profile, type ProfileDraft, type StoreProblem } from '../../shared/schemas/profile.js';
import { OpenStackError, validationError } from '../openstack/errors.js';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, writeFileAtomicSync } from './atomic-file.js';
import { diskCode, diskError } from './disk-error.js';
import { withFileLock, type LockOptions } from './lock-file.js';
import { compareVersions, inspectStoreFile, moveAside, profileMap, type StoreFileState, type StoreIo } from './store-file.js';
import { STORE_MIGRATIONS, STORE_SCHEMA_VERSION, type StoreData } from './store-migrations.js';
import { fieldIssues } from './validate-profile.js';

export interface ProfileStoreOptions {
  /** the directory; the Electron shell passes `app.getPath('userData')` */
  cwd: string;
  /** file name without `.json` */
  name?: string;
  lock?: LockOptions;
  now?: () => Date;
  /** how the file is read (and retried); tests inject failing reads */
  io?: StoreIo;
}

export type ProfileChange = { kind: 'created' | 'updated' | 'removed'; id: string };

export interface ProfileBatch {
  create?: ProfileDraft[];
  replace?: { id: string; draft: ProfileDraft }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stored profiles' slots, in list order (by name), as the renderer numbers them. */
function shortcutHolders(profiles: Record<string, unknown>): ShortcutHolder[] {
  return Object.entries(profiles)
    .filter((e): e is [string, Record<string, unknown>] => isObject(e[1]))
    .map(([id, p]) => ({ id, name: String(p.name), shortcut: typeof p.shortcut === 'number' ? p.shortcut : undefined }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'cloud';
}

/**
 * Non-secret profiles in `<cwd>/profiles.json`: conf's layout and migrations, atomic writes,
 * mode 0600. conf only migrates (it cannot tell a failed read from a broken file); every read
 * and write after that is done here (store-file.ts, atomic-file.ts).
 *
 * Two running instances: every change is a read-modify-write done under a lock file (see
 * lock-file.ts) and the file is re-read on every access, so a change made by the other
 * instance is never overwritten with a stale copy. A lock was chosen over optimistic
 * re-read-and-compare because a rename offers no compare-and-swap: between our check and our
 * rename the other instance could still write.
 *
 * A file whose content was read and does not parse (or is not a profiles object) is renamed
 * to `<file>.corrupt-<time>` and listed in `problems()`. A read that fails (EIO, EBUSY,
 * EMFILE) is retried with backoff and then reported as `unreadable`: the file says nothing
 * about itself then, so it is left where it is, the last profiles read stay listed, and the
 * store is read-only for the run so that no save overwrites what could not be read. One
 * written by a newer version is left untouched and the store turns read-only. A single
 * invalid profile is reported and kept on disk as it is.
 *
 * Before a file that parsed is replaced, its text is kept as `<file>.bak`; before conf
 * migrates one, as `<file>.pre-migration-v<its version>`.
 *
 * A full disk or a read-only folder never stops the store from opening: the profiles on disk
 * are listed, the trouble is reported in `problems()` (`not_writable`), and every change fails
 * with a `storage` error naming the file until a write works again.
 */
export class ProfileStore {
  readonly path: string;
  private readonly lockPath: string;
  private readonly now: () => Date;
  /** conf ran (created or migrated the file); after that, reads and writes are ours */
  private ready = false;
  private readOnlyReason: string | undefined;
  /** the file could not be read this run: read-only, and changes fail with `storage` */
  private unreadable = false;
  /** what the last successful read found, shown while the file cannot be read */
  private lastGood: Record<string, unknown> = profileMap();
  private readonly fileProblems: StoreProblem[] = [];
  /** the disk refused our last write; cleared by the next one that works */
  private diskProblem: StoreProblem | undefined;
  private readonly listeners = new Set<(c: ProfileChange) => void>();

  private constructor(private readonly options: ProfileStoreOptions) {
    this.path = join(options.cwd, `${options.name ?? 'profiles'}.json`);
    this.lockPath = `${this.path}.lock`;
    this.now = options.now ?? (() => new Date());
  }

  static async open(options: ProfileStoreOptions): Promise<ProfileStore> {
    const store = new ProfileStore(options);
    try {
      mkdirSync(options.cwd, { recursive: true, mode: PRIVATE_DIR_MODE });
      // migrations write, so they run under the same lock as every other change
      await withFileLock(store.lockPath, () => store.init(), options.lock);
    } catch (e) {
      // not ready: readRaw shows the file as it is; the next change tries init again
      if (!store.noteDiskTrouble(e)) throw e;
    }
    return store;
  }

  get readOnly(): string | undefined {
    return this.readOnlyReason ?? this.diskProblem?.message;
  }

  /** What the UI should tell the user: damaged or newer files, profiles that no longer validate. */
  problems(): StoreProblem[] {
    const invalid: StoreProblem[] = [];
    for (const [id, raw] of Object.entries(this.readRaw())) {
      const parsed = Profile.safeParse(isObject(raw) ? { ...raw, id } : raw);
      if (parsed.success) continue;
      const first = fieldIssues(parsed.error)[0];
      invalid.push({
        kind: 'invalid_profile',
        file: this.path,
        profileId: id,
        message: `profile ${id} is kept in the file but cannot be used: ${first ? `${first.field}: ${first.message}` : 'invalid'}`,
        ...(first ? { field: first.field } : {}),
      });
    }
    return [...this.fileProblems, ...(this.diskProblem ? [this.diskProblem] : []), ...invalid];
  }

  list(): Profile[] {
    const out: Profile[] = [];
    for (const [id, raw] of Object.entries(this.readRaw())) {
      const parsed = Profile.safeParse(isObject(raw) ? { ...raw, id } : raw);
      if (parsed.success) out.push(parsed.data);
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }

  get(id: string): Profile | undefined {
    const raw = this.readRaw()[id];
    if (!isObject(raw)) return undefined;
    const parsed = Profile.safeParse({ ...raw, id });
    return parsed.success ? parsed.data : undefined;
  }

  findByName(name: string): Profile | undefined {
    return this.list().find((p) => p.name === name);
  }

  async create(draft: ProfileDraft): Promise<Profile> {
    const [created] = await this.batch({ create: [draft] });
    if (!created) throw new OpenStackError('internal', 'profile was not created');
    return created;
  }

  async update(id: string, draft: ProfileDraft): Promise<Profile> {
    const [updated] = await this.batch({ replace: [{ id, draft }] });
    if (!updated) throw new OpenStackError('internal', 'profile was not updated');
    return updated;
  }

  async remove(id: string): Promise<boolean> {
    const removed = await this.mutate((profiles) => {
      if (!Object.hasOwn(profiles, id)) return false;
      delete profiles[id];
      return true;
    });
    if (removed) this.emit({ kind: 'removed', id });
    return removed;
  }

  /** Creates and replaces several profiles in one locked write (an import applies this way). */
  async batch(batch: ProfileBatch): Promise<Profile[]> {
    const changes: ProfileChange[] = [];
    const saved = await this.mutate((profiles) => {
      const out: Profile[] = [];
      const nameTaken = (name: string, except?: string) =>
        Object.entries(profiles).some(([id, p]) => id !== except && isObject(p) && p.name === name);
      const shortcutTaken = (slot: number | undefined, except?: string) =>
        slot !== undefined && Object.entries(profiles).some(([id, p]) => id !== except && isObject(p) && p.shortcut === slot);
      for (const { id, draft } of batch.replace ?? []) {
        if (!Object.hasOwn(profiles, id)) throw new OpenStackError('not_found', `there is no profile ${id}`);
        if (nameTaken(draft.name, id)) throw validationError('name', `a profile named "${draft.name}" already exists`);
        if (shortcutTaken(draft.shortcut, id)) throw validationError('shortcut', `another profile already has Ctrl+${draft.shortcut}`);
        // a draft without a slot (an import replacing the profile) keeps the stored one
        const stored = profiles[id];
        const kept = isObject(stored) && typeof stored.shortcut === 'number' ? stored.shortcut : undefined;
        const shortcut = draft.shortcut ?? kept;
        const profile = Profile.parse({ ...draft, id, ...(shortcut !== undefined ? { shortcut } : {}) });
        profiles[id] = withoutId(profile);
        out.push(profile);
        changes.push({ kind: 'updated', id });
      }
      for (const draft of batch.create ?? []) {
        if (nameTaken(draft.name)) throw validationError('name', `a profile named "${draft.name}" already exists`);
        if (shortcutTaken(draft.shortcut)) throw validationError('shortcut', `another profile already has Ctrl+${draft.shortcut}`);
        // a stored slot keeps the other clouds' Ctrl+n when this one joins the list
        const shortcut = draft.shortcut ?? nextFreeSlot(shortcutHolders(profiles));
        let id = `${slug(draft.name)}-${randomBytes(3).toString('hex')}`;
        while (Object.hasOwn(profiles, id)) id = `${slug(draft.name)}-${randomBytes(3).toString('hex')}`;
        const profile = Profile.parse({ ...draft, id, ...(shortcut !== undefined ? { shortcut } : {}) });
        profiles[id] = withoutId(profile);
        out.push(profile);
        changes.push({ kind: 'created', id });
      }
      return out;
    });
    for (const c of changes) this.emit(c);
    return saved;
  }

  onChange(listener: (c: ProfileChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(c: ProfileChange): void {
    for (const l of this.listeners) l(c);
  }

  private inspect(): StoreFileState {
    // once the file failed us, one try per look: the retries' pauses would block every list
    return inspectStoreFile(this.path, this.unreadable ? { ...this.options.io, delaysMs: [] } : this.options.io);
  }

  private init(): void {
    const found = this.inspect();
    if (found.state === 'unreadable') {
      this.markUnreadable(found.reason);
      return;
    }
    if (found.state === 'corrupt') {
      if (!this.setAside(found.state, found.reason)) return;
    } else if (found.state === 'ok' && found.version && compareVersions(found.version, STORE_SCHEMA_VERSION) > 0) {
      this.refuseNewer(found.version);
      return;
    } else if (found.state === 'ok' && compareVersions(found.version ?? '0.0.0', STORE_SCHEMA_VERSION) < 0) {
      // conf is about to rewrite it; a migration with a bug must not be the end of the profiles
      writeFileAtomicSync(`${this.path}.pre-migration-v${found.version ?? '0'}`, found.text);
    }
    try {
      // runs the migrations (and creates a missing file); the instance is not kept
      new Conf<StoreData>({
        cwd: this.options.cwd,
        configName: this.options.name ?? 'profiles',
        projectVersion: STORE_SCHEMA_VERSION,
        migrations: STORE_MIGRATIONS,
        defaults: { profiles: {} },
        schema: { profiles: { type: 'object' } },
        configFileMode: PRIVATE_FILE_MODE,
        // a broken file is ours to move aside and report, never conf's to empty
        clearInvalidConfig: false,
        // profile ids are the keys; no dotted paths wanted
        accessPropertiesByDotNotation: false,
      });
    } catch (e) {
      // the disk refusing the migrated file is no broken migration; the caller reports it
      if (diskCode(e)) throw e;
      this.readOnlyReason = `the profiles file could not be migrated to version ${STORE_SCHEMA_VERSION}: ${(e as Error).message}`;
      this.fileProblems.push({ kind: 'migration_failed', file: this.path, message: this.readOnlyReason });
      return;
    }
    this.ready = true;
    this.tighten();
  }

  /** Read-only for the run, the file left as it is, and the user told why. */
  private markUnreadable(reason: string): void {
    if (this.unreadable) return;
    this.unreadable = true;
    this.readOnlyReason = `${this.path} ${reason}; it was left as it is, and no change is saved in this run so that it is not overwritten (restart Novadesk once the disk is readable)`;
    this.fileProblems.push({ kind: 'unreadable', file: this.path, message: this.readOnlyReason });
  }

  /** Moves a damaged file aside and reports it; false when even that failed (then read-only). */
  private setAside(kind: 'corrupt' | 'unreadable', reason: string): boolean {
    try {
      const movedTo = moveAside(this.path, this.now());
      this.fileProblems.push({
        kind,
        file: this.path,
        movedTo,
        message: `${this.path} ${reason}; it was moved to ${movedTo} and Novadesk started with no profiles`,
      });
      return true;
    } catch (e) {
      this.readOnlyReason = `${this.path} ${reason}, and it could not be moved aside (${(e as { code?: string }).code ?? String(e)})`;
      this.fileProblems.push({ kind, file: this.path, message: this.readOnlyReason });
      return false;
    }
  }

  private refuseNewer(version: string): void {
    this.readOnlyReason = `${this.path} was written by a newer Novadesk (profile store version ${version}, this one knows ${STORE_SCHEMA_VERSION}); it is kept as it is and profiles cannot be changed here`;
    if (!this.fileProblems.some((p) => p.kind === 'newer_version')) {
      this.fileProblems.push({ kind: 'newer_version', file: this.path, message: this.readOnlyReason });
    }
  }

  private readRaw(): Record<string, unknown> {
    const found = this.inspect();
    switch (found.state) {
      case 'ok':
        this.lastGood = found.profiles;
        return found.profiles;
      case 'missing':
        return profileMap();
      case 'unreadable':
        this.markUnreadable(found.reason);
        return this.lastGood;
      case 'corrupt':
        // damaged while we run (edited by hand): same treatment as at start, unless read-only
        if (this.ready && !this.readOnlyReason && !this.setAside('corrupt', found.reason)) this.ready = false;
        return profileMap();
    }
  }

  /** A `storage` error when `e` is the disk refusing a write, remembered for `problems()`. */
  private noteDiskTrouble(e: unknown): OpenStackError | undefined {
    const err = diskError(e, this.path, 'written');
    if (err) {
      this.diskProblem = {
        kind: 'not_writable',
        file: this.path,
        message: `${err.message}; the profiles are listed, but no change can be saved until that is fixed`,
      };
    }
    return err;
  }

  private async mutate<R>(change: (profiles: Record<string, unknown>) => R): Promise<R> {
    if (this.readOnlyReason) throw new OpenStackError(this.unreadable ? 'storage' : 'conflict', this.readOnlyReason);
    let result: R;
    try {
      result = await withFileLock(this.lockPath, () => this.changeLocked(change), this.options.lock);
    } catch (e) {
      throw this.noteDiskTrouble(e) ?? e;
    }
    this.diskProblem = undefined;
    return result;
  }

  private changeLocked<R>(change: (profiles: Record<string, unknown>) => R): R {
    // opened while the disk refused writes: it may take them now
    if (!this.ready && !this.readOnlyReason) this.init();
    // another instance, maybe a newer version, may have written since we last looked
    const found = this.inspect();
    if (found.state === 'ok' && found.version && compareVersions(found.version, STORE_SCHEMA_VERSION) > 0) {
      this.refuseNewer(found.version);
    } else if (found.state === 'unreadable') {
      this.markUnreadable(found.reason);
    } else if (found.state === 'corrupt' && this.ready && !this.readOnlyReason) {
      this.setAside('corrupt', found.reason);
    }
    if (this.readOnlyReason || !this.ready) {
      throw new OpenStackError(this.unreadable ? 'storage' : 'conflict', this.readOnlyReason ?? `${this.path} cannot be written`);
    }
    const profiles = profileMap(found.state === 'ok' ? found.profiles : {});
    const result = change(profiles);
    const doc = found.state === 'ok' ? { ...found.doc, profiles } : { profiles, __internal__: { migrations: { version: STORE_SCHEMA_VERSION } } };
    // the last file that parsed, one step back: a bad change (or a bug) can still be undone by hand
    if (found.state === 'ok') writeFileAtomicSync(`${this.path}.bak`, found.text);
    // conf's layout (tab-indented), so conf and older versions read it as before
    writeFileAtomicSync(this.path, JSON.stringify(doc, undefined, '\t'));
    this.lastGood = profiles;
    return result;
  }

  /** conf creates with configFileMode, but a file that predates us may be looser. */
  private tighten(): void {
    // only when needed: chmod is a write, which a read-only file system refuses even for no change
    if (existsSync(this.path) && (statSync(this.path).mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(this.path, PRIVATE_FILE_MODE);
  }
}

function withoutId(p: Profile): Omit<Profile, 'id'> {
  const { id: _id, ...rest } = p;
  return rest;
}
