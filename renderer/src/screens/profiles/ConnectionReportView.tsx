import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import type { ConnectionReport } from '../../../../shared/schemas/profile.js';
import { errorDetail } from '../../kit/error-text.js';

function Verdict({ ok, children }: { ok: boolean; children: ReactNode }) {
  return <span className={ok ? 'badge ok' : 'badge danger'}>{children}</span>;
}

function CheckError({ error }: { error: SerializedError }) {
  const { t } = useTranslation('profiles');
  return (
    <p className="report-error">{errorDetail(t, error)}</p>
  );
}

function minutesFrom(now: number, iso: string): number {
  return Math.round((new Date(iso).getTime() - now) / 60_000);
}

/**
 * The test-connection report as a reader wants it: did auth work (and if not, what the service
 * said), who and where the token is for, what the catalog offers, and what compute supports.
 */
export function ConnectionReportView({ report }: { report: ConnectionReport }) {
  const { t, i18n } = useTranslation('profiles');
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const auth = report.auth;
  return (
    <div className="report">
      <p className="muted">{t('test.testedAt', { when: when(report.testedAt) })}</p>
      {report.tlsWarnings?.map((w) => (
        <p key={w} role="note" className="report-warning">
          {t(`test.tlsWarning.${w}`)}
        </p>
      ))}

      <section aria-labelledby="report-auth" className="report-section">
        <h3 className="kit-row" id="report-auth">
          {t('test.auth')} <Verdict ok={auth.ok}>{auth.ok ? t('test.ok') : t('test.failed')}</Verdict>
        </h3>
        {auth.ok ? (
          <dl className="kit-dl report-dl">
            <dt>{t('test.user')}</dt>
            <dd>
              {auth.user.name}
              {auth.user.domain && <span className="muted"> ({auth.user.domain})</span>} <span className="mono muted">{auth.user.id}</span>
            </dd>
            <dt>{t('test.project')}</dt>
            <dd>
              {auth.project ? (
                <>
                  {auth.project.name}
                  {auth.project.domain && <span className="muted"> ({auth.project.domain})</span>}{' '}
                  <span className="mono muted">{auth.project.id}</span>
                </>
              ) : (
                <span className="muted">{t('test.unscoped')}</span>
              )}
            </dd>
            <dt>{t('test.roles')}</dt>
            <dd>{auth.roles.length ? auth.roles.join(', ') : <span className="muted">{t('test.none')}</span>}</dd>
            <dt>{t('test.expires')}</dt>
            <dd>
              {when(auth.expiresAt)}{' '}
              <span className="muted">({t('test.inMinutes', { count: minutesFrom(new Date(report.testedAt).getTime(), auth.expiresAt) })})</span>
            </dd>
          </dl>
        ) : (
          <CheckError error={auth.error} />
        )}
      </section>

      {report.catalog && (
        <section aria-labelledby="report-catalog" className="report-section">
          <h3 className="kit-row" id="report-catalog">
            {t('test.catalog')}{' '}
            {!report.catalog.regionFound && <Verdict ok={false}>{t('test.regionMissing')}</Verdict>}
          </h3>
          <dl className="kit-dl report-dl">
            <dt>{t('test.regions')}</dt>
            <dd>{report.catalog.regions.join(', ') || <span className="muted">{t('test.none')}</span>}</dd>
          </dl>
          <table className="data report-services">
            <caption className="visually-hidden">{t('test.services')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('test.serviceType')}</th>
                <th scope="col">{t('test.serviceName')}</th>
                <th scope="col">{t('test.endpoints')}</th>
              </tr>
            </thead>
            <tbody>
              {report.catalog.services.map((s) => (
                <tr key={`${s.type}/${s.name}`}>
                  <td className="mono">{s.type}</td>
                  <td>{s.name}</td>
                  <td className="muted">{s.endpoints.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {(['compute', 'blockStorage'] as const).map((svc) => {
        const c = report[svc];
        if (!c) return null;
        return (
          <section key={svc} aria-labelledby={`report-${svc}`} className="report-section">
            <h3 className="kit-row" id={`report-${svc}`}>
              {t(`test.${svc}`)} <Verdict ok={c.ok}>{c.ok ? t('test.ok') : t('test.failed')}</Verdict>
            </h3>
            {c.ok ? (
              <dl className="kit-dl report-dl">
                <dt>{t('test.microversions')}</dt>
                <dd className="mono">
                  {c.min} – {c.max}
                </dd>
                <dt>{t('test.negotiated')}</dt>
                <dd className="mono">{c.negotiated}</dd>
              </dl>
            ) : (
              <CheckError error={c.error} />
            )}
          </section>
        );
      })}

      {(['image', 'network'] as const).map((svc) => {
        const c = report[svc];
        if (!c) return null;
        return (
          <section key={svc} aria-labelledby={`report-${svc}`} className="report-section">
            <h3 className="kit-row" id={`report-${svc}`}>
              {t(`test.${svc}`)} <Verdict ok={c.ok}>{c.ok ? t('test.present') : t('test.failed')}</Verdict>
            </h3>
            {c.ok ? <p className="mono muted">{c.endpoint}</p> : <CheckError error={c.error} />}
          </section>
        );
      })}
    </div>
  );
}
