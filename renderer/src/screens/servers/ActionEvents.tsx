import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstanceAction } from '../../../../shared/domain/server.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { formatTime } from './format.js';

/**
 * One instance action's events (`instanceActions.get`): what Nova did for it, when, and how it
 * ended; the traceback where Nova gives one (to admins, for failed events).
 */
export function ActionEvents({ cloud, serverId, action }: { cloud: string; serverId: string; action: InstanceAction }) {
  const { t, i18n } = useTranslation('servers');
  const [detail, setDetail] = useState<InstanceAction | undefined>();
  const [error, setError] = useState<SerializedError | undefined>();
  useEffect(() => {
    let live = true;
    void api.invoke('instanceActions.get', { cloud, serverId, requestId: action.requestId }).then((r) => {
      if (!live) return;
      if (r.ok) setDetail(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [cloud, serverId, action.requestId]);

  const time = (s: string | undefined) => (s ? formatTime(s, i18n.language) : '—');
  const events = detail?.events;
  return (
    <div className="kit-stack">
      <ErrorBanner error={error} />
      {!detail && !error && <p className="muted">{t('loading')}</p>}
      {detail && (!events || events.length === 0) && <p className="muted">{t('drawer.noEvents')}</p>}
      {events && events.length > 0 && (
        <table className="srv-kv-table" aria-label={t('drawer.eventsOf', { action: action.action })}>
          <thead>
            <tr>
              <th scope="col">{t('drawer.event')}</th>
              <th scope="col">{t('drawer.started')}</th>
              <th scope="col">{t('drawer.finished')}</th>
              <th scope="col">{t('drawer.result')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={`${e.event}-${i}`}>
                <td className="mono">
                  {e.event}
                  {e.traceback && (
                    <details>
                      <summary>{t('drawer.traceback')}</summary>
                      <pre className="kit-pre">{e.traceback}</pre>
                    </details>
                  )}
                </td>
                <td>{time(e.startTime)}</td>
                <td>{time(e.finishTime)}</td>
                <td className={e.result && e.result !== 'Success' ? 'srv-danger-text' : undefined}>{e.result ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
