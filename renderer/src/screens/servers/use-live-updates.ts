import { useEffect, useRef } from 'react';
import { api } from '../../lib/api.js';
import { useClouds } from '../../stores/clouds.js';
import { useServers, watchServers } from './servers-store.js';
import { isUnreachable } from './format.js';
import { filtersKey, type ListFilters } from './server-filters.js';

/**
 * Loads the list of every cloud in view when the view or the filters change (the last list
 * stays on screen meanwhile), then keeps it current from main's per-cloud watcher: it polls
 * transitional rows at 2.5 s growing to 30 s and the rest every 30 s with `changes-since`,
 * and sends only the differences as 'servers.changed'. A cloud that comes back after an
 * outage is reloaded at once.
 *
 * Watchers of clouds that leave the view are stopped, except the current cloud's: other
 * screens (launch progress) may be following it.
 */
export function useLiveUpdates(clouds: readonly string[], filters: ListFilters): void {
  const key = filtersKey(filters);
  const cloudsKey = clouds.join('\n');
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const viewRef = useRef(clouds);
  viewRef.current = clouds;

  useEffect(() => {
    const st = useServers.getState();
    // the watcher starts after the first list: it then seeds from that fresh list and asks
    // only for changes, instead of listing everything a second time at once
    for (const cloud of cloudsKey.split('\n').filter(Boolean)) {
      void st.load(cloud, filtersRef.current).finally(() => {
        // not for a cloud the user has left meanwhile: nothing would stop that watcher
        if (viewRef.current.includes(cloud)) watchServers(cloud, true);
      });
    }
  }, [cloudsKey, key]);

  useEffect(() => {
    const ids = cloudsKey.split('\n').filter(Boolean);
    return () => {
      const current = useClouds.getState().currentId;
      for (const cloud of ids) if (cloud !== current) watchServers(cloud, false);
    };
  }, [cloudsKey]);

  useEffect(() => {
    const ids = new Set(cloudsKey.split('\n').filter(Boolean));
    const offChanges = api.on('servers.changed', (c) => {
      if (ids.has(c.cloud)) useServers.getState().applyChanges(c.cloud, c.changed, c.removed, c.at);
    });
    // back from an outage: the list on screen is old, fetch it again rather than wait
    const offStatus = useClouds.subscribe((s, prev) => {
      for (const cloud of ids) {
        const now = s.statuses[cloud];
        if (now?.state !== 'connected' || prev.statuses[cloud]?.state === 'connected') continue;
        const list = useServers.getState().lists[cloud];
        if (list && !list.loading && isUnreachable(list.error)) void useServers.getState().load(cloud, filtersRef.current);
      }
    });
    return () => {
      offChanges();
      offStatus();
    };
  }, [cloudsKey]);
}
