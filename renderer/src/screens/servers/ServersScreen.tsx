import type { SortingState } from '@tanstack/react-table';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../../shared/schemas/profile.js';
import { asksFirst, type ActionDef } from '../../kit/action-table.js';
import { BatchBar } from '../../kit/BatchBar.js';
import { ColumnChooser } from '../../kit/ColumnChooser.js';
import { loadHidden, saveHidden } from '../../kit/column-prefs.js';
import { initialHidden } from '../../kit/columns.js';
import { ConfirmDialog } from '../../kit/ConfirmDialog.js';
import '../../kit/kit.css';
import { QuickFilter } from '../../kit/QuickFilter.js';
import { ResourceTable } from '../../kit/ResourceTable.js';
import { RowMenu } from '../../kit/RowMenu.js';
import { useActionRunner } from '../../kit/use-action-runner.js';
import { useKitTable } from '../../kit/use-kit-table.js';
import { useSelection } from '../../kit/use-selection.js';
import { useClouds } from '../../stores/clouds.js';
import '../../styles/servers.css';
import { CloudNotices } from './CloudNotices.js';
import { ConsoleLogDialog } from './ConsoleLogDialog.js';
import { mergeSameServers, seenBy } from './cross-cloud.js';
import { FilterBar } from './FilterBar.js';
import { ResizeDialog } from './ResizeDialog.js';
import { resizeTo, SERVER_ACTIONS, serverAction } from './server-actions.js';
import { legacyHiddenColumns, serverColumns } from './server-columns.js';
import { activeFilterCount, filtersKey, toListFilters } from './server-filters.js';
import { toRow, type ServerRow } from './server-rows.js';
import { ServerDrawer } from './ServerDrawer.js';
import { useServerIntent } from './server-intent.js';
import { rowKey, useServers } from './servers-store.js';
import { useLiveUpdates } from './use-live-updates.js';
import { useResizeOutcome } from './use-resize-outcome.js';
import { useServerScopes } from './use-server-scopes.js';

const cloudName = (p: Pick<ProfileView, 'label' | 'name'>) => p.label.trim() || p.name;
const nameOf = (r: ServerRow) => r.server.name;
const keyOf = (r: ServerRow) => r.key;
const searchText = (r: ServerRow) => r.haystack;

/** Ages in the list move on by themselves; once every 30 s is enough for "5m". */
function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

type Open =
  | { kind: 'confirm'; action: ActionDef<ServerRow>; rows: ServerRow[] }
  | { kind: 'resize'; row: ServerRow }
  | { kind: 'console'; row: ServerRow }
  | undefined;

/**
 * The servers list on the kit: one cloud, or every cloud at once. Each cloud's last list shows
 * at once and refreshes behind; rows on the move are polled; every action comes from the
 * servers' action table and runs per row with its progress and Nova's own error on the row.
 */
export function ServersScreen() {
  const { t, i18n } = useTranslation('servers');
  const profiles = useClouds((s) => s.profiles);
  const currentId = useClouds((s) => s.currentId);
  const allClouds = useClouds((s) => s.allClouds);
  const statuses = useClouds((s) => s.statuses);
  const lists = useServers((s) => s.lists);
  const imageNames = useServers((s) => s.imageNames);
  const flavorNames = useServers((s) => s.flavorNames);
  const pending = useServers((s) => s.pending);
  const rowErrors = useServers((s) => s.rowErrors);
  const form = useServers((s) => s.filters);
  const now = useNow();

  const inView = useMemo(() => (allClouds ? profiles : profiles.filter((p) => p.id === currentId)), [allClouds, profiles, currentId]);
  const byId = useMemo(() => Object.fromEntries(profiles.map((p) => [p.id, p])), [profiles]);
  const { filters } = useMemo(() => toListFilters(form), [form]);
  const key = filtersKey(filters);
  useLiveUpdates(
    inView.map((p) => p.id),
    filters,
  );

  const scopeOf = useServerScopes(inView, lists);
  const rows = useMemo(() => {
    const out: ServerRow[] = [];
    for (const p of inView) {
      const lookups = { cloudName: cloudName(p), imageNames: imageNames[p.id] ?? {}, flavorNames: flavorNames[p.id] ?? {} };
      for (const s of lists[p.id]?.servers ?? []) out.push(toRow(p.id, s, lookups));
    }
    return mergeSameServers(out, scopeOf);
  }, [inView, lists, imageNames, flavorNames, scopeOf]);
  const byKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  useResizeOutcome(rows);

  const run = useActionRunner('servers', useServers, nameOf);
  const production = useCallback((targets: readonly ServerRow[]) => targets.some((r) => seenBy(r).some((s) => byId[s.cloud]?.production)), [byId]);
  const [open, setOpen] = useState<Open>();
  const [openKey, setOpenKey] = useState<string | undefined>();
  const [openTab, setOpenTab] = useState<{ id: string; seq: number } | undefined>();

  /** What picking an action does: open its tab or dialog, ask first, or send. */
  const pick = useCallback(
    (action: ActionDef<ServerRow>, targets: ServerRow[]) => {
      const first = targets[0];
      if (!first) return;
      if (action.tab) {
        setOpenKey(first.key);
        setOpenTab((o) => ({ id: action.tab!, seq: (o?.seq ?? 0) + 1 }));
      } else if (action.dialog === 'resize') setOpen({ kind: 'resize', row: first });
      else if (action.dialog === 'console') setOpen({ kind: 'console', row: first });
      else if (asksFirst(action, production(targets))) setOpen({ kind: 'confirm', action, rows: targets });
      else void run(action, first.cloud, targets);
    },
    [production, run],
  );

  // an action asked for from the command palette: run as if picked from the row's menu
  const intent = useServerIntent((s) => s.intent);
  useEffect(() => {
    if (!intent) return;
    const target = byKey.get(rowKey(intent.cloud, intent.id));
    if (!target) return;
    useServerIntent.getState().done(intent.seq);
    if (intent.action === 'open') {
      setOpenKey(target.key);
      setOpenTab(undefined);
    } else pick(serverAction(intent.action), [target]);
  }, [intent, byKey, pick]);

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(
    () =>
      serverColumns({
        t,
        lang: i18n.language,
        now,
        pending,
        rowErrors,
        profiles: byId,
        allClouds,
        onResizeDecision: (r, confirm) => pick(serverAction(confirm ? 'confirmResize' : 'revertResize'), [r]),
        onDismissError: (r) => useServers.getState().setRowError(r.key, undefined),
      }),
    [t, i18n.language, now, pending, rowErrors, byId, allClouds, pick],
  );
  const [hidden, setHidden] = useState<string[]>(() => loadHidden('servers', legacyHiddenColumns() ?? initialHidden(columns)));
  const { table, shownRows } = useKitTable({ rows, columns, hidden, query: deferredQuery, sorting, onSortingChange: setSorting, keyOf, searchText });

  const { selected, toggle, toggleAll, clear } = useSelection(byKey);

  const lastOpen = useRef<ServerRow | undefined>(undefined);
  const openRow = openKey ? byKey.get(openKey) : undefined;
  if (openRow) lastOpen.current = openRow;
  const drawerRow = openKey ? (openRow ?? lastOpen.current) : undefined;

  const [menu, setMenu] = useState<{ key: string; anchor: HTMLElement } | undefined>();
  const menuRow = menu ? byKey.get(menu.key) : undefined;
  const [filtersOpen, setFiltersOpen] = useState(() => activeFilterCount(form) > 0);

  const retry = useCallback((cloud: string) => void useServers.getState().load(cloud, filters), [filters]);
  const refreshAll = () => {
    for (const p of inView) void useServers.getState().load(p.id, filters);
  };

  const selectedRows = useMemo(() => rows.filter((r) => selected.has(r.key)), [rows, selected]);
  const anyLoading = inView.some((p) => lists[p.id]?.loading);
  const loadedAny = inView.some((p) => lists[p.id]?.fetchedAt);
  // "no servers" only once every cloud in view has answered (or failed)
  const firstLoads = inView.some((p) => lists[p.id]?.loading && !lists[p.id]?.fetchedAt);
  const filterCount = activeFilterCount(form);
  const title = allClouds ? t('titleAll') : inView[0] ? t('titleOne', { cloud: cloudName(inView[0]) }) : t('title');

  if (profiles.length === 0) {
    return (
      <section className="kit-screen kit-stack" aria-labelledby="srv-title">
        <h1 id="srv-title" className="kit-title">
          {t('title')}
        </h1>
        <p className="kit-empty">
          {t('noProfiles')} <a href="#/profiles">{t('addProfile')}</a>
        </p>
      </section>
    );
  }

  const confirmNames = open?.kind === 'confirm' ? [...new Set(open.rows.map((r) => r.cloudName))].join(', ') : '';

  return (
    <section className="kit-screen kit-stack" aria-labelledby="srv-title">
      <div className="kit-row kit-toolbar">
        <h1 id="srv-title" className="kit-title">
          {title}
        </h1>
        <span className="kit-count" aria-live="polite">
          {shownRows.length === rows.length ? t('count', { count: rows.length }) : t('countFiltered', { shown: shownRows.length, count: rows.length })}
        </span>
        {anyLoading && loadedAny && (
          <span className="kit-count" role="status">
            {t('refreshing')}
          </span>
        )}
        <span className="kit-grow" />
        <QuickFilter value={query} onChange={setQuery} label={t('quickFilter')} placeholder={t('quickFilterPlaceholder')} slash />
        <button type="button" className="button" aria-expanded={filtersOpen} aria-controls="srv-filters" onClick={() => setFiltersOpen(!filtersOpen)}>
          {filterCount > 0 ? t('filters.buttonCount', { count: filterCount }) : t('filters.button')}
        </button>
        <ColumnChooser
          ns="servers"
          columns={columns}
          hidden={hidden}
          onChange={(h) => {
            setHidden(h);
            saveHidden('servers', h);
          }}
        />
        <button type="button" className="button" onClick={refreshAll} disabled={anyLoading}>
          {t('refresh')}
        </button>
        <a className="button primary" href="#/launch">
          {t('launch')}
        </a>
      </div>
      {filtersOpen && <FilterBar id="srv-filters" cloud={allClouds ? undefined : inView[0]?.id} />}
      <CloudNotices
        clouds={inView.map((p) => ({ id: p.id, name: cloudName(p) }))}
        lists={lists}
        statuses={statuses}
        now={now}
        filterKey={key}
        onRetry={retry}
      />
      {selectedRows.length > 0 && <BatchBar table={SERVER_ACTIONS} rows={selectedRows} onRun={pick} onClear={clear} />}
      <div className={drawerRow ? 'kit-main with-drawer' : 'kit-main'}>
        <div className="kit-table-wrap kit-panel">
          <ResourceTable
            table={table}
            columns={columns.filter((c) => c.hideable === false || !hidden.includes(c.id))}
            ns="servers"
            label={t('tableLabel')}
            nameOf={nameOf}
            selected={selected}
            openKey={openKey}
            onToggle={toggle}
            onToggleAll={toggleAll}
            onOpen={(k) => {
              setOpenKey(k);
              setOpenTab(undefined);
            }}
            onMenu={(k, anchor) => setMenu({ key: k, anchor })}
          />
          {loadedAny && !firstLoads && shownRows.length === 0 && (
            <p className="kit-empty">{rows.length === 0 ? (filterCount > 0 ? t('emptyFiltered') : t('empty')) : t('emptyQuick')}</p>
          )}
        </div>
        {drawerRow && (
          <ServerDrawer
            row={drawerRow}
            present={!!openRow}
            rowError={rowErrors[drawerRow.key]}
            openTab={openTab}
            onAction={(a) => pick(a, [drawerRow])}
            onClose={() => setOpenKey(undefined)}
          />
        )}
      </div>
      {menu && menuRow && (
        <RowMenu table={SERVER_ACTIONS} row={menuRow} name={nameOf(menuRow)} anchor={menu.anchor} onPick={(a) => pick(a, [menuRow])} onClose={() => setMenu(undefined)} />
      )}
      {open?.kind === 'confirm' && (
        <ConfirmDialog
          ns="servers"
          action={open.action}
          targets={open.rows.map((r) => ({ key: r.key, name: r.server.name }))}
          production={production(open.rows)}
          cloudName={confirmNames}
          onClose={() => setOpen(undefined)}
          onConfirm={() => {
            const { action, rows: targets } = open;
            setOpen(undefined);
            void run(action, targets[0]!.cloud, targets);
          }}
        />
      )}
      {open?.kind === 'resize' && (
        <ResizeDialog
          cloud={open.row.cloud}
          server={open.row.server}
          onClose={() => setOpen(undefined)}
          onConfirm={(flavorRef) => {
            const row = open.row;
            setOpen(undefined);
            // the flavor is chosen: what is left is the production guard, then sending
            const action = resizeTo(flavorRef);
            if (production([row])) setOpen({ kind: 'confirm', action, rows: [row] });
            else void run(action, row.cloud, [row]);
          }}
        />
      )}
      {open?.kind === 'console' && <ConsoleLogDialog cloud={open.row.cloud} id={open.row.server.id} name={open.row.server.name} onClose={() => setOpen(undefined)} />}
    </section>
  );
}
