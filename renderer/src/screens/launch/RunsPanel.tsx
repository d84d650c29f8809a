import { useTranslation } from 'react-i18next';
import { profileOf } from '../../../../shared/ipc/scope-id.js';
import { useClouds, viewOf } from '../../stores/clouds.js';
import { useLaunch } from './launch-store.js';
import { novaStatusText, novaTaskText } from '../../i18n/nova-terms.js';
import { errorDetail } from '../../kit/error-text.js';
import { isSettled, sortServers, summarise, type LaunchRun } from './tracking.js';

/** Per-server progress of each launch: BUILD → ACTIVE, or ERROR with Nova's fault message. */
export function RunsPanel() {
  const { t } = useTranslation('launch');
  const runs = useLaunch((s) => s.runs);
  if (runs.length === 0) return null;
  return (
    <section className="kit-panel kit-stack launch-panel runs" aria-labelledby="runs-title">
      <h2 id="runs-title">{t('runs.title')}</h2>
      <ol className="kit-plain kit-stack">
        {runs.map((r) => (
          <li key={r.key}>
            <Run run={r} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The edge of a run (launch.css): building in warn, done in ok, and danger once anything failed. */
function runTone(phase: LaunchRun['phase'], errors: boolean): string {
  if (phase === 'failed' || (phase === 'done' && errors)) return 'danger';
  if (phase === 'done') return 'ok';
  return phase === 'stopped' ? '' : 'warn';
}

const STATUS_CLASS: Record<string, string> = { ACTIVE: 'ok', ERROR: 'danger', BUILD: 'warn' };

function Run({ run }: { run: LaunchRun }) {
  const { t } = useTranslation('launch');
  const dismiss = useLaunch((s) => s.dismissRun);
  // a profile by its name, as before; a scope of it by its label, which names the project
  const cloudName = useClouds((s) => (run.cloud === profileOf(run.cloud) ? s.profiles.find((p) => p.id === run.cloud)?.name : undefined) ?? viewOf(s, run.cloud)?.label ?? run.cloud);
  const sum = summarise(run);
  const headline =
    run.phase === 'sending'
      ? t('runs.sending')
      : run.phase === 'failed'
        ? t('runs.failed')
        : run.phase === 'stopped'
          ? t('runs.stopped')
          : run.phase === 'done'
            ? sum.error > 0
              ? t('runs.doneWithErrors', { active: sum.active, error: sum.error })
              : t('runs.done', { active: sum.active })
            : t('runs.building', { seen: run.servers.length, count: run.count });

  return (
    <article className={`run ${runTone(run.phase, sum.error > 0)}`} aria-label={t('runs.label', { name: run.name })}>
      <header className="run-head">
        <strong className="ellipsis" title={run.name}>{run.count > 1 ? t('runs.nameCount', { name: run.name, count: run.count }) : run.name}</strong>
        <span className="muted small">{cloudName}</span>
        <button type="button" className="icon-button" aria-label={t('runs.dismiss', { name: run.name })} onClick={() => dismiss(run.key)}>
          ×
        </button>
      </header>
      <div role="status" aria-live="polite" className="small">
        {run.phase !== 'done' && run.phase !== 'failed' && run.phase !== 'stopped' && <span className="spinner" aria-hidden="true" />} {headline}
        {run.reservationId && <span className="muted"> · {t('runs.reservation', { id: run.reservationId })}</span>}
      </div>
      {run.recoveredFrom && <p className="banner warn small">{t('runs.recovered', { kind: run.recoveredFrom })}</p>}
      {run.error && (
        <p className="field-error" role="alert">
          {errorDetail(t, run.error)}
        </p>
      )}
      {run.pollError && <p className="muted small">{t('runs.pollError', { error: errorDetail(t, run.pollError) })}</p>}
      {run.servers.length > 0 && (
        <ul className="kit-plain kit-stack run-servers">
          {sortServers(run.servers).map((s) => (
            <li key={s.id} aria-label={t('runs.serverLabel', { name: s.name, status: novaStatusText(t, s.status) })}>
              <div className="kit-row">
                <span className={`badge ${STATUS_CLASS[s.status] ?? ''}`}>
                  {!isSettled(s) && <span className="spinner" aria-hidden="true" />}
                  {novaStatusText(t, s.status)}
                </span>
                <span>{s.name}</span>
                {s.taskState && <span className="muted small">{novaTaskText(t, s.taskState)}</span>}
              </div>
              {s.addresses.length > 0 && <div className="mono small">{s.addresses.join(', ')}</div>}
              {s.fault && (
                <p className="fault field-error">
                  {t('runs.fault', { code: s.fault.code })} {s.fault.message}
                  {/NoValidHost|No valid host/i.test(s.fault.message) && <span className="muted"> — {t('runs.noValidHostHint')}</span>}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
