import { useTranslation } from 'react-i18next';
import { errorText } from '../../kit/error-text.js';
import { UsageBar } from '../../kit/UsageBar.js';
import { newVolumesPerServer } from './boot-volume.js';
import type { LaunchDraft } from './draft.js';
import { fitRows, type FitRow } from './fit.js';
import { limitText, mb } from './format.js';
import { useLaunchUi, useRootMinGb } from './launch-context.js';

/**
 * "Will it fit": instances, vCPUs, RAM, ports, floating IPs, volumes and gigabytes (per type
 * where the cloud limits one), used + this launch against each quota.
 */
export function FitPanel({ draft }: { draft: LaunchDraft }) {
  const { t } = useTranslation('launch');
  const { lookups, usage } = useLaunchUi();
  const flavor = lookups.flavors?.data?.find((f) => f.id === draft.flavorRef);
  const group = lookups.serverGroups?.data?.find((g) => g.id === draft.serverGroup);
  const count = Number.isInteger(draft.count) && draft.count >= 1 ? draft.count : 1;
  const newPortsPerServer =
    draft.networkMode === 'auto' ? 1 : draft.networkMode === 'none' ? 0 : draft.networks.filter((n) => n.kind === 'network').length;
  const rootMin = useRootMinGb(draft);
  const newVolumes = newVolumesPerServer(draft, rootMin, lookups.volumeTypeDefault?.data?.name);
  const rows = fitRows({
    compute: usage,
    network: lookups.networkQuotas?.data,
    flavor,
    count,
    newPortsPerServer,
    groupMembers: group?.members.length,
    metadataItems: draft.metadata.filter((r) => r.key.trim()).length,
    volume: lookups.volumeQuotas?.data,
    newVolumes,
  });
  const computeFailed = !usage && lookups.limits?.state === 'error';
  const loading = !usage && !computeFailed;

  return (
    <section className="kit-panel kit-stack launch-panel" aria-labelledby="fit-title">
      <h2 id="fit-title">{t('fit.title')}</h2>
      {loading && <p className="muted small">{t('fit.loading')}</p>}
      <ul className="kit-plain kit-stack fit-list">
        {rows.map((r) => (
          <FitLine key={`${r.key}:${r.volumeType ?? ''}`} row={r} />
        ))}
      </ul>
      {computeFailed && <QuotaFailed lookup="limits" message={t('fit.computeFailed')} />}
      <QuotaFailed lookup="networkQuotas" message={t('fit.networkFailed')} />
      <QuotaFailed lookup="volumeQuotas" message={t('fit.volumeFailed')} />
      {!flavor && usage && <p className="muted small">{t('fit.noFlavor')}</p>}
    </section>
  );
}

/** A quota lookup that failed: the service's reason and a retry. */
function QuotaFailed({ lookup, message }: { lookup: 'limits' | 'networkQuotas' | 'volumeQuotas'; message: string }) {
  const { t } = useTranslation('launch');
  const { lookups, reload } = useLaunchUi();
  const l = lookups[lookup];
  if (l?.state !== 'error') return null;
  return (
    <p className="field-error">
      {message} {errorText(t, l.error)}{' '}
      <button type="button" className="button ghost" onClick={() => reload(lookup)}>
        {t('gate.retry')}
      </button>
    </p>
  );
}

function FitLine({ row }: { row: FitRow }) {
  const { t } = useTranslation('launch');
  const gib = row.key === 'gigabytes' || row.key === 'gigabytesOfType';
  const fmt = (n: number) => (row.key === 'ram' ? mb(n) : gib ? t('source.gib', { n }) : n.toLocaleString());
  const max = row.max;
  const label = t(`fit.${row.key}`, { type: row.volumeType });
  const text =
    max === null
      ? t('fit.unlimited', { used: fmt(row.used), adds: fmt(row.adds) })
      : t('fit.line', { used: fmt(row.used), adds: fmt(row.adds), max: row.key === 'ram' ? mb(max) : gib ? t('source.gib', { n: max }) : limitText(max) });
  return (
    <li className={row.fits ? 'fit-row' : 'fit-row over'}>
      <div className="fit-label">
        <span>{label}</span>
        <span className={row.fits ? 'muted small' : 'field-error'}>
          {text}
          {!row.fits && ` · ${t('fit.over')}`}
        </span>
      </div>
      <UsageBar label={label} text={text} used={row.used} adds={row.adds} max={max} over={!row.fits} />
    </li>
  );
}
