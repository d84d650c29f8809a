import { useTranslation } from 'react-i18next';
import { asksMore, availability, drawerActions, type ActionDef, type ActionTable } from './action-table.js';

interface Props<Row> {
  table: ActionTable<Row>;
  row: Row;
  onPick(action: ActionDef<Row>): void;
}

/** The drawer's buttons: the table's drawer actions, disabled with the guard's reason where one blocks. */
export function DrawerActions<Row>({ table, row, onPick }: Props<Row>) {
  const { t } = useTranslation(table.namespace);
  return (
    <div className="kit-row" role="toolbar" aria-label={t('kit:drawer.actions')}>
      {drawerActions(table).map((a) => {
        const avail = availability(a, row);
        return (
          <button
            key={a.id}
            type="button"
            className={a.danger ? 'button danger' : 'button'}
            disabled={!avail.ok}
            title={avail.ok ? undefined : t(`why.${avail.reason}`)}
            onClick={() => onPick(a)}
          >
            {t(`action.${a.id}`)}
            {asksMore(a) ? '…' : ''}
          </button>
        );
      })}
    </div>
  );
}
