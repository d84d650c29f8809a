import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { ListKind } from '../../../shared/domain/cached-list.js';
import type { SerializedError } from '../../../shared/errors.js';
import { pollDelayMs } from '../../../shared/poll-pacing.js';
import { request, send, type ChannelRequest } from './request.js';
import { createRowTickets, keepNewer } from './row-freshness.js';

/**
 * One store per resource, made by one factory from the resource's channels: lists per cloud
 * (switching clouds shows the last list at once), the list main keeps on disk before the
 * first answer (when the channel has one), refresh, per-row pending and error, re-reading a
 * row after an action, and polling rows on the move. Every answer is checked against the
 * load that asked for it, so a slow answer never overwrites a newer list.
 */

export interface ResourceChannels<T> {
  list: ChannelRequest<[cloud: string], T[]>;
  /** one item, fresh (also fills what the list leaves out) */
  get?: ChannelRequest<[cloud: string, id: string], T>;
  /** a list main keeps on disk (`clouds.cachedList` / `clouds.refreshList`) */
  cachedKind?: ListKind;
  idOf(item: T): string;
  /** rows on their way somewhere are re-read, paced by `pollDelayMs`, until they settle */
  isTransitional?(item: T): boolean;
  /** the list answer lacks fields only `get` has: re-read up to this many rows after each load */
  completeUpTo?: number;
  /** `a` describes an earlier moment than `b` (e.g. an older `updated`): `upsert` keeps `b` */
  olderThan?(a: T, b: T): boolean;
}

export interface ResourceList<T> {
  items: T[];
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

export interface ListState<T> {
  lists: Record<string, ResourceList<T>>;
  /** by row key (`cloud/id`) */
  pending: Record<string, RowPending>;
  rowErrors: Record<string, RowError>;
  load(cloud: string): Promise<void>;
  /** re-read rows by id: changed ones are replaced, gone ones (404) removed */
  refreshRows(cloud: string, ids: readonly string[]): Promise<void>;
  upsert(cloud: string, item: T): void;
  remove(cloud: string, ids: readonly string[]): void;
  setPending(key: string, p: RowPending | undefined): void;
  setRowError(key: string, e: RowError | undefined): void;
  /** stop polling (the screen unmounted) */
  stopPolling(): void;
}

export type ListStore<T> = UseBoundStore<StoreApi<ListState<T>>> & { channels: ResourceChannels<T> };

export const EMPTY_LIST: ResourceList<never> = { items: [], fetchedAt: undefined, loading: false, error: undefined, fromCache: false, seq: 0 };

export const rowKey = (cloud: string, id: string) => `${cloud}/${id}`;

function without<V>(rec: Record<string, V>, key: string): Record<string, V> {
  if (!(key in rec)) return rec;
  const { [key]: _drop, ...rest } = rec;
  return rest;
}

const cachedList = (kind: ListKind) => request('clouds.cachedList', (cloud: string) => ({ cloud, kind }));
const refreshList = (kind: ListKind) => request('clouds.refreshList', (cloud: string) => ({ cloud, kind }));

export function createListStore<T>(channels: ResourceChannels<T>): ListStore<T> {
  const { idOf } = channels;
  /** per cloud: the pending poll of its moving rows */
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** reads of one row may overlap: the later-sent answer wins, whatever order they land in */
  const tickets = createRowTickets();

  const store = create<ListState<T>>()((set, get) => {
    const patch = (cloud: string, p: Partial<ResourceList<T>>) =>
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

      async load(cloud) {
        const seq = (get().lists[cloud]?.seq ?? 0) + 1;
        patch(cloud, { loading: true, seq });
        const stale = () => get().lists[cloud]?.seq !== seq;
        const kind = channels.cachedKind;
        if (kind && !get().lists[cloud]?.fetchedAt) {
          // first look at this cloud in this run: main's saved list, at once
          const cached = await send(cachedList(kind), cloud);
          if (stale()) return;
          if (cached.ok && cached.value) patch(cloud, { items: cached.value.items as T[], fetchedAt: cached.value.fetchedAt, fromCache: true });
        }
        const r = kind
          ? await send(refreshList(kind), cloud).then((x) => (x.ok ? { ok: true as const, value: { items: x.value.items as T[], at: x.value.fetchedAt } } : x))
          : await send(channels.list, cloud).then((x) => (x.ok ? { ok: true as const, value: { items: x.value, at: new Date().toISOString() } } : x));
        if (stale()) return;
        if (!r.ok) {
          patch(cloud, { loading: false, error: r.error });
          return;
        }
        patch(cloud, { items: r.value.items, fetchedAt: r.value.at, loading: false, error: undefined, fromCache: false });
        schedulePoll(cloud);
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
        const gone: string[] = [];
        for (const { id, ticket, r } of answers) {
          // a read sent after this one has already answered for the row
          if (!tickets.accept(rowKey(cloud, id), ticket)) continue;
          if (r.ok) get().upsert(cloud, r.value);
          else if (r.error.kind === 'not_found') gone.push(id);
          // another failure keeps the row's last known state; the next poll retries
        }
        if (gone.length > 0) get().remove(cloud, gone);
        schedulePoll(cloud);
      },

      upsert(cloud, item) {
        const id = idOf(item);
        const items = get().lists[cloud]?.items ?? [];
        const at = items.findIndex((i) => idOf(i) === id);
        if (!keepNewer(items[at], item, channels.olderThan)) return;
        // a fresh copy keeps what the list knew and the answer leaves out (undefined fields)
        const merged = at < 0 ? item : ({ ...items[at], ...Object.fromEntries(Object.entries(item as object).filter(([, v]) => v !== undefined)) } as T);
        patch(cloud, { items: at < 0 ? [...items, item] : items.map((x, i) => (i === at ? merged : x)) });
      },

      remove(cloud, ids) {
        const drop = new Set(ids);
        const items = get().lists[cloud]?.items ?? [];
        if (!items.some((i) => drop.has(idOf(i)))) return;
        patch(cloud, { items: items.filter((i) => !drop.has(idOf(i))) });
      },

      setPending(key, p) {
        set((st) => ({ pending: p ? { ...st.pending, [key]: p } : without(st.pending, key) }));
      },

      setRowError(key, e) {
        set((st) => ({ rowErrors: e ? { ...st.rowErrors, [key]: e } : without(st.rowErrors, key) }));
      },

      stopPolling() {
        for (const timer of timers.values()) clearTimeout(timer);
        timers.clear();
      },
    };
  });
  return Object.assign(store, { channels });
}
