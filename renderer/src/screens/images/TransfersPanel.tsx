import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { transferFigures } from './transfer-text.js';
import { useTransfers, type Transfer } from './transfers-store.js';

const ENDED = new Set(['done', 'failed', 'cancelled']);

/** Uploads and downloads of this cloud: bytes, rate, time left, and a cancel while they run. */
export function TransfersPanel({ cloud }: { cloud: string }) {
  const { t } = useTranslation('images');
  const transfers = Object.values(useTransfers((s) => s.transfers)).filter((x) => x.cloud === cloud);
  if (!transfers.length) return null;
  return (
    <section className="kit-panel kit-stack" aria-label={t('transfer.label')}>
      {transfers.map((x) => (
        <TransferRow key={x.transferId} x={x} />
      ))}
    </section>
  );
}

function TransferRow({ x }: { x: Transfer }) {
  const { t } = useTranslation('images');
  const f = transferFigures(x);
  const ended = ENDED.has(x.phase);
  return (
    <div className="kit-row" data-testid="image-transfer" data-phase={x.phase}>
      <span>{t(`transfer.${x.direction}`, { file: x.fileName })}</span>
      <progress max={100} value={f.percent} aria-label={t('transfer.progress', { file: x.fileName })} />
      <span className="kit-grow">{t(`phase.${x.phase}`)} · {t('transfer.figures', f)}</span>
      {ended ? (
        <button type="button" className="button" onClick={() => useTransfers.getState().dismiss(x.transferId)}>
          {t('transfer.dismiss')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void api.invoke('transfers.cancel', { transfer: x.transferId })}>
          {t('transfer.cancel')}
        </button>
      )}
    </div>
  );
}
