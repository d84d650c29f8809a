import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '../../lib/routes.js';
import { useClouds } from '../../stores/clouds.js';
import { TransferButton, TransferProgress } from './TransfersPanel.js';
import { isRunning, listenToTransfers, useTransfers } from './transfers-store.js';

/**
 * Running image transfers as notifications in the corner, live, with cancel, wherever the
 * user is: a multi-gigabyte upload outlives the screen that started it. Not shown where the
 * Images screen of that cloud already shows the same transfer. Part of the shell from the
 * start, it is where the app listens for `images.transfer` events (for the screen's panel too).
 */
export function TransferNotices() {
  const { t } = useTranslation('images');
  const route = useRoute();
  const current = useClouds((s) => s.currentId);
  useEffect(listenToTransfers, []);
  const shown = Object.values(useTransfers((s) => s.transfers)).filter((x) => isRunning(x) && !(route === 'images' && x.cloud === current));
  if (!shown.length) return null;
  return (
    <section className="kit-stack toast-stack" aria-label={t('transfer.label')}>
      {shown.map((x) => (
        <div key={x.transferId} className="toast info transfer-notice" data-testid="transfer-notice" data-phase={x.phase}>
          <div className="toast-text kit-stack">
            <TransferProgress x={x} />
            <div className="kit-row">
              <TransferButton x={x} />
              {x.cloud === current && (
                <button type="button" className="button ghost" onClick={() => navigate('images')}>
                  {t('transfer.show')}
                </button>
              )}
            </div>
          </div>
        </div>
      ))}
    </section>
  );
}
