import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from './ErrorBanner.js';
import type { ActionDef, ActionTable } from './action-table.js';
import { DetailsDrawer, type DrawerTab } from './DetailsDrawer.js';
import { DrawerActions } from './DrawerActions.js';
import type { RowError } from './list-store.js';
import type { ActionStore } from './run-action.js';
import type { DrawerRow } from './use-drawer-row.js';

/** What a resource's own drawer gets (`ResourceView`'s `drawer`). */
export interface DrawerProps<Row> {
  row: Row;
  /** false once the row has left the list (deleted): the drawer keeps its last copy */
  present: boolean;
  rowError: RowError | undefined;
  openTab: { id: string; seq: number } | undefined;
  onAction(action: ActionDef<Row>): void;
  onClose(): void;
}

interface Props<Row> {
  ns: string;
  row: Row;
  drawer: DrawerRow<Row>;
  store: ActionStore<Row>;
  cloud: string;
  rowError: RowError | undefined;
  actions: ActionTable<Row>;
  nameOf(row: Row): string;
  tabs?(row: Row, cloud: string): DrawerTab[];
  custom?(p: DrawerProps<Row>): ReactNode;
  reread: boolean;
  onPick(action: ActionDef<Row>, row: Row): void;
}

/**
 * The open row beside the list: the resource's own drawer, or the kit's with the row's
 * actions, its last error and the resource's tabs.
 */
export function RowDrawer<Row>({ ns, row, drawer, store, cloud, rowError, actions, nameOf, tabs, custom, reread, onPick }: Props<Row>) {
  const { t } = useTranslation([ns, 'kit']);
  const { present, openTab } = drawer;
  const id = store.channels.idOf(row);
  // a row opened is re-read: the list answer may leave fields out
  useEffect(() => {
    if (reread && present) void store.getState().refreshRows(cloud, [id]);
  }, [reread, present, cloud, id, store]);

  if (custom) return custom({ row, present, rowError, openTab, onAction: (a) => onPick(a, row), onClose: drawer.close });
  return (
    <DetailsDrawer
      subjectKey={drawer.openKey ?? id}
      title={nameOf(row)}
      tabs={tabs?.(row, cloud) ?? []}
      openTab={openTab}
      onClose={drawer.close}
      top={
        <>
          {!present && <p className="banner warn">{t('kit:drawer.gone')}</p>}
          {present && <DrawerActions table={actions} row={row} onPick={(a) => onPick(a, row)} />}
          {rowError && <ErrorBanner what={t('kit:notify.failed', { action: t(`action.${rowError.action}`), name: nameOf(row) })} error={rowError.error} />}
        </>
      }
    />
  );
}
