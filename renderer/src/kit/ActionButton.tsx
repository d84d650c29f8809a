import { useTranslation } from 'react-i18next';
import { asksMore, type ActionDef } from './action-table.js';

interface Props<Row> {
  ns: string;
  action: ActionDef<Row>;
  /** why it cannot run, already in words; disables the button */
  why?: string | undefined;
  disabled?: boolean;
  /** after the label, e.g. how many selected rows it applies to */
  suffix?: string;
  onClick(): void;
}

/** An action of the table as a button: its label, danger colour, ellipsis when it asks more, and why not. */
export function ActionButton<Row>({ ns, action, why, disabled, suffix = '', onClick }: Props<Row>) {
  const { t } = useTranslation(ns);
  return (
    <button type="button" className={action.danger ? 'button danger' : 'button'} disabled={disabled ?? !!why} title={why} onClick={onClick}>
      {t(`action.${action.id}`)}
      {asksMore(action) ? '…' : ''}
      {suffix}
    </button>
  );
}
