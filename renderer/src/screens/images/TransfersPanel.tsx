import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { transferFigures } from './transfer-text.js';
import { isRunning, useTransfers, type Transfer } from './transfers-store.js';

/** Uploads and downloads of this cloud: bytes, rate, time left, and a cancel while they run. */
export function TransfersPanel({ cloud }: { cloud: string }) {
  const { t } = useTranslation('images');
  const transfers = Object.values(useTransfers((s) => s.transfers)).filter((x) => x.cloud === cloud);
  if (!transfers.length) return null;
  return (
    <section className="kit-panel kit-stack" aria-label={t('transfer.label')}>
      {transfers.map((x) => (
        <div key={x.transferId} className="kit-row" data-testid="image-transfer" data-phase={x.phase}>
          <TransferProgress x={x} />
          <TransferButton x={x} />
        </div>
      ))}
    </section>
  );
}

/**
 * One transfer's name, bar and figures. Glance's web-download reports no bytes, so an
 * import without a size has a bar with no value (the browser draws it as busy).
 */
export function TransferProgress({ x }: { x: Transfer }) {
  const { t } = useTranslation('images');
  const f = transferFigures(x);
  const sized = x.totalBytes !== undefined || !isRunning(x);
  return (
    <>
      {/* a web-download moves no byte through this machine: Glance fetches the file */}
      <span>{t(x.phase === 'importing' && x.totalBytes === undefined ? 'transfer.fetching' : `transfer.${x.direction}`, { file: x.fileName })}</span>
      <progress max={100} {...(sized ? { value: f.percent } : {})} aria-label={t('transfer.progress', { file: x.fileName })} />
      <span className="kit-grow">
        {t(`phase.${x.phase}`)}
        {x.totalBytes !== undefined && <> · {t('transfer.figures', f)}</>}
      </span>
    </>
  );
}

/** Cancel while it runs (main deletes a half-made image), dismiss once it ended. */
export function TransferButton({ x }: { x: Transfer }) {
  const { t } = useTranslation('images');
  return isRunning(x) ? (
    <button type="button" className="button" onClick={() => void api.invoke('transfers.cancel', { transfer: x.transferId })}>
      {t('transfer.cancel')}
    </button>
  ) : (
    <button type="button" className="button" onClick={() => useTransfers.getState().dismiss(x.transferId)}>
      {t('transfer.dismiss')}
    </button>
  );
}
