import { useTranslation } from 'react-i18next';
import { errorText } from '../../kit/error-text.js';
import { UsageBar } from '../../kit/UsageBar.js';
import type { LaunchDraft } from './draft.js';
import { fitRows, type FitRow } from './fit.js';
import { limitText, mb } from './format.js';
import { useLaunchUi } from './launch-context.js';

/** "Will it fit": instances, vCPUs, RAM, ports and floating IPs, used + this launch against each quota. */
export function FitPanel({ draft }: { draft: LaunchDraft }) {
  const { t } = useTranslation('launch');
  const { lookups, usage, reload } = useLaunchUi();
  const flavor = lookups.flavors?.data?.find((f) => f.id === draft.flavorRef);
  const group = lookups.serverGroups?.data?.find((g) => g.id === draft.serverGroup);
  const count = Number.isInteger(draft.count) && draft.count >= 1 ? draft.count : 1;
  const newPortsPerServer =
    draft.networkMode === 'auto' ? 1 : draft.networkMode === 'none' ? 0 : draft.networks.filter((n) => n.kind === 'network').length;
  const rows = fitRows({
    compute: usage,
    network: lookups.networkQuotas?.data,
    flavor,
    count,
    newPortsPerServer,
    groupMembers: group?.members.length,
    metadataItems: draft.metadata.filter((r) => r.key.trim()).length,
  });
  const computeFailed = !usage && lookups.limits?.state === 'error';
  const networkFailed = lookups.networkQuotas?.state === 'error';
  const loading = !usage && !computeFailed;

  return (
    <section className="kit-panel kit-stack launch-panel" aria-labelledby="fit-title">
      <h2 id="fit-title">{t('fit.title')}</h2>
      {loading && <p className="muted small">{t('fit.loading')}</p>}
      <ul className="kit-plain kit-stack fit-list">
        {rows.map((r) => (
          <FitLine key={r.key} row={r} />
        ))}
      </ul>
      {computeFailed && lookups.limits?.state === 'error' && (
        <p className="field-error">
          {t('fit.computeFailed')} {errorText(t, lookups.limits.error)}{' '}
          <button type="button" className="button ghost" onClick={() => reload('limits')}>
            {t('gate.retry')}
          </button>
        </p>
      )}
      {networkFailed && lookups.networkQuotas?.state === 'error' && (
        <p className="field-error">
          {t('fit.networkFailed')} {errorText(t, lookups.networkQuotas.error)}{' '}
          <button type="button" className="button ghost" onClick={() => reload('networkQuotas')}>
            {t('gate.retry')}
          </button>
        </p>
      )}
      {!flavor && usage && <p className="muted small">{t('fit.noFlavor')}</p>}
    </section>
  );
}

function FitLine({ row }: { row: FitRow }) {
  const { t } = useTranslation('launch');
  const fmt = (n: number) => (row.key === 'ram' ? mb(n) : n.toLocaleString());
  const max = row.max;
  const label = t(`fit.${row.key}`);
  const text =
    max === null
      ? t('fit.unlimited', { used: fmt(row.used), adds: fmt(row.adds) })
      : t('fit.line', { used: fmt(row.used), adds: fmt(row.adds), max: row.key === 'ram' ? mb(max) : limitText(max) });
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
