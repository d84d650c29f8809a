import { useTranslation } from 'react-i18next';
import { ActionButton } from './ActionButton.js';
import { availability, drawerActionsFor, type ActionDef, type ActionTable } from './action-table.js';
import { whyText } from './why-text.js';

interface Props<Row> {
  table: ActionTable<Row>;
  row: Row;
  onPick(action: ActionDef<Row>): void;
  /** the toolbar's name (default: the kit's "Actions") */
  label?: string;
}

/**
 * The drawer's buttons: the table's drawer actions the row's state allows, and those only a
 * lock-like guard blocks, disabled with its reason.
 */
export function DrawerActions<Row>({ table, row, onPick, label }: Props<Row>) {
  const { t } = useTranslation(table.namespace);
  return (
    <div className="kit-row" role="toolbar" aria-label={label ?? t('kit:drawer.actions')}>
      {drawerActionsFor(table, row).map((a) => {
        const avail = availability(a, row);
        return <ActionButton key={a.id} ns={table.namespace} action={a} why={whyText(t, avail)} onClick={() => onPick(a)} />;
      })}
    </div>
  );
}
