import { useTranslation } from 'react-i18next';
import type { ServerRow } from './server-rows.js';
import { availability, BATCH_ACTIONS, type BatchAction } from './server-state.js';

interface Props {
  rows: readonly ServerRow[];
  onRun(action: BatchAction, rows: ServerRow[]): void;
  onClear(): void;
}

/**
 * Actions for the selected rows. Each button counts the rows it applies to; rows whose state
 * does not allow it are skipped (and said so), never sent to fail one by one.
 */
export function BatchBar({ rows, onRun, onClear }: Props) {
  const { t } = useTranslation('servers');
  return (
    <div className="srv-batch" role="toolbar" aria-label={t('batch.label')}>
      <span className="srv-batch-count">{t('batch.selected', { count: rows.length })}</span>
      {BATCH_ACTIONS.map((a) => {
        const fit = rows.filter((r) => availability(r.server, a).ok);
        return (
          <button
            key={a}
            type="button"
            className={a === 'delete' ? 'button danger' : 'button'}
            disabled={fit.length === 0}
            onClick={() => onRun(a, fit)}
            title={fit.length < rows.length ? t('batch.skips', { count: rows.length - fit.length }) : undefined}
          >
            {t(`action.${a}`)}
            {fit.length !== rows.length && fit.length > 0 ? ` (${fit.length})` : ''}
          </button>
        );
      })}
      <button type="button" className="button ghost" onClick={onClear}>
        {t('batch.clear')}
      </button>
    </div>
  );
}
