import type { SortingState, VisibilityState } from '@tanstack/react-table';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../../shared/schemas/profile.js';
import { useClouds } from '../../stores/clouds.js';
import { notify } from '../../stores/notify.js';
import { useServers } from '../../stores/servers.js';
import '../../styles/servers.css';
import { BatchBar } from './BatchBar.js';
import { CloudNotices } from './CloudNotices.js';
import { ColumnChooser } from './ColumnChooser.js';
import { loadHiddenColumns, saveHiddenColumns, type ColumnId } from './column-prefs.js';
import { buildColumns } from './columns.js';
import { ConsoleLogDialog } from './ConsoleLogDialog.js';
import { DeleteDialog, type DeleteTarget } from './DeleteDialog.js';
import { FilterBar } from './FilterBar.js';
import { errorText } from './format.js';
import { ResizeDialog } from './ResizeDialog.js';
import { RowMenu } from './RowMenu.js';
import { runAction, runBatch, type ChangeAction } from './run-action.js';
import { ServerDrawer } from './ServerDrawer.js';
import { activeFilterCount, filtersKey, toListFilters } from './server-filters.js';
import { quickFilter, toRow, type ServerRow } from './server-rows.js';
import type { BatchAction, RowAction } from './server-state.js';
import { ServersTable } from './ServersTable.js';
import { useLiveUpdates } from './use-live-updates.js';

const cloudName = (p: Pick<ProfileView, 'label' | 'name'>) => p.label.trim() || p.name;

/** Ages in the list move on by themselves; once every 30 s is enough for "5m". */
function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

type Dialog =
  | { kind: 'delete'; rows: ServerRow[] }
  | { kind: 'resize'; row: ServerRow }
  | { kind: 'console'; row: ServerRow }
  | undefined;

/**
 * The servers list: one cloud, or every cloud at once. Each cloud's last list shows at once
 * and refreshes behind; rows on the move are polled; actions run per row with their progress
 * and Nova's own error on the row.
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

  const inView = useMemo(
    () => (allClouds ? profiles : profiles.filter((p) => p.id === currentId)),
    [allClouds, profiles, currentId],
  );
  const byId = useMemo(() => Object.fromEntries(profiles.map((p) => [p.id, p])), [profiles]);
  const { filters } = useMemo(() => toListFilters(form), [form]);
  const key = filtersKey(filters);

  const [menu, setMenu] = useState<{ row: ServerRow; anchor: HTMLElement } | undefined>();
  useLiveUpdates(
    inView.map((p) => p.id),
    filters,
  );

  const rows = useMemo(() => {
    const out: ServerRow[] = [];
    for (const p of inView) {
      const lookups = { cloudName: cloudName(p), imageNames: imageNames[p.id] ?? {}, flavorNames: flavorNames[p.id] ?? {} };
      for (const s of lists[p.id]?.servers ?? []) out.push(toRow(p.id, s, lookups));
    }
    return out;
  }, [inView, lists, imageNames, flavorNames]);

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => quickFilter(rows, deferredQuery), [rows, deferredQuery]);

  const [sorting, setSorting] = useState<SortingState>([]);
  const [hidden, setHidden] = useState<ColumnId[]>(() => loadHiddenColumns());
  const visibility = useMemo<VisibilityState>(() => {
    const v: VisibilityState = Object.fromEntries(hidden.map((c) => [c, false]));
    if (!allClouds) v.cloud = false;
    return v;
  }, [hidden, allClouds]);

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const rowsByKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  // rows that left the list (deleted, filtered out on the server) leave the selection too
  useEffect(() => {
    setSelected((sel) => {
      const next = new Set([...sel].filter((k) => rowsByKey.has(k)));
      return next.size === sel.size ? sel : next;
    });
  }, [rowsByKey]);

  const [openKey, setOpenKey] = useState<string | undefined>();
  const [drawerSection, setDrawerSection] = useState<'actionLog' | undefined>();
  const lastOpen = useRef<ServerRow | undefined>(undefined);
  const openRow = openKey ? rowsByKey.get(openKey) : undefined;
  if (openRow) lastOpen.current = openRow;
  const drawerRow = openKey ? (openRow ?? lastOpen.current) : undefined;

  const [filtersOpen, setFiltersOpen] = useState(() => activeFilterCount(form) > 0);
  const [dialog, setDialog] = useState<Dialog>();
  const quickRef = useRef<HTMLInputElement>(null);

  // "/" jumps to the quick filter, as in many operator tools
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        quickRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const retry = useCallback((cloud: string) => void useServers.getState().load(cloud, filters), [filters]);
  const refreshAll = () => {
    for (const p of inView) void useServers.getState().load(p.id, filters);
  };

  const act = useCallback(
    async (row: ServerRow, action: ChangeAction, opts: { flavorRef?: string } = {}) => {
      const name = row.server.name;
      const error = await runAction({ cloud: row.cloud, server: row.server }, action, opts);
      const what = t(`action.${action}`);
      if (error) notify({ kind: 'error', title: t('notify.failed', { action: what, name }), detail: errorText(t, error) });
      else notify({ kind: 'success', title: t('notify.sent', { action: what, name }) });
    },
    [t],
  );

  const onRowAction = useCallback(
    (row: ServerRow, action: RowAction) => {
      switch (action) {
        case 'consoleLog':
          setDialog({ kind: 'console', row });
          return;
        case 'actionLog':
          setOpenKey(row.key);
          setDrawerSection('actionLog');
          return;
        case 'delete':
          setDialog({ kind: 'delete', rows: [row] });
          return;
        case 'resize':
          setDialog({ kind: 'resize', row });
          return;
        default:
          void act(row, action);
      }
    },
    [act],
  );

  async function onBatch(action: BatchAction, targets: ServerRow[]) {
    if (action === 'delete') {
      setDialog({ kind: 'delete', rows: targets });
      return;
    }
    await runBatchWithSummary(action, targets);
  }

  async function runBatchWithSummary(action: ChangeAction, targets: ServerRow[]) {
    const results = await runBatch(
      targets.map((r) => ({ cloud: r.cloud, server: r.server })),
      action,
    );
    const failed = results.filter((r) => r.error);
    const what = t(`action.${action}`);
    if (targets.length === 1) {
      const only = results[0];
      const name = targets[0]?.server.name ?? '';
      if (only?.error) notify({ kind: 'error', title: t('notify.failed', { action: what, name }), detail: errorText(t, only.error) });
      else notify({ kind: 'success', title: t('notify.sent', { action: what, name }) });
      return;
    }
    if (failed.length === 0) notify({ kind: 'success', title: t('notify.batchSent', { action: what, count: results.length }) });
    else
      notify({
        kind: 'error',
        title: t('notify.batchFailed', { action: what, failed: failed.length, count: results.length }),
        detail: failed.map((f) => `${f.target.server.name}: ${f.error ? errorText(t, f.error) : ''}`).join('\n'),
      });
  }

  const allSelected = shown.length > 0 && shown.every((r) => selected.has(r.key));
  const someSelected = shown.some((r) => selected.has(r.key));
  const columns = useMemo(
    () =>
      buildColumns({
        t,
        lang: i18n.language,
        now,
        pending,
        rowErrors,
        profiles: byId,
        selected,
        allSelected,
        someSelected,
        onToggle: (r) =>
          setSelected((sel) => {
            const next = new Set(sel);
            if (next.has(r.key)) next.delete(r.key);
            else next.add(r.key);
            return next;
          }),
        onToggleAll: () => setSelected(allSelected ? new Set() : new Set(shown.map((r) => r.key))),
        onOpen: (r) => {
          setOpenKey(r.key);
          setDrawerSection(undefined);
        },
        onMenu: (r, anchor) => setMenu({ row: r, anchor }),
        onResizeDecision: (r, confirm) => void act(r, confirm ? 'confirmResize' : 'revertResize'),
        onDismissError: (r) => useServers.getState().setRowError(r.key, undefined),
      }),
    [t, i18n.language, now, pending, rowErrors, byId, selected, allSelected, someSelected, shown, act],
  );

  const selectedRows = useMemo(() => rows.filter((r) => selected.has(r.key)), [rows, selected]);
  const anyLoading = inView.some((p) => lists[p.id]?.loading);
  const loadedAny = inView.some((p) => lists[p.id]?.fetchedAt);
  // "no servers" only once every cloud in view has answered (or failed)
  const firstLoads = inView.some((p) => lists[p.id]?.loading && !lists[p.id]?.fetchedAt);
  const filterCount = activeFilterCount(form);
  const title = allClouds ? t('titleAll') : inView[0] ? t('titleOne', { cloud: cloudName(inView[0]) }) : t('title');

  if (profiles.length === 0) {
    return (
      <section className="srv-screen" aria-labelledby="srv-title">
        <h1 id="srv-title" className="srv-title">
          {t('title')}
        </h1>
        <p className="srv-empty">
          {t('noProfiles')} <a href="#/profiles">{t('addProfile')}</a>
        </p>
      </section>
    );
  }

  return (
    <section className="srv-screen" aria-labelledby="srv-title">
      <div className="srv-toolbar">
        <h1 id="srv-title" className="srv-title">
          {title}
        </h1>
        <span className="srv-count" aria-live="polite">
          {shown.length === rows.length ? t('count', { count: rows.length }) : t('countFiltered', { shown: shown.length, count: rows.length })}
        </span>
        {anyLoading && loadedAny && (
          <span className="srv-refreshing muted" role="status">
            <span className="srv-spinner" aria-hidden="true" /> {t('refreshing')}
          </span>
        )}
        <span className="srv-spacer" />
        <input
          ref={quickRef}
          type="search"
          className="srv-quick"
          aria-label={t('quickFilter')}
          aria-keyshortcuts="/"
          placeholder={t('quickFilterPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.stopPropagation();
              setQuery('');
            }
          }}
        />
        <button type="button" className="button" aria-expanded={filtersOpen} aria-controls="srv-filters" onClick={() => setFiltersOpen(!filtersOpen)}>
          {filterCount > 0 ? t('filters.buttonCount', { count: filterCount }) : t('filters.button')}
        </button>
        <ColumnChooser
          hidden={hidden}
          unavailable={allClouds ? [] : ['cloud']}
          onChange={(h) => {
            setHidden(h);
            saveHiddenColumns(h);
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
      {selectedRows.length > 0 && <BatchBar rows={selectedRows} onRun={(a, r) => void onBatch(a, r)} onClear={() => setSelected(new Set())} />}
      <div className={drawerRow ? 'srv-main with-drawer' : 'srv-main'}>
        <div className="srv-table-wrap">
          <ServersTable
            rows={shown}
            columns={columns}
            visibility={visibility}
            sorting={sorting}
            onSortingChange={setSorting}
            selected={selected}
            openKey={openKey}
            label={t('tableLabel')}
          />
          {loadedAny && !firstLoads && shown.length === 0 && (
            <p className="srv-empty">{rows.length === 0 ? (filterCount > 0 ? t('emptyFiltered') : t('empty')) : t('emptyQuick')}</p>
          )}
        </div>
        {drawerRow && (
          <ServerDrawer
            row={drawerRow}
            present={!!openRow}
            rowError={rowErrors[drawerRow.key]}
            section={drawerSection}
            onAction={(a) => onRowAction(drawerRow, a)}
            onClose={() => setOpenKey(undefined)}
          />
        )}
      </div>
      {menu && <RowMenu server={menu.row.server} anchor={menu.anchor} onPick={(a) => onRowAction(menu.row, a)} onClose={() => setMenu(undefined)} />}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          targets={dialog.rows.map(
            (r): DeleteTarget => ({ key: r.key, name: r.server.name, cloudName: r.cloudName, production: byId[r.cloud]?.production ?? false }),
          )}
          onClose={() => setDialog(undefined)}
          onConfirm={() => {
            const targets = dialog.rows;
            setDialog(undefined);
            void runBatchWithSummary('delete', targets);
          }}
        />
      )}
      {dialog?.kind === 'resize' && (
        <ResizeDialog
          cloud={dialog.row.cloud}
          server={dialog.row.server}
          onClose={() => setDialog(undefined)}
          onConfirm={(flavorRef) => {
            const row = dialog.row;
            setDialog(undefined);
            void act(row, 'resize', { flavorRef });
          }}
        />
      )}
      {dialog?.kind === 'console' && (
        <ConsoleLogDialog cloud={dialog.row.cloud} id={dialog.row.server.id} name={dialog.row.server.name} onClose={() => setDialog(undefined)} />
      )}
    </section>
  );
}

