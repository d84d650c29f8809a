import type { SortingState } from '@tanstack/react-table';
import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../shared/errors.js';
import { cloudLabel, useClouds, viewOf } from '../stores/clouds.js';
import { asksFirst, opensDialog, type ActionDef, type ActionTable } from './action-table.js';
import { BatchBar } from './BatchBar.js';
import { loadHidden } from './column-prefs.js';
import { initialHidden, type KitColumn } from './columns.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import type { DrawerTab } from './DetailsDrawer.js';
import type { RowError, RowPending } from './list-store.js';
import { ResourceTable } from './ResourceTable.js';
import { ResourceToolbar } from './ResourceToolbar.js';
import { RowDrawer, type DrawerProps } from './RowDrawer.js';
import { RowMenu } from './RowMenu.js';
import type { ActionStore } from './run-action.js';
import { useActionRunner } from './use-action-runner.js';
import { useDrawerRow } from './use-drawer-row.js';
import { useKitTable } from './use-kit-table.js';
import { useSelection } from './use-selection.js';
import './kit.css';

/** What a screen's own dialog gets: the rows it is for, their cloud, and ways to close. */
export interface DialogProps<Row> {
  rows: Row[];
  cloud: string;
  close(): void;
  /** the dialog has chosen what to send (a flavor): the production guard, then sending */
  proceed(action: ActionDef<Row>): void;
}

/** An action asked for from outside the screen (the command palette): `open`, or an action id. */
export interface ViewIntent {
  key: string;
  action: string;
}

export interface ResourceViewProps<Row> {
  /** the i18n namespace: `column.*`, `action.*`, `why.*`, `confirm.*`; the kit's words where it has none */
  ns: string;
  title: string;
  /** the rows of every cloud in view */
  rows: readonly Row[];
  store: ActionStore<Row>;
  /** by row key, as the store keeps them */
  pending: Readonly<Record<string, RowPending>>;
  rowErrors: Readonly<Record<string, RowError>>;
  /** true when the resource's own columns show pending actions and errors: no chip after the name */
  ownMarks?: boolean;
  keyOf(row: Row): string;
  cloudOf(row: Row): string;
  /** every cloud that sees the row, when one row stands for several profiles' (default: its own) */
  cloudsOf?(row: Row): readonly string[];
  nameOf(row: Row): string;
  /** what the quick filter searches beyond the shown columns */
  searchText?(row: Row): string;
  columns: ReadonlyArray<KitColumn<Row>>;
  /** hidden columns until the user chooses (default: the columns' own) */
  defaultHidden?: readonly string[];
  actions: ActionTable<Row>;
  /** every cloud in view has answered (or failed): "nothing here" may be said */
  answered: boolean;
  /** a load is underway */
  loading: boolean;
  /** some list has been answered: a load now is a refresh */
  loaded: boolean;
  /** say "Loading…" under the table until a first answer (screens without notices of their own) */
  loadingLine?: boolean;
  empty: string;
  exportName: string;
  onRefresh(): void;
  /** beside the quick filter (a filter bar's toggle) */
  toolbarStart?: ReactNode;
  /** after Refresh (create, import, launch…) */
  toolbar?: ReactNode;
  /** between the toolbar and the table: filter bars, notices about the lists */
  above?: ReactNode;
  /** the quick filter takes focus on "/" */
  slash?: boolean;
  /** the drawer's tabs, in the kit's drawer… */
  tabs?(row: Row, cloud: string): DrawerTab[];
  /** …or the resource's own drawer */
  drawer?(p: DrawerProps<Row>): ReactNode;
  /** the drawer re-reads a row when it opens (the list answer leaves fields out) */
  rereadOnOpen?: boolean;
  /** the dialogs the action table names */
  dialogs?: Record<string, (p: DialogProps<Row>) => ReactNode>;
  intent?: ViewIntent | undefined;
  /** the intent was taken (its row is in view) */
  onIntent?(): void;
}

type Open<Row> =
  | { kind: 'confirm'; action: ActionDef<Row>; rows: Row[]; busy?: boolean; error?: SerializedError | undefined } | { kind: 'dialog'; name: string; rows: Row[] } | undefined;

/**
 * A resource screen's body from its declaration, for one cloud or several: toolbar with quick
 * filter, column chooser, CSV/JSON export of what is shown and refresh; the table with
 * selection, batch bar and row menu from the action table; a details drawer; confirmation and
 * the production guard; the resource's dialogs. Picking an action opens its drawer tab or its
 * dialog, asks first, or sends.
 */
export function ResourceView<Row>(p: ResourceViewProps<Row>) {
  const { ns, rows, store, keyOf, cloudOf, nameOf, columns, actions } = p;
  const { t } = useTranslation([ns, 'kit']);
  const profiles = useClouds((s) => s.profiles);
  const projectNames = useClouds((s) => s.projectNames);
  const profileOf = useCallback((r: Row) => viewOf({ profiles, projectNames }, cloudOf(r)), [profiles, projectNames, cloudOf]);
  const { cloudsOf } = p;
  // a row seen through several profiles is as precious as the most precious of them
  const production = useCallback(
    (targets: readonly Row[]) => targets.some((r) => (cloudsOf ? cloudsOf(r) : [cloudOf(r)]).some((c) => viewOf({ profiles, projectNames }, c)?.production)),
    [cloudsOf, cloudOf, profiles, projectNames],
  );
  const cloudNames = (targets: readonly Row[]) => [...new Set(targets.map((r) => profileOf(r)).map((x) => (x ? cloudLabel(x) : '')))].join(', ');

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [hidden, setHidden] = useState<string[]>(() => loadHidden(ns, p.defaultHidden ? [...p.defaultHidden] : initialHidden(columns)));
  const { table, shownRows, shownColumns } = useKitTable({ rows, columns, hidden, query: deferredQuery, sorting, onSortingChange: setSorting, keyOf, searchText: p.searchText });
  const byKey = useMemo(() => new Map(rows.map((r) => [keyOf(r), r])), [rows, keyOf]);
  const { selected, toggle, toggleAll, clear } = useSelection(byKey);
  const drawer = useDrawerRow(byKey);
  const [menu, setMenu] = useState<{ key: string; anchor: HTMLElement } | undefined>();
  const menuRow = menu ? byKey.get(menu.key) : undefined;
  const [open, setOpen] = useState<Open<Row>>();
  const run = useActionRunner(ns, store, nameOf);

  const pick = useCallback(
    (action: ActionDef<Row>, targets: Row[]) => {
      const first = targets[0];
      if (!first) return;
      if (action.tab) drawer.show(keyOf(first), action.tab);
      else if (action.dialog && opensDialog(action, first)) setOpen({ kind: 'dialog', name: action.dialog, rows: targets });
      else if (asksFirst(action, production(targets))) setOpen({ kind: 'confirm', action, rows: targets });
      else void run(action, cloudOf(first), targets);
    },
    [drawer.show, keyOf, cloudOf, production, run],
  );

  const { intent, onIntent } = p;
  useEffect(() => {
    const target = intent && byKey.get(intent.key);
    if (!intent || !target) return;
    onIntent?.();
    const action = actions.actions.find((a) => a.id === intent.action);
    if (action) pick(action, [target]);
    else drawer.show(intent.key);
  }, [intent, byKey, onIntent, actions, pick, drawer.show]);

  const selectedRows = rows.filter((r) => selected.has(keyOf(r)));
  const mark = (r: Row) => {
    const k = keyOf(r);
    const pending = p.pending[k];
    const error = p.rowErrors[k];
    if (pending) return <span className="kit-chip">{t('kit:working', { action: t(`action.${pending.action}`) })}</span>;
    if (error) return <span className="kit-chip kit-danger">{t('kit:failedChip', { action: t(`action.${error.action}`) })}</span>;
    return null;
  };
  const drawerRow = drawer.row;

  return (
    <section className="kit-screen kit-stack" aria-labelledby={`${ns}-title`}>
      <ResourceToolbar
        ns={ns}
        title={p.title}
        shownRows={shownRows}
        total={rows.length}
        loading={p.loading}
        loaded={p.loaded}
        query={query}
        onQuery={setQuery}
        slash={p.slash}
        start={p.toolbarStart}
        end={p.toolbar}
        columns={columns}
        shownColumns={shownColumns}
        hidden={hidden}
        onHidden={setHidden}
        exportName={p.exportName}
        onRefresh={p.onRefresh}
      />
      {p.above}
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
            openKey={drawer.openKey}
            markOf={p.ownMarks ? undefined : mark}
            onToggle={toggle}
            onToggleAll={toggleAll}
            onOpen={(k) => drawer.show(k)}
            onMenu={(key, anchor) => setMenu({ key, anchor })}
          />
          {p.answered && shownRows.length === 0 && <p className="kit-empty">{rows.length === 0 ? p.empty : t(['emptyQuick', 'kit:emptyQuick'])}</p>}
          {p.loadingLine && p.loading && !p.loaded && (
            <p className="kit-empty" role="status">
              {t('common:actions.loading')}
            </p>
          )}
        </div>
        {drawerRow && (
          <RowDrawer
            ns={ns}
            row={drawerRow}
            drawer={drawer}
            store={store}
            cloud={cloudOf(drawerRow)}
            rowError={p.rowErrors[keyOf(drawerRow)]}
            actions={actions}
            nameOf={nameOf}
            tabs={p.tabs}
            custom={p.drawer}
            reread={p.rereadOnOpen ?? false}
            onPick={(a, r) => pick(a, [r])}
          />
        )}
      </div>
      {menu && menuRow && (
        <RowMenu table={actions} row={menuRow} name={nameOf(menuRow)} anchor={menu.anchor} onPick={(a) => pick(a, [menuRow])} onClose={() => setMenu(undefined)} />
      )}
      {open?.kind === 'confirm' && (
        <ConfirmDialog
          ns={ns}
          action={open.action}
          targets={open.rows.map((r) => ({ key: keyOf(r), name: nameOf(r) }))}
          production={production(open.rows)}
          cloudName={cloudNames(open.rows)}
          error={open.error}
          busy={open.busy}
          onClose={() => setOpen(undefined)}
          onConfirm={() => {
            const sending = run(open.action, cloudOf(open.rows[0]!), open.rows);
            // one target: its refusal (a 409) is said on the dialog it was asked from; a batch's in the toast
            if (open.rows.length > 1) return setOpen(undefined);
            const asked = { ...open, busy: true, error: undefined };
            setOpen(asked);
            // closed meanwhile: stays closed (the toast says how it went)
            void sending.then(([r]) => setOpen((cur) => (cur !== asked ? cur : r?.error ? { ...asked, busy: false, error: r.error } : undefined)));
          }}
        />
      )}
      {open?.kind === 'dialog' &&
        p.dialogs?.[open.name]?.({
          rows: open.rows,
          cloud: cloudOf(open.rows[0]!),
          close: () => setOpen(undefined),
          proceed: (action) => {
            setOpen(undefined);
            pick(action, open.rows);
          },
        })}
    </section>
  );
}
