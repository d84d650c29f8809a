import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text.js';
import { cloudLabel, useClouds, viewOf } from '../stores/clouds.js';
import type { ActionTable } from './action-table.js';
import type { KitColumn } from './columns.js';
import type { DrawerTab } from './DetailsDrawer.js';
import { EMPTY_LIST, rowKey, type ListStore } from './list-store.js';
import { NoCloud } from './NoCloud.js';
import { ResourceView, type DialogProps } from './ResourceView.js';

export type { DialogProps } from './ResourceView.js';

export interface ResourceScreenProps<Row, Args = void> {
  /** the i18n namespace: `title`, `titleOn`, `tableLabel`, `column.*`, `action.*`, `why.*`, `confirm.*`, `empty` */
  ns: string;
  /** a list asked with args (images: Glance's filters) is refreshed with the same args */
  store: ListStore<Row, Args>;
  columns: ReadonlyArray<KitColumn<Row>>;
  actions: ActionTable<Row>;
  nameOf(row: Row): string;
  tabs(row: Row, cloud: string): DrawerTab[];
  /** buttons beside Refresh (create, import…) */
  toolbar?(cloud: string): ReactNode;
  /** beside the quick filter (a status toggle) */
  toolbarStart?(cloud: string): ReactNode;
  /** the rows the screen's own filter keeps (a status toggle); the count and export follow it */
  rowFilter?: ((row: Row) => boolean) | undefined;
  /** said when no row is left (default: the namespace's `empty`) */
  empty?: string | undefined;
  /** the dialogs the action table names */
  dialogs?: Record<string, (p: DialogProps<Row>) => ReactNode>;
}

/**
 * A resource screen of the current cloud from its declaration: the cloud's list from its
 * store (main's saved list first, a failed refresh said above the older list) in the kit's
 * `ResourceView`.
 */
export function ResourceScreen<Row, Args = void>({ ns, store, columns, actions, nameOf, tabs, toolbar, toolbarStart, rowFilter, empty, dialogs }: ResourceScreenProps<Row, Args>) {
  const { t } = useTranslation([ns, 'kit']);
  const cloud = useClouds((s) => s.currentId);
  const profiles = useClouds((s) => s.profiles);
  const projectNames = useClouds((s) => s.projectNames);
  const profile = useMemo(() => viewOf({ profiles, projectNames }, cloud), [profiles, projectNames, cloud]);
  const list = store((s) => (cloud ? s.lists[cloud] : undefined)) ?? EMPTY_LIST;
  const pending = store((s) => s.pending);
  const rowErrors = store((s) => s.rowErrors);
  const idOf = store.channels.idOf;
  const keyOf = useCallback((r: Row) => rowKey(cloud ?? '', idOf(r)), [cloud, idOf]);
  const cloudOf = useCallback(() => cloud ?? '', [cloud]);
  const cloudName = profile ? cloudLabel(profile) : '';
  const rows = useMemo(() => (rowFilter ? list.items.filter(rowFilter) : list.items), [list.items, rowFilter]);

  useEffect(() => {
    if (cloud) void store.getState().load(cloud);
    return () => store.getState().stopPolling();
  }, [cloud, store]);

  if (!cloud) return <NoCloud ns={ns} />;
  const load = () => void store.getState().load(cloud);
  return (
    <ResourceView
      ns={ns}
      title={t('titleOn', { cloud: cloudName })}
      rows={rows}
      store={store}
      pending={pending}
      rowErrors={rowErrors}
      keyOf={keyOf}
      cloudOf={cloudOf}
      nameOf={nameOf}
      columns={columns}
      actions={actions}
      answered={!!list.fetchedAt}
      loading={list.loading}
      loaded={!!list.fetchedAt}
      loadingLine
      empty={empty ?? t('empty')}
      exportName={`${ns}-${cloudName || 'cloud'}`}
      onRefresh={load}
      toolbarStart={toolbarStart?.(cloud)}
      toolbar={toolbar?.(cloud)}
      above={
        <>
          {list.error && (
            <div className="banner danger kit-row" role="alert">
              <span>
                {t('kit:loadFailed')} {errorText(t, list.error)}
              </span>
              <button type="button" className="button" onClick={load}>
                {t('common:actions.retry')}
              </button>
            </div>
          )}
          {list.fromCache && list.fetchedAt && <p className="banner info">{t('kit:fromCache', { at: new Date(list.fetchedAt).toLocaleString() })}</p>}
        </>
      }
      tabs={tabs}
      rereadOnOpen={!!store.channels.get}
      dialogs={dialogs}
    />
  );
}
