import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowKey } from '../../kit/list-store.js';
import { NoCloud } from '../../kit/NoCloud.js';
import { ResourceView } from '../../kit/ResourceView.js';
import { cloudLabel, openViews, useClouds } from '../../stores/clouds.js';
import '../../styles/servers.css';
import { useAddressOverlays, withOverlays } from './address-overlay.js';
import { CloudNotices } from './CloudNotices.js';
import { ConsoleLogDialog } from './ConsoleLogDialog.js';
import { mergeSameServers, seenBy } from './cross-cloud.js';
import { FilterBar } from './FilterBar.js';
import { InterfacesDialog } from './InterfacesDialog.js';
import { LockDialog } from './LockDialog.js';
import { MetadataDialog } from './MetadataDialog.js';
import { RebuildDialog } from './RebuildDialog.js';
import { RenameDialog } from './RenameDialog.js';
import { RescueDialog, RescuePasswordDialog } from './RescueDialogs.js';
import { SnapshotDialog } from './SnapshotDialog.js';
import { SnapshotNotes } from './SnapshotNotes.js';
import { ConsoleNotes } from './ConsoleNotes.js';
import { UnshelveDialog } from './UnshelveDialog.js';
import { PortGroupsDialog } from './PortGroupsDialog.js';
import { AssociateFloatingIpDialog, DisassociateFloatingIpDialog } from './FloatingIpDialogs.js';
import { ResizeDialog } from './ResizeDialog.js';
import { attachVolume, disassociateFloatingIp, resizeTo, SERVER_ACTIONS } from './server-actions.js';
import { AttachDialog } from '../volumes/AttachDialog.js';
import { legacyHiddenColumns, serverColumns } from './server-columns.js';
import { activeFilterCount, filtersKey, toListFilters } from './server-filters.js';
import { useServerIntent } from './server-intent.js';
import { rowsInView, type ServerRow } from './server-rows.js';
import { ServerDrawer } from './ServerDrawer.js';
import { serverRows, useServers } from './servers-store.js';
import { useServersView } from './servers-view.js';
import { useLiveUpdates } from './use-live-updates.js';
import { useNow } from './use-now.js';
import { useResizeOutcome } from './use-resize-outcome.js';
import { useServerScopes } from './use-server-scopes.js';

const nameOf = (r: ServerRow) => r.server.name;
const keyOf = (r: ServerRow) => r.key;
const cloudOf = (r: ServerRow) => r.cloud;
const cloudsOf = (r: ServerRow) => seenBy(r).map((s) => s.cloud);
const searchText = (r: ServerRow) => r.haystack;
/** a cell's Confirm / Revert goes through the palette's door: picked as the row menu would */
const decideResize = (r: ServerRow, confirm: boolean) => useServerIntent.getState().ask({ cloud: r.cloud, id: r.server.id, action: confirm ? 'confirmResize' : 'revertResize' });
const dismissError = (r: ServerRow) => useServers.getState().setRowError(r.key, undefined);

/**
 * The servers list on the kit: one cloud, or every cloud at once. Each cloud's last list shows
 * at once and refreshes behind; main's watcher keeps it current; every action comes from the
 * servers' action table and runs per row with its progress and Nova's own error on the row.
 */
export function ServersScreen() {
  const { t, i18n } = useTranslation('servers');
  const profiles = useClouds((s) => s.profiles);
  const currentId = useClouds((s) => s.currentId);
  const allClouds = useClouds((s) => s.allClouds);
  const statuses = useClouds((s) => s.statuses);
  const { lists, pending, rowErrors } = useServers();
  const { imageNames, flavorNames, bootImages, filters: form } = useServersView();
  const now = useNow();

  const opened = useClouds((s) => s.opened);
  const projectNames = useClouds((s) => s.projectNames);
  // every profile and every project/region scope opened of one (a profile's several projects side by side)
  const views = useMemo(() => openViews({ profiles, opened, projectNames, currentId }), [profiles, opened, projectNames, currentId]);
  const inView = useMemo(
    () => (allClouds ? views : views.filter((p) => p.id === currentId)).map((p) => ({ id: p.id, name: cloudLabel(p) })),
    [allClouds, views, currentId],
  );
  const { filters } = useMemo(() => toListFilters(form), [form]);
  useLiveUpdates(
    inView.map((p) => p.id),
    filters,
  );
  const scopeOf = useServerScopes(views, lists);
  // Neutron's floating IP changes, shown until Nova's cache has them (address-overlay.ts)
  const overlays = useAddressOverlays((s) => s.overlays);
  const shown = useMemo(() => withOverlays(lists, overlays), [lists, overlays]);
  const rows = useMemo(() => mergeSameServers(rowsInView(inView, { lists: shown, imageNames, flavorNames, bootImages }), scopeOf), [inView, shown, imageNames, flavorNames, bootImages, scopeOf]);
  useResizeOutcome(rows);

  const intent = useServerIntent((s) => s.intent);
  const viewIntent = useMemo(() => intent && { key: rowKey(intent.cloud, intent.id), action: intent.action }, [intent]);
  const intentTaken = useCallback(() => intent && useServerIntent.getState().done(intent.seq), [intent]);

  const byId = useMemo(() => Object.fromEntries(views.map((p) => [p.id, p])), [views]);
  const lang = i18n.language;
  const columns = useMemo(
    () => serverColumns({ t, lang, now, pending, rowErrors, profiles: byId, allClouds, onResizeDecision: decideResize, onDismissError: dismissError }),
    [t, lang, now, pending, rowErrors, byId, allClouds],
  );
  const [legacyHidden] = useState(legacyHiddenColumns);
  // each cloud's compute version, for the actions it gates (console 2.6, unshelve's zone 2.77)
  useEffect(() => {
    for (const p of inView) if (lists[p.id]?.fetchedAt) void useServersView.getState().loadMicroversion(p.id);
  }, [inView, lists]);
  const [filtersOpen, setFiltersOpen] = useState(() => activeFilterCount(form) > 0);

  if (profiles.length === 0) return <NoCloud ns="servers" />;
  const load = (cloud: string) => void useServers.getState().load(cloud, filters);
  const filterCount = activeFilterCount(form);
  const listsInView = inView.map((p) => lists[p.id]);
  return (
    <ResourceView
      ns="servers"
      title={allClouds ? t('titleAll') : inView[0] ? t('titleOne', { cloud: inView[0].name }) : t('title')}
      {...{ rows, pending, rowErrors, keyOf, cloudOf, cloudsOf, nameOf, searchText, columns }}
      store={serverRows}
      ownMarks
      defaultHidden={legacyHidden}
      actions={SERVER_ACTIONS}
      // "no servers" only once every cloud in view has answered (or failed)
      answered={listsInView.some((l) => l?.fetchedAt) && !listsInView.some((l) => l?.loading && !l.fetchedAt)}
      loading={listsInView.some((l) => l?.loading)}
      loaded={listsInView.some((l) => l?.fetchedAt)}
      empty={filterCount > 0 ? t('emptyFiltered') : t('empty')}
      exportName={`servers-${allClouds ? 'all' : (inView[0]?.name ?? 'cloud')}`}
      onRefresh={() => inView.forEach((p) => load(p.id))}
      slash
      toolbarStart={
        <button type="button" className="button" aria-expanded={filtersOpen} aria-controls="srv-filters" onClick={() => setFiltersOpen(!filtersOpen)}>
          {filterCount > 0 ? t('filters.buttonCount', { count: filterCount }) : t('filters.button')}
        </button>
      }
      toolbar={
        <a className="button primary" href="#/launch">
          {t('launch')}
        </a>
      }
      above={
        <>
          {filtersOpen && <FilterBar id="srv-filters" cloud={allClouds ? undefined : inView[0]?.id} />}
          <CloudNotices clouds={inView} lists={lists} statuses={statuses} now={now} filterKey={filtersKey(filters)} onRetry={load} />
          <SnapshotNotes />
          <ConsoleNotes />
          <RescuePasswordDialog />
        </>
      }
      drawer={(d) => <ServerDrawer {...d} />}
      dialogs={{
        resize: ({ rows: [row], close, proceed }) =>
          row && <ResizeDialog cloud={row.cloud} server={row.server} onClose={close} onConfirm={(flavorRef) => proceed(resizeTo(flavorRef))} />,
        interfaces: ({ rows: [row], cloud, close, proceed }) => row && <InterfacesDialog cloud={cloud} row={row} onClose={close} proceed={proceed} />,
        attachVolume: ({ rows: [row], cloud, close, proceed }) =>
          row && (
            <AttachDialog cloud={cloud} fixed={{ server: { id: row.server.id, name: row.server.name || row.server.id } }} onClose={close} onChoose={(c) => proceed(attachVolume(c.attach))} />
          ),
        console: ({ rows: [row], close }) => row && <ConsoleLogDialog cloud={row.cloud} id={row.server.id} name={row.server.name} onClose={close} />,
        lock: (d) => <LockDialog {...d} />,
        rename: (d) => <RenameDialog {...d} />,
        snapshot: (d) => <SnapshotDialog {...d} />,
        metadata: (d) => <MetadataDialog {...d} />,
        rescue: (d) => <RescueDialog {...d} />,
        rebuild: (d) => <RebuildDialog {...d} />,
        unshelve: (d) => <UnshelveDialog {...d} />,
        securityGroups: ({ rows: [row], close }) => row && <PortGroupsDialog cloud={row.cloud} id={row.server.id} name={row.server.name} onClose={close} />,
        associateFloatingIp: ({ rows: [row], close }) => row && <AssociateFloatingIpDialog cloud={row.cloud} server={row.server} onClose={close} />,
        disassociateFloatingIp: ({ rows: [row], close, proceed }) =>
          row && (
            <DisassociateFloatingIpDialog cloud={row.cloud} server={row.server} onClose={close} onChoose={(fip) => proceed(disassociateFloatingIp(fip))} />
          ),
      }}
      intent={viewIntent}
      onIntent={intentTaken}
    />
  );
}
