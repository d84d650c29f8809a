import { useTranslation } from 'react-i18next';
import { ActionButton } from './ActionButton.js';
import { availability, drawerActions, type ActionDef, type ActionTable } from './action-table.js';

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
        return <ActionButton key={a.id} ns={table.namespace} action={a} why={avail.ok ? undefined : t(`why.${avail.reason}`)} onClick={() => onPick(a)} />;
      })}
    </div>
  );
}
