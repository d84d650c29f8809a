import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Result, SerializedError } from '../../../../shared/errors.js';
import type { ServerCreated } from '../../../../shared/domain/server.js';
import type { ServerCreateRequest } from '../../../../shared/schemas/server-create.js';
import { api } from '../../lib/api.js';
import { emptyDraft, reviveDraft, withoutSecrets, type LaunchDraft } from './draft.js';
import { BLOCK_STORAGE_LOOKUPS, isCurrent, LOOKUP_KEYS, runLookup, type CloudLookups, type LookupKey } from './lookups.js';
import type { StepId } from './steps.js';
import { STEPS } from './steps.js';
import { launchPollDelay, runSettled, track, WATCH_LIMIT_MS, type LaunchRun } from './tracking.js';

/**
 * The launch screen's state, outside React so it survives navigation: one draft per cloud
 * (ids are per cloud), the wizard step, the lookups, and the launches being followed. Drafts
 * and steps are also kept in localStorage, without secrets (admin password, user data).
 */
export interface LaunchState {
  drafts: Record<string, LaunchDraft>;
  steps: Record<string, StepId>;
  lookups: Record<string, CloudLookups>;
  runs: LaunchRun[];
  /**
   * cloud → the name last launched from its form. While set the form is disarmed: the same
   * values would create a second server with the same name on one more click (issue 13).
   */
  launched: Record<string, string>;
  /** "Launch another like this": the same values, armed again by a deliberate click */
  rearm(cloud: string): void;
  draftFor(cloud: string): LaunchDraft;
  saveDraft(cloud: string, draft: LaunchDraft): void;
  resetDraft(cloud: string): void;
  setStep(cloud: string, step: StepId): void;
  /** every lookup not current (`isCurrent`) at once, or with `force` every one; each settles on its own */
  loadLookups(cloud: string, force?: boolean): void;
  reloadLookup(cloud: string, key: LookupKey): Promise<void>;
  launch(cloud: string, request: ServerCreateRequest): Promise<Result<ServerCreated>>;
  dismissRun(key: string): void;
}

let runSeq = 0;

function withoutKey<V>(record: Record<string, V>, key: string): Record<string, V> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}
const timers = new Map<string, ReturnType<typeof setTimeout>>();
/** run key → polls made so far, which paces the next one */
const polls = new Map<string, number>();
let offChanges: (() => void) | undefined;
const USAGE_LOOKUPS: LookupKey[] = ['limits', 'networkQuotas', 'ports', 'serverGroups', 'volumeQuotas', 'volumes', 'volumeSnapshots'];

export const useLaunch = create<LaunchState>()(
  persist(
    (set, get) => {
      const setLookup = (cloud: string, patch: CloudLookups) =>
        set((s) => ({ lookups: { ...s.lookups, [cloud]: { ...s.lookups[cloud], ...patch } } }));
      const updateRun = (key: string, patch: Partial<LaunchRun>) =>
        set((s) => ({ runs: s.runs.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
      const runOf = (key: string) => get().runs.find((r) => r.key === key);
      /** A launch changes what is used: the will-it-fit panel must not keep the old numbers. */
      const refreshUsage = (cloud: string) => {
        for (const k of USAGE_LOOKUPS) void get().reloadLookup(cloud, k);
      };

      async function poll(key: string): Promise<void> {
        timers.delete(key);
        const run = runOf(key);
        if (!run || run.phase !== 'building') return;
        const r = run.serverId
          ? await api.invoke('servers.get', { cloud: run.cloud, id: run.serverId }).then((x) => (x.ok ? { ok: true as const, value: [x.value] } : x))
          : await api.invoke('servers.list', { cloud: run.cloud, reservationId: run.reservationId! });
        const now = runOf(key);
        if (!now || now.phase !== 'building') return;
        if (r.ok) {
          const servers = r.value.map(track);
          const settled = runSettled({ count: now.count, servers });
          updateRun(key, { servers, pollError: undefined, ...(settled ? { phase: 'done' } : {}) });
          if (settled) return refreshUsage(now.cloud);
        } else if (r.error.kind === 'not_found') {
          // the server was deleted while we watched
          updateRun(key, { phase: 'failed', error: r.error });
          return;
        } else {
          updateRun(key, { pollError: r.error });
        }
        const elapsed = Date.now() - now.startedAt;
        if (elapsed > WATCH_LIMIT_MS) {
          updateRun(key, { phase: 'stopped' });
          return;
        }
        const attempt = (polls.get(key) ?? 0) + 1;
        polls.set(key, attempt);
        timers.set(key, setTimeout(() => void poll(key), launchPollDelay(attempt)));
      }

      /** The cloud's watcher reports changes as they happen: known servers move on between polls. */
      function followChanges(): void {
        if (offChanges) return;
        offChanges = api.on('servers.changed', (c) => {
          const byId = new Map(c.changed.map((s) => [s.id, s]));
          for (const run of get().runs) {
            if (run.cloud !== c.cloud || run.phase !== 'building') continue;
            if (!run.servers.some((s) => byId.has(s.id))) continue;
            const servers = run.servers.map((s) => {
              const fresh = byId.get(s.id);
              return fresh ? track(fresh) : s;
            });
            const settled = runSettled({ count: run.count, servers });
            updateRun(run.key, { servers, ...(settled ? { phase: 'done' as const } : {}) });
            if (settled) refreshUsage(run.cloud);
          }
        });
      }

      return {
        drafts: {},
        steps: {},
        lookups: {},
        runs: [],
        launched: {},
        rearm(cloud) {
          set((s) => ({ launched: withoutKey(s.launched, cloud) }));
        },
        draftFor(cloud) {
          return get().drafts[cloud] ?? emptyDraft();
        },
        saveDraft(cloud, draft) {
          set((s) => ({ drafts: { ...s.drafts, [cloud]: draft } }));
        },
        resetDraft(cloud) {
          set((s) => ({ drafts: { ...s.drafts, [cloud]: emptyDraft() }, steps: { ...s.steps, [cloud]: 'details' }, launched: withoutKey(s.launched, cloud) }));
        },
        setStep(cloud, step) {
          set((s) => ({ steps: { ...s.steps, [cloud]: step } }));
        },
        loadLookups(cloud, force = false) {
          const now = Date.now();
          const stale = (key: LookupKey) => force || !isCurrent(get().lookups[cloud]?.[key], now);
          // Cinder's lookups follow `version`, which says whether the catalog has block storage:
          // a stale `version` asks for them once it has answered
          const versionStale = stale('version');
          for (const key of LOOKUP_KEYS) if (!BLOCK_STORAGE_LOOKUPS.includes(key) && stale(key)) void get().reloadLookup(cloud, key);
          if (!versionStale) for (const key of BLOCK_STORAGE_LOOKUPS) if (stale(key)) void get().reloadLookup(cloud, key);
        },
        async reloadLookup(cloud, key) {
          if (BLOCK_STORAGE_LOOKUPS.includes(key) && get().lookups[cloud]?.version?.data?.blockStorage !== true) return;
          const previous = get().lookups[cloud]?.[key]?.data;
          setLookup(cloud, { [key]: { state: 'loading', data: previous } });
          const r = await runLookup(key, cloud);
          setLookup(cloud, { [key]: r.ok ? { state: 'ok', data: r.data, at: Date.now() } : { state: 'error', error: r.error, data: previous } });
          if (key === 'version' && r.ok && get().lookups[cloud]?.version?.data?.blockStorage) {
            for (const k of BLOCK_STORAGE_LOOKUPS) void get().reloadLookup(cloud, k);
          }
        },
        async launch(cloud, request) {
          const key = `run-${Date.now()}-${++runSeq}`;
          const count = request.maxCount ?? 1;
          const run: LaunchRun = { key, cloud, name: request.name, count, startedAt: Date.now(), phase: 'sending', servers: [] };
          set((s) => ({ runs: [run, ...s.runs] }));
          const r = await api.invoke('servers.create', { cloud, server: request });
          if (!r.ok) {
            updateRun(key, { phase: 'failed', error: r.error });
            return r;
          }
          const { id, reservationId, recoveredFrom } = r.value;
          if (!id && !reservationId) {
            const error: SerializedError = { kind: 'internal', message: 'Nova answered without a server id or reservation id' };
            updateRun(key, { phase: 'failed', error });
            return r;
          }
          updateRun(key, { phase: 'building', serverId: id, reservationId: id ? undefined : reservationId, recoveredFrom });
          set((s) => ({ launched: { ...s.launched, [cloud]: request.name } }));
          // the cloud's watcher follows new servers closely from now on, so the servers list shows
          // the launch's progress too (it otherwise waits for the watcher's next idle poll)
          void api.invoke('servers.watch', { cloud, watch: true });
          followChanges();
          refreshUsage(cloud);
          void poll(key);
          return r;
        },
        dismissRun(key) {
          const t = timers.get(key);
          if (t) clearTimeout(t);
          timers.delete(key);
          polls.delete(key);
          set((s) => ({ runs: s.runs.filter((r) => r.key !== key) }));
        },
      };
    },
    {
      name: 'novadesk.launch',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // secrets stay in memory; lookups and runs are per session
      partialize: (s) => ({
        drafts: Object.fromEntries(Object.entries(s.drafts).map(([k, d]) => [k, withoutSecrets(d)])),
        steps: s.steps,
      }),
      merge: (stored, current) => {
        const p = (stored ?? {}) as { drafts?: Record<string, unknown>; steps?: Record<string, string> };
        const drafts = Object.fromEntries(Object.entries(p.drafts ?? {}).map(([k, d]) => [k, reviveDraft(d)]));
        const steps = Object.fromEntries(
          Object.entries(p.steps ?? {}).filter((e): e is [string, StepId] => (STEPS as readonly string[]).includes(e[1])),
        );
        return { ...current, drafts, steps };
      },
    },
  ),
);
