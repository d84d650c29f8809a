import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsDrawer } from '../../kit/DetailsDrawer.js';
import { DrawerActions } from '../../kit/DrawerActions.js';
import type { DrawerProps } from '../../kit/RowDrawer.js';
import { ActionLog } from './ActionLog.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { SERVER_ACTIONS } from './server-actions.js';
import { ServerDetails } from './ServerDetails.js';
import type { ServerRow } from './server-rows.js';
import { useServers } from './servers-store.js';

/**
 * One server beside the list, in the kit's drawer: its actions from the action table, then
 * the details (fault first: the reason an operator opens a failed server) and the action log,
 * each a tab. Another server opens on the first tab, scrolled to the top.
 */
export function ServerDrawer({ row, present, rowError, openTab, onAction, onClose }: DrawerProps<ServerRow>) {
  const { t } = useTranslation('servers');
  const s = row.server;

  // Nova's list leaves the fault out: the server's own GET has it (and everything else fresh)
  const [fetching, setFetching] = useState(false);
  useEffect(() => {
    if (!present) return;
    let live = true;
    setFetching(true);
    void useServers
      .getState()
      .refreshRows(row.cloud, [s.id])
      .finally(() => live && setFetching(false));
    return () => {
      live = false;
    };
    // again when the server lands in another state (e.g. BUILD → ERROR while open)
  }, [row.cloud, s.id, s.status, present]);

  return (
    <DetailsDrawer
      subjectKey={row.key}
      title={s.name || s.id}
      openTab={openTab}
      onClose={onClose}
      top={
        <>
          {!present && <p className="banner warn">{t('drawer.gone')}</p>}
          {fetching && (
            <p className="muted" role="status">
              {t('drawer.fetching')}
            </p>
          )}
          {present && <DrawerActions table={SERVER_ACTIONS} row={row} label={t('drawer.actions')} onPick={onAction} />}
          {rowError && <ErrorBanner what={t('failed', { action: t(`action.${rowError.action}`) })} error={rowError.error} />}
        </>
      }
      tabs={[
        { id: 'details', label: t('drawer.overview'), render: () => <ServerDetails row={row} present={present} onAction={onAction} /> },
        {
          id: 'actionLog',
          label: t('drawer.actionLog'),
          render: () => (present ? <ActionLog cloud={row.cloud} serverId={s.id} stateKey={`${s.status}/${s.taskState ?? ''}`} /> : null),
        },
      ]}
    />
  );
}
