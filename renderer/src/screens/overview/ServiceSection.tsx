import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { isAbsent, useOverview, type Service, type ServiceUsage } from './overview-store.js';
import { UsageLine } from './UsageLine.js';

/**
 * One service's quotas on the overview: its rows, or one line when the catalog has no such
 * service, or its own failure with a retry (the other services go on showing theirs).
 */
export function ServiceSection({ cloud, service, usage }: { cloud: string; service: Service; usage: ServiceUsage | undefined }) {
  const { t } = useTranslation('overview');
  const id = `overview-${service}`;
  const title = t(`service.${service}`);
  const absent = isAbsent(usage);
  return (
    <section className="kit-panel kit-stack overview-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {absent && <p className="muted">{t('absent', { service: title })}</p>}
      {!absent && usage?.state === 'error' && (
        <div className="kit-stack">
          <ErrorBanner error={usage.error} what={t('failed', { service: title })} />
          <button type="button" className="button" onClick={() => void useOverview.getState().load(cloud, service)}>
            {t('retry', { service: title })}
          </button>
        </div>
      )}
      {!absent && !usage?.rows && usage?.state !== 'error' && <p className="muted small">{t('loading')}</p>}
      {!absent && usage?.rows && (
        <ul className="kit-plain kit-stack overview-list" aria-label={title}>
          {usage.rows.map((r) => (
            <UsageLine key={r.key + (r.volumeType ?? '')} row={r} />
          ))}
        </ul>
      )}
    </section>
  );
}
