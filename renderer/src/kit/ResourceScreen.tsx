import type { SortingState } from '@tanstack/react-table';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../lib/download.js';
import { errorText } from '../shell/error-text.js';
import { useClouds } from '../stores/clouds.js';
import { asksFirst, type ActionDef, type ActionTable } from './action-table.js';
import { BatchBar } from './BatchBar.js';
import { ColumnChooser } from './ColumnChooser.js';
import { loadHidden, saveHidden } from './column-prefs.js';
import { headerKey, initialHidden, type KitColumn } from './columns.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { DetailsDrawer, type DrawerTab } from './DetailsDrawer.js';
import { DrawerActions } from './DrawerActions.js';
import { toCsv, toJson } from './export.js';
import { EMPTY_LIST, rowKey, type ListStore } from './list-store.js';
import { QuickFilter } from './QuickFilter.js';
import { ResourceTable } from './ResourceTable.js';
import { RowMenu } from './RowMenu.js';
import { useActionRunner } from './use-action-runner.js';
import { useKitTable } from './use-kit-table.js';
import { useSelection } from './use-selection.js';
import './kit.css';

/** What a screen's own dialog gets: the rows it is for, the cloud, and a way to close. */
export interface DialogProps<Row> {
  rows: Row[];
  cloud: string;
  close(): void;
}

export interface ResourceScreenProps<Row> {
  /** the i18n namespace: `title`, `column.*`, `action.*`, `why.*`, `confirm.*`, `empty` */
  ns: string;
  store: ListStore<Row>;
  columns: ReadonlyArray<KitColumn<Row>>;
  actions: ActionTable<Row>;
  nameOf(row: Row): string;
  tabs(row: Row, cloud: string): DrawerTab[];
  /** buttons beside Refresh (create, import…) */
  toolbar?(cloud: string): ReactNode;
  /** the dialogs the action table names */
  dialogs?: Record<string, (p: DialogProps<Row>) => ReactNode>;
}

type Open<Row> = { kind: 'confirm'; action: ActionDef<Row>; rows: Row[] } | { kind: 'dialog'; name: string; rows: Row[] } | undefined;

/**
 * A resource screen from its declaration: the current cloud's list with quick filter, sort,
 * column chooser, CSV/JSON export of what is shown, a row menu and a batch bar from the action
 * table, and a details drawer with tabs. A screen supplies columns, actions and dialogs.
 */
export function ResourceScreen<Row>({ ns, store, columns, actions, nameOf, tabs, toolbar, dialogs }: ResourceScreenProps<Row>) {
  const { t } = useTranslation([ns, 'kit']);
  const cloud = useClouds((s) => s.currentId);
  const profile = useClouds((s) => s.profiles.find((p) => p.id === s.currentId));
  const list = store((s) => (cloud ? s.lists[cloud] : undefined)) ?? EMPTY_LIST;
  const pending = store((s) => s.pending);
  const rowErrors = store((s) => s.rowErrors);
  const idOf = store.channels.idOf;
  const cloudName = profile ? profile.label.trim() || profile.name : '';

  useEffect(() => {
    if (cloud) void store.getState().load(cloud);
    return () => store.getState().stopPolling();
  }, [cloud, store]);

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [hidden, setHidden] = useState<string[]>(() => loadHidden(ns, initialHidden(columns)));
  const keyOf = useCallback((r: Row) => rowKey(cloud ?? '', idOf(r)), [cloud, idOf]);
  const { table, shownRows, shownColumns } = useKitTable({ rows: list.items, columns, hidden, query: deferredQuery, sorting, onSortingChange: setSorting, keyOf });
  const byKey = useMemo(() => new Map(list.items.map((r) => [keyOf(r), r])), [list.items, keyOf]);

  const { selected, toggle, toggleAll, clear } = useSelection(byKey);

  const [openKey, setOpenKey] = useState<string | undefined>();
  const lastOpen = useRef<Row | undefined>(undefined);
  const openRow = openKey ? byKey.get(openKey) : undefined;
  if (openRow) lastOpen.current = openRow;
  const drawerRow = openKey ? (openRow ?? lastOpen.current) : undefined;
  // a row opened is re-read: the list answer may leave fields out
  const openId = openRow ? idOf(openRow) : undefined;
  useEffect(() => {
    if (cloud && openId !== undefined && store.channels.get) void store.getState().refreshRows(cloud, [openId]);
  }, [cloud, openId, store]);

  const [menu, setMenu] = useState<{ key: string; anchor: HTMLElement } | undefined>();
  const [open, setOpen] = useState<Open<Row>>();
  const run = useActionRunner(ns, store, nameOf);

  const pick = useCallback(
    (action: ActionDef<Row>, rows: Row[]) => {
      if (!cloud || rows.length === 0) return;
      if (action.dialog) setOpen({ kind: 'dialog', name: action.dialog, rows });
      else if (asksFirst(action, profile?.production ?? false)) setOpen({ kind: 'confirm', action, rows });
      else void run(action, cloud, rows);
    },
    [cloud, run, profile?.production],
  );

  const exportAs = (format: 'csv' | 'json') => {
    const name = `${ns}-${cloudName || 'cloud'}.${format}`;
    if (format === 'csv') downloadText(name, toCsv(shownColumns, shownRows, (c) => t(headerKey(c))), 'text/csv');
    else downloadText(name, toJson(shownColumns, shownRows), 'application/json');
  };

  if (!cloud) {
    return (
      <section className="kit-screen kit-stack">
        <h1 className="kit-title">{t('title')}</h1>
        <p className="kit-empty">
          {t('kit:noCloud')} <a href="#/profiles">{t('kit:addProfile')}</a>
        </p>
      </section>
    );
  }

  const selectedRows = list.items.filter((r) => selected.has(keyOf(r)));
  const drawerKey = drawerRow ? keyOf(drawerRow) : undefined;
  const drawerError = drawerKey ? rowErrors[drawerKey] : undefined;
  const mark = (r: Row) => {
    const k = keyOf(r);
    if (pending[k]) return <span className="kit-chip">{t('kit:working', { action: t(`action.${pending[k].action}`) })}</span>;
    if (rowErrors[k]) return <span className="kit-chip kit-danger">{t('kit:failedChip', { action: t(`action.${rowErrors[k].action}`) })}</span>;
    return null;
  };

  return (
    <section className="kit-screen kit-stack" aria-labelledby={`${ns}-title`}>
      <div className="kit-row kit-toolbar">
        <h1 id={`${ns}-title`} className="kit-title">
          {t('titleOn', { cloud: cloudName })}
        </h1>
        <span className="kit-count" aria-live="polite">
          {shownRows.length === list.items.length ? t('kit:count', { count: list.items.length }) : t('kit:countFiltered', { shown: shownRows.length, count: list.items.length })}
        </span>
        {list.loading && list.fetchedAt && (
          <span className="kit-count" role="status">
            {t('kit:refreshing')}
          </span>
        )}
        <span className="kit-grow" />
        <QuickFilter value={query} onChange={setQuery} label={t('kit:quickFilter')} placeholder={t('kit:quickFilterPlaceholder')} />
        <ColumnChooser
          ns={ns}
          columns={columns}
          hidden={hidden}
          onChange={(h) => {
            setHidden(h);
            saveHidden(ns, h);
          }}
        />
        <button type="button" className="button" onClick={() => exportAs('csv')} disabled={shownRows.length === 0}>
          {t('kit:export.csv')}
        </button>
        <button type="button" className="button" onClick={() => exportAs('json')} disabled={shownRows.length === 0}>
          {t('kit:export.json')}
        </button>
        <button type="button" className="button" onClick={() => void store.getState().load(cloud)} disabled={list.loading}>
          {t('common:actions.refresh')}
        </button>
        {toolbar?.(cloud)}
      </div>
      {list.error && (
        <div className="banner danger kit-row" role="alert">
          <span>
            {t('kit:loadFailed')} {errorText(t, list.error)}
          </span>
          <button type="button" className="button" onClick={() => void store.getState().load(cloud)}>
            {t('common:actions.retry')}
          </button>
        </div>
      )}
      {list.fromCache && list.fetchedAt && <p className="banner info">{t('kit:fromCache', { at: new Date(list.fetchedAt).toLocaleString() })}</p>}
      {selectedRows.length > 0 && <BatchBar table={actions} rows={selectedRows} onRun={pick} onClear={clear} />}
      <div className={drawerRow ? 'kit-main with-drawer' : 'kit-main'}>
        <div className="kit-table-wrap kit-panel">
          <ResourceTable
            table={table}
            columns={shownColumns}
            ns={ns}
            label={t('tableLabel')}
            nameOf={nameOf}
            selected={selected}
            openKey={openKey}
            markOf={mark}
            onToggle={toggle}
            onToggleAll={toggleAll}
            onOpen={setOpenKey}
            onMenu={(key, anchor) => setMenu({ key, anchor })}
          />
          {list.fetchedAt && shownRows.length === 0 && <p className="kit-empty">{list.items.length === 0 ? t('empty') : t('kit:emptyQuick')}</p>}
          {!list.fetchedAt && list.loading && (
            <p className="kit-empty" role="status">
              {t('common:actions.loading')}
            </p>
          )}
        </div>
        {drawerRow && drawerKey && (
          <DetailsDrawer
            subjectKey={drawerKey}
            title={nameOf(drawerRow)}
            tabs={tabs(drawerRow, cloud)}
            onClose={() => setOpenKey(undefined)}
            top={
              <>
                {!openRow && <p className="banner warn">{t('kit:drawer.gone')}</p>}
                {openRow && <DrawerActions table={actions} row={openRow} onPick={(a) => pick(a, [openRow])} />}
                {drawerError && (
                  <p role="alert" className="banner danger">
                    {t('kit:notify.failed', { action: t(`action.${drawerError.action}`), name: nameOf(drawerRow) })}: {errorText(t, drawerError.error)}
                  </p>
                )}
              </>
            }
          />
        )}
      </div>
      {menu && byKey.get(menu.key) && (
        <RowMenu
          table={actions}
          row={byKey.get(menu.key)!}
          name={nameOf(byKey.get(menu.key)!)}
          anchor={menu.anchor}
          onPick={(a) => pick(a, [byKey.get(menu.key)!])}
          onClose={() => setMenu(undefined)}
        />
      )}
      {open?.kind === 'confirm' && (
        <ConfirmDialog
          ns={ns}
          action={open.action}
          targets={open.rows.map((r) => ({ key: keyOf(r), name: nameOf(r) }))}
          production={profile?.production ?? false}
          cloudName={cloudName}
          onClose={() => setOpen(undefined)}
          onConfirm={() => {
            setOpen(undefined);
            void run(open.action, cloud, open.rows);
          }}
        />
      )}
      {open?.kind === 'dialog' && dialogs?.[open.name]?.({ rows: open.rows, cloud, close: () => setOpen(undefined) })}
    </section>
  );
}
