import type { Server } from '../../../../shared/domain/server.js';
import { createListStore } from '../../kit/list-store.js';
import { request } from '../../kit/request.js';
import type { ActionStore } from '../../kit/run-action.js';
import { api } from '../../lib/api.js';
import { mergeServers } from './list-merge.js';
import { filtersKey, hasFilters, matchesFilters, type ListFilters } from './server-filters.js';
import type { ServerRow } from './server-rows.js';
import { useServersView } from './servers-view.js';

/**
 * Server lists per cloud, on the kit's list store, kept for the whole run: switching clouds
 * shows that cloud's last list at once and refreshes behind it (features.md row 80). A list is
 * asked for with the filter bar's filters; unfiltered lists go through main's cache, so before
 * the first answer of a run the list main kept on disk is shown, marked with its time. Live
 * changes come from main's per-cloud watcher ('servers.changed' → `applyChanges`), which also
 * polls rows on the move: the store itself does not.
 */

/**
 * Nova's `updated` moves forward with every state change: a watcher's answer about a row that
 * is older than what the row shows (its poll left before an action whose re-read has landed)
 * is dropped, never shown over Nova's newer answer.
 */
export const isOlder = (incoming: Server, current: Server) => !!incoming.updated && !!current.updated && incoming.updated < current.updated;

/** Start (or poke: refresh now) the cloud's watcher in main, or stop it. */
export function watchServers(cloud: string, on: boolean): void {
  // fire and forget: a watcher that cannot start reports through the cloud's status
  void api.invoke('servers.watch', { cloud, watch: on });
}

export const useServers = createListStore<Server, ListFilters>({
  list: request('servers.list', (cloud: string, filters: ListFilters) => ({ cloud, ...filters })),
  get: request('servers.get', (cloud: string, id: string) => ({ cloud, id })),
  cachedKind: 'servers',
  cachedWhen: (filters) => !hasFilters(filters ?? {}),
  argsKey: filtersKey,
  idOf: (s) => s.id,
  olderThan: isOlder,
  // a changed server that no longer matches the list's filters leaves it
  merge: (servers, changed, removed, filters) => mergeServers(servers, changed, removed, (s) => (filters ? matchesFilters(s, filters) : true)),
  onItems: (cloud, servers) => useServersView.getState().resolveNames(cloud, servers),
  // after an action: the cloud's watcher follows the server closely from now on
  afterAction: (cloud) => watchServers(cloud, true),
});

/** The servers store as the kit's action runner sees it: rows are `ServerRow`s of any cloud. */
export const serverRows: ActionStore<ServerRow> = {
  getState: useServers.getState,
  channels: { idOf: (r) => r.server.id, cloudOf: (r) => r.cloud },
};
