import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstanceAction } from '../../../../shared/domain/server.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { ActionEvents } from './ActionEvents.js';
import { formatTime } from './format.js';

/**
 * The server's instance actions (`os-instance-actions`), newest first: what was done, when,
 * by whom, with the request id to look up in Nova's logs. Reloads when the server's state
 * moves (`stateKey`), so a just-finished action shows without a click.
 */
export function ActionLog({ cloud, serverId, stateKey }: { cloud: string; serverId: string; stateKey: string }) {
  const { t, i18n } = useTranslation('servers');
  const [actions, setActions] = useState<InstanceAction[] | undefined>();
  const [error, setError] = useState<SerializedError | undefined>();
  const [open, setOpen] = useState<string | undefined>();

  const load = useCallback(async () => {
    const r = await api.invoke('instanceActions.list', { cloud, serverId });
    if (r.ok) {
      setActions([...r.value].sort((a, b) => b.startTime.localeCompare(a.startTime)));
      setError(undefined);
    } else setError(r.error);
  }, [cloud, serverId]);

  useEffect(() => {
    void load();
  }, [load, stateKey]);

  return (
    <section className="srv-section" aria-labelledby={`actlog-${serverId}`} data-section="actionLog">
      <h3 id={`actlog-${serverId}`}>
        {t('drawer.actionLog')}
        <button type="button" className="button ghost srv-section-button" onClick={() => void load()}>
          {t('refresh')}
        </button>
      </h3>
      <ErrorBanner error={error} />
      {!actions && !error && <p className="muted">{t('loading')}</p>}
      {actions && actions.length === 0 && <p className="muted">{t('drawer.noActions')}</p>}
      {actions && actions.length > 0 && (
        <table className="srv-kv-table" aria-label={t('drawer.actionLog')}>
          <thead>
            <tr>
              <th scope="col">{t('drawer.action')}</th>
              <th scope="col">{t('drawer.started')}</th>
              <th scope="col">{t('drawer.requestId')}</th>
              <th scope="col">{t('drawer.message')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <Fragment key={a.requestId}>
                <tr>
                  <td>
                    <button
                      type="button"
                      className="button ghost"
                      aria-expanded={open === a.requestId}
                      aria-label={t('drawer.showEvents', { action: a.action })}
                      onClick={() => setOpen(open === a.requestId ? undefined : a.requestId)}
                    >
                      {open === a.requestId ? '▾' : '▸'} {a.action}
                    </button>
                  </td>
                  <td>{formatTime(a.startTime, i18n.language)}</td>
                  <td className="mono">{a.requestId}</td>
                  <td className={a.message ? 'srv-danger-text' : 'muted'}>{a.message ?? '—'}</td>
                </tr>
                {open === a.requestId && (
                  <tr>
                    <td colSpan={4}>
                      <ActionEvents cloud={cloud} serverId={serverId} action={a} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
