import { create } from 'zustand';
import type { Server } from '../../../../shared/domain/server.js';
import type { Result, SerializedError } from '../../../../shared/errors.js';
import type { RowError, RowPending } from '../../kit/list-store.js';
import { createRowTickets } from '../../kit/row-freshness.js';
import type { ActionStore } from '../../kit/run-action.js';
import { api } from '../../lib/api.js';
import { mergeServers } from './list-merge.js';
import { EMPTY_FILTERS, filtersKey, hasFilters, matchesFilters, type FilterForm, type ListFilters } from './server-filters.js';
import type { ServerRow } from './server-rows.js';

/**
 * Server lists per cloud, kept for the whole run: switching clouds shows that cloud's last
 * list at once and refreshes behind it (features.md row 80). Before the first answer of a
 * run, the list main kept on disk is shown, marked with its time. Every answer is checked
 * against the load that asked for it, so a slow cloud can never overwrite a newer list.
 * Live changes come from main's per-cloud watcher ('servers.changed').
 */

export interface CloudList {
  servers: Server[];
  /** when the cloud gave this list (ISO 8601); undefined until the first answer */
  fetchedAt: string | undefined;
  loading: boolean;
  /** the last refresh's failure; the servers above are then the older list */
  error: SerializedError | undefined;
  /** the servers are main's saved list from an earlier run, not yet refreshed */
  fromCache: boolean;
  /** the filters `servers` answers */
  filters: ListFilters | undefined;
  filterKey: string | undefined;
  /** bumped by every full load: answers of an older one are dropped */
  seq: number;
}

export type MicroversionInfo = { state: 'loading' } | { state: 'known'; version: string } | { state: 'unknown'; error?: SerializedError };

export type { RowError } from '../../kit/list-store.js';
export type PendingAction = RowPending;

export interface ServersState {
  lists: Record<string, CloudList>;
  /** per cloud: image id → name ('' when Glance does not know it) */
  imageNames: Record<string, Record<string, string>>;
  /** per cloud: flavor id → name, only for clouds below compute 2.47 */
  flavorNames: Record<string, Record<string, string>>;
  microversions: Record<string, MicroversionInfo>;
  /** the server-side filter bar, shared by every cloud in view */
  filters: FilterForm;
  /** by row key (`cloud/id`) */
  pending: Record<string, PendingAction>;
  rowErrors: Record<string, RowError>;

  setFilters(f: FilterForm): void;
  load(cloud: string, filters: ListFilters): Promise<void>;
  refreshRows(cloud: string, ids: readonly string[]): Promise<void>;
  applyChanges(cloud: string, changed: readonly Server[], removed: readonly string[], at?: string): void;
  setPending(key: string, p: PendingAction | undefined): void;
  setRowError(key: string, e: RowError | undefined): void;
  /** start (or poke: refresh now) the cloud's watcher in main, or stop it */
  watch(cloud: string, on: boolean): void;
  /** after an action: follow the server closely from now on (the kit's action runner calls it) */
  afterAction(cloud: string, id: string): void;
  loadMicroversion(cloud: string): Promise<void>;
}

const EMPTY_LIST: CloudList = {
  servers: [],
  fetchedAt: undefined,
  loading: false,
  error: undefined,
  fromCache: false,
  filters: undefined,
  filterKey: undefined,
  seq: 0,
};

export const rowKey = (cloud: string, id: string) => `${cloud}/${id}`;

function without<T>(rec: Record<string, T>, key: string): Record<string, T> {
  if (!(key in rec)) return rec;
  const { [key]: _drop, ...rest } = rec;
  return rest;
}

/** Reads of one row may overlap (a poll, an action's re-read): the later-sent answer wins. */
const tickets = createRowTickets();

/**
 * Nova's `updated` moves forward with every state change: a watcher's answer about a row that
 * is older than what the row shows (its poll left before an action whose re-read has landed)
 * is dropped, never shown over Nova's newer answer.
 */
export const isOlder = (incoming: Server, current: Server | undefined) => !!current && !!incoming.updated && !!current.updated && incoming.updated < current.updated;

const useServersStore = create<ServersState>()((set, get) => {
  const patchList = (cloud: string, patch: Partial<CloudList> | ((l: CloudList) => Partial<CloudList>)) =>
    set((st) => {
      const cur = st.lists[cloud] ?? EMPTY_LIST;
      return { lists: { ...st.lists, [cloud]: { ...cur, ...(typeof patch === 'function' ? patch(cur) : patch) } } };
    });

  /** Names for images the cloud's rows show and we have not asked about yet, in one batched call. */
  async function resolveNames(cloud: string, servers: readonly Server[]): Promise<void> {
    const known = get().imageNames[cloud] ?? {};
    const ids = [...new Set(servers.map((s) => s.imageId).filter((id) => id && !(id in known)))];
    const flavorless = servers.some((s) => !s.flavor.name && s.flavor.id && !(s.flavor.id in (get().flavorNames[cloud] ?? {})));
    const work: Array<Promise<void>> = [];
    for (let i = 0; i < ids.length; i += 5000) {
      const chunk = ids.slice(i, i + 5000);
      work.push(
        api.invoke('images.namesByIds', { cloud, ids: chunk }).then((r) => {
          // a failed lookup leaves ids showing: the list itself is what matters
          if (!r.ok) return;
          const names: Record<string, string> = {};
          for (const id of chunk) names[id] = r.value[id] ?? '';
          set((st) => ({ imageNames: { ...st.imageNames, [cloud]: { ...st.imageNames[cloud], ...names } } }));
        }),
      );
    }
    if (flavorless) {
      work.push(
        api.invoke('flavors.list', { cloud }).then((r) => {
          if (!r.ok) return;
          const names = Object.fromEntries(r.value.map((f) => [f.id, f.name]));
          set((st) => ({ flavorNames: { ...st.flavorNames, [cloud]: { ...st.flavorNames[cloud], ...names } } }));
        }),
      );
    }
    await Promise.all(work);
  }

  return {
    lists: {},
    imageNames: {},
    flavorNames: {},
    microversions: {},
    filters: EMPTY_FILTERS,
    pending: {},
    rowErrors: {},

    setFilters(filters) {
      set({ filters });
    },

    async load(cloud, filters) {
      const seq = (get().lists[cloud]?.seq ?? 0) + 1;
      patchList(cloud, { loading: true, seq });
      const stale = () => (get().lists[cloud]?.seq ?? 0) !== seq;
      const filtered = hasFilters(filters);
      if (!filtered && !get().lists[cloud]?.fetchedAt) {
        // first look at this cloud in this run: main's saved list, at once
        const cached = await api.invoke('clouds.cachedList', { cloud, kind: 'servers' });
        if (stale()) return;
        if (cached.ok && cached.value) {
          const servers = cached.value.items as Server[];
          patchList(cloud, { servers, fetchedAt: cached.value.fetchedAt, fromCache: true, filters, filterKey: filtersKey(filters) });
          void resolveNames(cloud, servers);
        }
      }
      // unfiltered lists go through main's cache so the next start (or an outage) has them
      const r: Result<{ servers: Server[]; at: string }> = filtered
        ? await api.invoke('servers.list', { cloud, ...filters }).then((x) => (x.ok ? { ok: true, value: { servers: x.value, at: new Date().toISOString() } } : x))
        : await api
            .invoke('clouds.refreshList', { cloud, kind: 'servers' })
            .then((x) => (x.ok ? { ok: true, value: { servers: x.value.items as Server[], at: x.value.fetchedAt } } : x));
      if (stale()) return;
      if (!r.ok) {
        patchList(cloud, { loading: false, error: r.error });
        return;
      }
      patchList(cloud, {
        servers: r.value.servers,
        fetchedAt: r.value.at,
        loading: false,
        error: undefined,
        fromCache: false,
        filters,
        filterKey: filtersKey(filters),
      });
      await resolveNames(cloud, r.value.servers);
    },

    async refreshRows(cloud, ids) {
      const seq = get().lists[cloud]?.seq;
      const reads = ids.map((id) => ({ id, ticket: tickets.take() }));
      const answers = await Promise.all(reads.map(({ id, ticket }) => api.invoke('servers.get', { cloud, id }).then((r) => ({ id, ticket, r }))));
      if (get().lists[cloud]?.seq !== seq) return;
      const changed: Server[] = [];
      const removed: string[] = [];
      for (const { id, ticket, r } of answers) {
        // a read of this row sent later has answered already: this one is older news
        if (!tickets.accept(rowKey(cloud, id), ticket)) continue;
        if (r.ok) changed.push(r.value);
        else if (r.error.kind === 'not_found') removed.push(id);
      }
      // a row that failed for another reason keeps its last known state; the next poll retries
      get().applyChanges(cloud, changed, removed);
      await resolveNames(cloud, changed);
    },

    applyChanges(cloud, changed, removed, at) {
      const list = get().lists[cloud];
      // nothing shown for this cloud yet: its first load will bring everything
      if (!list?.filters) return;
      const f = list.filters;
      const shown = new Map(list.servers.map((s) => [s.id, s]));
      const fresh = changed.filter((s) => !isOlder(s, shown.get(s.id)));
      const next = mergeServers(list.servers, fresh, removed, (s) => matchesFilters(s, f));
      if (next === list.servers && !at) return;
      // an answer from the cloud: the list is current again
      patchList(cloud, { servers: next, ...(at ? { fetchedAt: at, error: undefined, fromCache: false } : {}) });
      void resolveNames(cloud, fresh);
    },

    setPending(key, p) {
      set((st) => ({ pending: p ? { ...st.pending, [key]: p } : without(st.pending, key) }));
    },

    setRowError(key, e) {
      set((st) => ({ rowErrors: e ? { ...st.rowErrors, [key]: e } : without(st.rowErrors, key) }));
    },

    watch(cloud, on) {
      // fire and forget: a watcher that cannot start reports through the cloud's status
      void api.invoke('servers.watch', { cloud, watch: on });
    },

    afterAction(cloud) {
      get().watch(cloud, true);
    },

    async loadMicroversion(cloud) {
      const cur = get().microversions[cloud];
      if (cur && cur.state !== 'unknown') return;
      set((st) => ({ microversions: { ...st.microversions, [cloud]: { state: 'loading' } } }));
      // what the cloud's client negotiated, without a fresh login
      const r = await api.invoke('clouds.computeVersion', { cloud });
      const info: MicroversionInfo = r.ok ? { state: 'known', version: r.value.negotiated } : { state: 'unknown', error: r.error };
      set((st) => ({ microversions: { ...st.microversions, [cloud]: info } }));
    },
  };
});

/** The servers store, also as the kit's action runner sees it: rows are `ServerRow`s of any cloud. */
export const useServers: typeof useServersStore & ActionStore<ServerRow> = Object.assign(useServersStore, {
  channels: { idOf: (r: ServerRow) => r.server.id, cloudOf: (r: ServerRow) => r.cloud },
});
