import { useTranslation } from 'react-i18next';
import { TransferNotices } from '../screens/images/TransferNotices.js';
import { useNotifications, type Notification } from '../stores/notify.js';

/** The toast's edge (shell.css) in the tone of its kind. */
const TONE: Record<Notification['kind'], string> = { success: 'ok', error: 'danger', info: 'info' };

function Toast({ n }: { n: Notification }) {
  const { t } = useTranslation();
  const dismiss = useNotifications((s) => s.dismiss);
  return (
    <div className={`toast ${TONE[n.kind]}`}>
      <div className="toast-text">
        <strong className="toast-title">{n.title}</strong>
        {n.detail && <div className="muted small toast-detail">{n.detail}</div>}
      </div>
      <button type="button" className="icon-button" aria-label={t('notify.dismiss', { title: n.title })} onClick={() => dismiss(n.id)}>
        ×
      </button>
    </div>
  );
}

/**
 * Running transfers, then two live regions that exist from the start (a region added together with its text is not
 * announced): errors are assertive, everything else polite.
 */
export function Toasts() {
  const { t } = useTranslation();
  const items = useNotifications((s) => s.items);
  const errors = items.filter((n) => n.kind === 'error');
  const others = items.filter((n) => n.kind !== 'error');
  return (
    <section className="kit-stack toasts" aria-label={t('notify.label')}>
      {/* outside the live regions: a bar that moves every few hundred milliseconds must not be read out each time */}
      <TransferNotices />
      <div role="alert" aria-live="assertive" className="kit-stack toast-stack">
        {errors.map((n) => (
          <Toast key={n.id} n={n} />
        ))}
      </div>
      <div role="status" aria-live="polite" className="kit-stack toast-stack">
        {others.map((n) => (
          <Toast key={n.id} n={n} />
        ))}
      </div>
    </section>
  );
}
