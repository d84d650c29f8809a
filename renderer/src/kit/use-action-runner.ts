import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text.js';
import { notify } from '../stores/notify.js';
import type { ActionDef } from './action-table.js';
import { runBatch, type ActionStore } from './run-action.js';

/**
 * Runs an action over rows and says how it went: one toast per batch, each failure named.
 * A resource may word the toasts itself (`notify.*` in its namespace: servers say "sent",
 * since Nova has only accepted the request); the kit's words are the fallback.
 */
export function useActionRunner<Row>(ns: string, store: ActionStore<Row>, nameOf: (row: Row) => string) {
  const { t } = useTranslation(ns);
  return useCallback(
    async (action: ActionDef<Row>, cloud: string, rows: readonly Row[]) => {
      const results = await runBatch(store, action, cloud, rows);
      const what = t(`action.${action.id}`);
      const failed = results.filter((r) => r.error);
      if (results.length === 1) {
        const only = results[0]!;
        const name = nameOf(only.row);
        if (only.error) notify({ kind: 'error', title: t(['notify.failed', 'kit:notify.failed'], { action: what, name }), detail: errorText(t, only.error) });
        else notify({ kind: 'success', title: t(['notify.done', 'kit:notify.done'], { action: what, name }) });
      } else if (failed.length === 0) {
        notify({ kind: 'success', title: t(['notify.batchDone', 'kit:notify.batchDone'], { action: what, count: results.length }) });
      } else {
        notify({
          kind: 'error',
          title: t(['notify.batchFailed', 'kit:notify.batchFailed'], { action: what, failed: failed.length, count: results.length }),
          detail: failed.map((f) => `${nameOf(f.row)}: ${f.error ? errorText(t, f.error) : ''}`).join('\n'),
        });
      }
      return results;
    },
    [t, store, nameOf],
  );
}
