import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { notify } from '../../stores/notify.js';
import { isResizing, resizeEnd, resizeFailure } from './resize-outcome.js';
import type { ServerRow } from './server-rows.js';
import { useServers } from './servers-store.js';

/**
 * Follows every resize the list sees (or sends): when one ends with the server back on its
 * old flavor instead of waiting for a confirmation, reads the action log and, if the resize
 * failed there, says so with Nova's reason, on the row and in a toast.
 */
export function useResizeOutcome(rows: readonly ServerRow[]): void {
  const { t } = useTranslation('servers');
  const pending = useServers((s) => s.pending);
  /** row key → the flavor it had when the resize began */
  const watched = useRef(new Map<string, string>());

  useEffect(() => {
    for (const r of rows) {
      const was = watched.current.get(r.key);
      if (was === undefined) {
        if (isResizing(r.server) || pending[r.key]?.action === 'resize') watched.current.set(r.key, r.flavorName);
        continue;
      }
      const end = resizeEnd(r.server);
      if (end === 'moving' || pending[r.key]) continue;
      watched.current.delete(r.key);
      if (end === 'back' && r.flavorName === was) void explain(r);
    }

    async function explain(r: ServerRow) {
      const list = await api.invoke('instanceActions.list', { cloud: r.cloud, serverId: r.server.id });
      if (!list.ok) return;
      const newest = list.value.filter((a) => a.action === 'resize').sort((a, b) => b.startTime.localeCompare(a.startTime))[0];
      if (!newest) return;
      // the list leaves the events out: the action's own GET has them
      const one = await api.invoke('instanceActions.get', { cloud: r.cloud, serverId: r.server.id, requestId: newest.requestId });
      const failure = resizeFailure([one.ok ? one.value : newest]);
      if (!failure) return;
      const title = t('notify.resizeFailed', { name: r.server.name, flavor: r.flavorName });
      const detail = t('notify.resizeFailedDetail', { event: failure.event, message: failure.message });
      useServers.getState().setRowError(r.key, { action: 'resize', error: { kind: 'resource_failure', message: detail, requestId: newest.requestId } });
      notify({ kind: 'error', title, detail });
    }
  }, [rows, pending, t]);
}
