import { useTranslation } from 'react-i18next';
import { ActionButton } from './ActionButton.js';
import { batchActions, rowsFit, type ActionDef, type ActionTable } from './action-table.js';

interface Props<Row> {
  table: ActionTable<Row>;
  rows: readonly Row[];
  onRun(action: ActionDef<Row>, rows: Row[]): void;
  onClear(): void;
}

/**
 * The batchable actions for the selected rows (worded by the resource's `batch.*` where it has
 * them: "servers", not "rows"). Each button counts the rows it applies to;
 * rows a guard rules out are skipped (and said so), never sent to fail one by one.
 */
export function BatchBar<Row>({ table, rows, onRun, onClear }: Props<Row>) {
  const { t } = useTranslation(table.namespace);
  return (
    <div className="kit-row kit-batch" role="toolbar" aria-label={t(['batch.label', 'kit:batch.label'])}>
      <span className="kit-batch-count">{t(['batch.selected', 'kit:batch.selected'], { count: rows.length })}</span>
      {batchActions(table).map((a) => {
        const fit = rowsFit(a, rows);
        const skipped = rows.length - fit.length;
        return (
          <ActionButton
            key={a.id}
            ns={table.namespace}
            action={a}
            disabled={fit.length === 0}
            why={skipped > 0 ? t(['batch.skips', 'kit:batch.skips'], { count: skipped }) : undefined}
            suffix={skipped > 0 && fit.length > 0 ? ` (${fit.length})` : ''}
            onClick={() => onRun(a, fit)}
          />
        );
      })}
      <button type="button" className="button ghost" onClick={onClear}>
        {t(['batch.clear', 'kit:batch.clear'])}
      </button>
    </div>
  );
}
