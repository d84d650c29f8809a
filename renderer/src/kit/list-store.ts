import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { ListKind } from '../../../shared/domain/cached-list.js';
import type { SerializedError } from '../../../shared/errors.js';
import { pollDelayMs } from '../../../shared/poll-pacing.js';
import { api } from '../lib/api.js';
import { request, send, type ChannelRequest } from './request.js';
import { createRowTickets, keepNewer } from './row-freshness.js';

/**
 * One store per resource, made by one factory from the resource's channels: lists per cloud
 * (switching clouds shows the last list at once), the list main keeps on disk before the
 * first answer (when the channel has one), refresh, per-row pending and error, re-reading a
 * row after an action, and polling rows on the move. Every answer is checked against the
 * load that asked for it, so a slow answer never overwrites a newer list.
 *
 * `Args` are what a list is asked for beyond its cloud (servers: the filter bar); most
 * resources have none. A list remembers the args it answers, so a refresh asks the same.
 */

export interface ResourceChannels<T, Args = void> {
  list: ChannelRequest<[cloud: string, args: Args], T[]>;
  /** one item, fresh (also fills what the list leaves out) */
  get?: ChannelRequest<[cloud: string, id: string], T>;
  /** a list main keeps on disk (`clouds.cachedList` / `clouds.refreshList`) */
  cachedKind?: ListKind;
  /** whether a list asked with these args goes through main's cache (default: all); a filtered one is not worth saving */
  cachedWhen?(args: Args): boolean;
  /** a stable key for args: lists asked with different args are different lists */
  argsKey?(args: Args): string;
  idOf(item: T): string;
  /** rows on their way somewhere are re-read, paced by `pollDelayMs`, until they settle */
  isTransitional?(item: T): boolean;
  /** the list answer lacks fields only `get` has: re-read up to this many rows after each load */
  completeUpTo?: number;
  /** `a` describes an earlier moment than `b` (e.g. an older `updated`): `upsert` keeps `b` */
  olderThan?(a: T, b: T): boolean;
  /**
   * The list after some items changed (re-read rows, main's watcher) and some left. Default:
   * a changed item replaces its row keeping what the answer leaves out, a new one joins at
   * the end. A resource with list args decides here whether an item still belongs.
   */
  merge?(items: readonly T[], changed: readonly T[], removed: readonly string[], args: Args | undefined): T[];
  /** items arrived (a list, a re-read, a change): the resource may look up what they refer to */
  onItems?(cloud: string, items: readonly T[]): void | Promise<void>;
  /** after an action succeeded and its row was re-read (servers: poke the cloud's watcher) */
  afterAction?(cloud: string, id: string): void;
}

export interface ResourceList<T, Args = void> {
  items: T[];
  /** what the list was asked for (see `ResourceChannels`), and its `argsKey` */
  args: Args | undefined;
  argsKey: string | undefined;
  /** when the cloud gave this list (ISO 8601); undefined until the first answer */
  fetchedAt: string | undefined;
  loading: boolean;
  /** the last load's failure; the items are then the older list */
  error: SerializedError | undefined;
  /** main's saved list from an earlier run, not yet refreshed */
  fromCache: boolean;
  seq: number;
}

export interface RowPending {
  action: string;
  since: number;
}
export interface RowError {
  action: string;
  error: SerializedError;
}

export interface ListState<T, Args = void> {
  lists: Record<string, ResourceList<T, Args>>;
  /** by row key (`cloud/id`) */
  pending: Record<string, RowPending>;
  rowErrors: Record<string, RowError>;
  /** without args: the ones the cloud's list was last asked with */
  load(cloud: string, args?: Args): Promise<void>;
  /** re-read rows by id: changed ones are replaced, gone ones (404) removed */
  refreshRows(cloud: string, ids: readonly string[]): Promise<void>;
  /**
   * Changes that come without a ticket (main's watcher): older ones than the row are dropped
   * (`olderThan`); `at` is when the cloud answered, which makes the list current again.
   * Ignored until the cloud's list is shown: its first load brings everything.
   */
  applyChanges(cloud: string, changed: readonly T[], removed: readonly string[], at?: string): void;
  upsert(cloud: string, item: T): void;
  remove(cloud: string, ids: readonly string[]): void;
  setPending(key: string, p: RowPending | undefined): void;
  setRowError(key: string, e: RowError | undefined): void;
  afterAction(cloud: string, id: string): void;
  /** stop polling (the screen unmounted) */
  stopPolling(): void;
}

export type ListStore<T, Args = void> = UseBoundStore<StoreApi<ListState<T, Args>>> & { channels: ResourceChannels<T, Args> };

export const EMPTY_LIST: ResourceList<never, never> = {
  items: [],
  args: undefined,
  argsKey: undefined,
  fetchedAt: undefined,
  loading: false,
  error: undefined,
  fromCache: false,
  seq: 0,
};

export const rowKey = (cloud: string, id: string) => `${cloud}/${id}`;

function without<V>(rec: Record<string, V>, key: string): Record<string, V> {
  if (!(key in rec)) return rec;
  const { [key]: _drop, ...rest } = rec;
  return rest;
}

/** The default `merge`: a changed item replaces its row (keeping fields it leaves undefined) or joins at the end. */
function replaceItems<T>(items: readonly T[], changed: readonly T[], removed: readonly string[], idOf: (item: T) => string): T[] {
  if (changed.length === 0 && removed.length === 0) return items as T[];
  const drop = new Set(removed);
  let next = items.some((i) => drop.has(idOf(i))) ? items.filter((i) => !drop.has(idOf(i))) : (items as T[]);
  for (const item of changed) {
    const at = next.findIndex((i) => idOf(i) === idOf(item));
    const merged = at < 0 ? item : ({ ...next[at], ...Object.fromEntries(Object.entries(item as object).filter(([, v]) => v !== undefined)) } as T);
    next = at < 0 ? [...next, item] : next.map((x, i) => (i === at ? merged : x));
  }
  return next;
}

/**
 * A page of a list still loading, onto the list that shows what has landed of it so far: rows
 * it already has are replaced where they are, new ones go after them, in the service's order.
 */
export function appendPage<T>(items: readonly T[], page: readonly T[], idOf: (item: T) => string): T[] {
  const fresh = new Map(page.map((p) => [idOf(p), p]));
  const kept = items.map((i) => {
    const p = fresh.get(idOf(i));
    fresh.delete(idOf(i));
    return p ?? i;
  });
  return [...kept, ...fresh.values()];
}

/** main's saved list of a cloud (the first screen asks for it early: shell/first-screen.ts) */
export const cachedList = (kind: ListKind) => request('clouds.cachedList', (cloud: string) => ({ cloud, kind }));
const refreshList = (kind: ListKind) => request('clouds.refreshList', (cloud: string) => ({ cloud, kind }));

export function createListStore<T, Args = void>(channels: ResourceChannels<T, Args>): ListStore<T, Args> {
  const { idOf } = channels;
  const merge = channels.merge ?? ((items, changed, removed) => replaceItems(items, changed, removed, idOf));
  /** per cloud: the pending poll of its moving rows */
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** reads of one row may overlap: the later-sent answer wins, whatever order they land in */
  const tickets = createRowTickets();

  const store = create<ListState<T, Args>>()((set, get) => {
    const patch = (cloud: string, p: Partial<ResourceList<T, Args>>) =>
      set((st) => ({ lists: { ...st.lists, [cloud]: { ...(st.lists[cloud] ?? EMPTY_LIST), ...p } } }));

    /** Follows the cloud's moving rows; stops by itself once every row has settled. */
    function schedulePoll(cloud: string) {
      const moving = channels.isTransitional && channels.get ? (get().lists[cloud]?.items ?? []).filter(channels.isTransitional) : [];
      const cur = timers.get(cloud);
      if (moving.length === 0) {
        if (cur) clearTimeout(cur);
        timers.delete(cloud);
        return;
      }
      // already following this cloud: the running chain picks the new rows up
      if (cur) return;
      const run = (n: number) => {
        const timer = setTimeout(() => {
          const ids = (get().lists[cloud]?.items ?? []).filter((i) => channels.isTransitional?.(i)).map(idOf);
          void get()
            .refreshRows(cloud, ids)
            .finally(() => {
              if (!timers.has(cloud)) return;
              const still = (get().lists[cloud]?.items ?? []).some((i) => channels.isTransitional?.(i));
              if (still) run(n + 1);
              else timers.delete(cloud);
            });
        }, pollDelayMs(n));
        timers.set(cloud, timer);
      };
      run(1);
    }

    /** Applies changed and gone items to the cloud's list, older answers dropped; returns the items applied. */
    function change(cloud: string, changed: readonly T[], removed: readonly string[]): T[] {
      const list = get().lists[cloud] ?? (EMPTY_LIST as ResourceList<T, Args>);
      const shown = new Map(list.items.map((i) => [idOf(i), i]));
      const fresh = changed.filter((i) => keepNewer(shown.get(idOf(i)), i, channels.olderThan));
      const items = merge(list.items, fresh, removed, list.args);
      if (items !== list.items) patch(cloud, { items });
      if (fresh.length > 0) void channels.onItems?.(cloud, fresh);
      return fresh;
    }

    async function complete(cloud: string, items: readonly T[]) {
      if (!channels.completeUpTo || !channels.get) return;
      const ids = items.slice(0, channels.completeUpTo).map(idOf);
      // a few at a time: a long list must not flood the cloud
      for (let i = 0; i < ids.length; i += 4) await get().refreshRows(cloud, ids.slice(i, i + 4));
    }

    return {
      lists: {},
      pending: {},
      rowErrors: {},

      async load(cloud, given) {
        const args = (given === undefined ? get().lists[cloud]?.args : given) as Args;
        const asked = { args, argsKey: channels.argsKey?.(args) };
        const seq = (get().lists[cloud]?.seq ?? 0) + 1;
        patch(cloud, { loading: true, seq });
        const stale = () => get().lists[cloud]?.seq !== seq;
        // lists main keeps on disk are asked for through it, so the next start (or an outage) has them
        const kind = channels.cachedKind && (channels.cachedWhen?.(args) ?? true) ? channels.cachedKind : undefined;
        if (kind && !get().lists[cloud]?.fetchedAt) {
          // first look at this cloud in this run: main's saved list, at once
          const cached = await send(cachedList(kind), cloud);
          if (stale()) return;
          if (cached.ok && cached.value) {
            patch(cloud, { items: cached.value.items as T[], fetchedAt: cached.value.fetchedAt, fromCache: true, ...asked });
            void channels.onItems?.(cloud, cached.value.items as T[]);
          }
        }
        // main sends the pages of a long list as they land (lists.page): an empty list grows
        // page by page, a list already shown (cached, or the last one) takes them as changes
        let growing: boolean | undefined;
        const offPages = kind
          ? api.on('lists.page', (p) => {
              if (p.cloud !== cloud || p.kind !== kind || stale()) return;
              const page = p.items as T[];
              const shown = get().lists[cloud]?.items ?? [];
              growing ??= shown.length === 0;
              if (!growing) return void change(cloud, page, []);
              patch(cloud, { items: appendPage(shown, page, idOf), ...asked });
              void channels.onItems?.(cloud, page);
            })
          : undefined;
        const r = await (kind
          ? send(refreshList(kind), cloud).then((x) => (x.ok ? { ok: true as const, value: { items: x.value.items as T[], at: x.value.fetchedAt } } : x))
          : send(channels.list, cloud, args).then((x) => (x.ok ? { ok: true as const, value: { items: x.value, at: new Date().toISOString() } } : x))
        ).finally(() => offPages?.());
        if (stale()) return;
        if (!r.ok) {
          patch(cloud, { loading: false, error: r.error });
          return;
        }
        patch(cloud, { items: r.value.items, fetchedAt: r.value.at, loading: false, error: undefined, fromCache: false, ...asked });
        schedulePoll(cloud);
        await channels.onItems?.(cloud, r.value.items);
        await complete(cloud, r.value.items);
      },

      async refreshRows(cloud, ids) {
        const getter = channels.get;
        if (ids.length === 0) return;
        if (!getter) return get().load(cloud);
        const seq = get().lists[cloud]?.seq;
        const answers = await Promise.all(ids.map((id) => ({ id, ticket: tickets.take() })).map(({ id, ticket }) => send(getter, cloud, id).then((r) => ({ id, ticket, r }))));
        // a full load started meanwhile: its answer is newer than these
        if (get().lists[cloud]?.seq !== seq) return;
        const changed: T[] = [];
        const gone: string[] = [];
        for (const { id, ticket, r } of answers) {
          // a read sent after this one has already answered for the row
          if (!tickets.accept(rowKey(cloud, id), ticket)) continue;
          if (r.ok) changed.push(r.value);
          else if (r.error.kind === 'not_found') gone.push(id);
          // another failure keeps the row's last known state; the next poll retries
        }
        change(cloud, changed, gone);
        schedulePoll(cloud);
      },

      applyChanges(cloud, changed, removed, at) {
        if (!get().lists[cloud]?.fetchedAt) return;
        change(cloud, changed, removed);
        // an answer from the cloud: the list is current again
        if (at) patch(cloud, { fetchedAt: at, error: undefined, fromCache: false });
      },

      upsert(cloud, item) {
        change(cloud, [item], []);
      },

      remove(cloud, ids) {
        change(cloud, [], ids);
      },

      setPending(key, p) {
        set((st) => ({ pending: p ? { ...st.pending, [key]: p } : without(st.pending, key) }));
      },

      setRowError(key, e) {
        set((st) => ({ rowErrors: e ? { ...st.rowErrors, [key]: e } : without(st.rowErrors, key) }));
      },

      afterAction(cloud, id) {
        channels.afterAction?.(cloud, id);
      },

      stopPolling() {
        for (const timer of timers.values()) clearTimeout(timer);
        timers.clear();
      },
    };
  });
  return Object.assign(store, { channels });
}
