import type { TFunction } from 'i18next';
import { availability } from '../../kit/action-table.js';
import type { RowError, RowPending } from '../../kit/list-store.js';
import { whyText } from '../../kit/why-text.js';
import { novaPowerText, novaStatusText, novaTaskText } from '../../i18n/nova-terms.js';
import { errorDetail } from '../../kit/error-text.js';
import { serverAction } from './server-actions.js';
import type { ServerRow } from './server-rows.js';

/** Status colour family, so the eye finds errors and moving rows without reading. */
export function statusTone(status: string, transitional: boolean): 'ok' | 'off' | 'error' | 'busy' | 'wait' {
  const s = status.toUpperCase();
  if (s === 'ERROR' || s === 'UNKNOWN') return 'error';
  if (s === 'VERIFY_RESIZE') return 'wait';
  if (transitional) return 'busy';
  if (s === 'ACTIVE') return 'ok';
  return 'off';
}

// Nova's words come from the one mapping every screen uses (i18n/nova-terms.ts)
export const statusLabel = (t: TFunction<'servers'>, status: string) => novaStatusText(t as TFunction, status);
export const taskLabel = (t: TFunction<'servers'>, task: string) => novaTaskText(t as TFunction, task);
export const powerLabel = (t: TFunction<'servers'>, power: string) => novaPowerText(t as TFunction, power);

interface StatusCellProps {
  t: TFunction<'servers'>;
  row: ServerRow;
  pending: RowPending | undefined;
  error: RowError | undefined;
  onDismissError(): void;
  onResizeDecision(confirm: boolean): void;
}

/** Confirm or Revert in the row: refused by the action table's guards (a lock, a running task), saying why. */
function DecisionButton({ t, row, action, onClick }: { t: TFunction<'servers'>; row: ServerRow; action: 'confirmResize' | 'revertResize'; onClick(): void }) {
  const a = availability(serverAction(action), row);
  return (
    <button
      type="button"
      className="kit-link srv-decision"
      onClick={onClick}
      disabled={!a.ok}
      title={whyText(t as TFunction, a)}
      aria-label={t('actionFor', { action: t(`action.${action}`), name: row.server.name })}
    >
      {/* the colour sits on a span: theme.css's unlayered `button` rule would win over a layered one */}
      <span>{t(action === 'confirmResize' ? 'resizeDecision.confirm' : 'resizeDecision.revert')}</span>
    </button>
  );
}

/** Status, then what Nova is doing (task state) and the hypervisor's power state, on one line. */
export function StatusCell({ t, row, pending, error, onDismissError, onResizeDecision }: StatusCellProps) {
  const s = row.server;
  const tone = statusTone(s.status, row.transitional);
  const power = s.powerState !== 'NOSTATE' ? powerLabel(t, s.powerState) : '';
  // a resize waiting for the user: the two decisions must fit the column, so the status word
  // is short (the full one is in the cell's tooltip, and the drawer) and the power state gives way
  const deciding = s.status.toUpperCase() === 'VERIFY_RESIZE' && !pending;
  const status = statusLabel(t, s.status);
  const task = s.taskState ? taskLabel(t, s.taskState) : '';
  const progress = s.progress !== undefined && row.transitional && s.progress > 0 ? `${s.progress}%` : '';
  const shownPower = !s.taskState && !deciding ? power : '';
  // the column has a fixed width (rows must not reflow while scrolling): the words are one run
  // of text that ends in an ellipsis, so a long task state ('Rebuilding rebuild: mapping block
  // devices') gives way before the status; the whole line, full status word included, is the
  // cell's tooltip. The controls after it (lock, pending, decisions, error) stay whole.
  const whole = [status, task, progress, shownPower].filter(Boolean).join(' · ');
  return (
    <span className="srv-status" title={whole}>
      <span className={`srv-dot srv-${tone}`} aria-hidden="true" />
      <span className="srv-status-text">
        <span className="srv-status-word">{deciding ? t('resizeDecision.status') : status}</span>
        {task && <>{' '}<span className="srv-task">{task}</span></>}
        {progress && <>{' '}<span className="srv-task">{progress}</span></>}
        {shownPower && <>{' '}<span className="srv-power">{shownPower}</span></>}
      </span>
      {s.locked && (
        <span className="srv-lock" title={s.lockedReason ?? t('column.locked')}>
          {t('locked')}
        </span>
      )}
      {pending && (
        <span className="srv-pending" role="status">
          <span className="srv-spinner" aria-hidden="true" />
          {t([`progress.${pending.action}`, 'kit:working'], { action: t(`action.${pending.action}`) })}
        </span>
      )}
      {deciding && (
        <span className="srv-inline-actions">
          <DecisionButton t={t} row={row} action="confirmResize" onClick={() => onResizeDecision(true)} />
          <DecisionButton t={t} row={row} action="revertResize" onClick={() => onResizeDecision(false)} />
        </span>
      )}
      {error && (
        <button
          type="button"
          className="srv-row-error"
          title={errorDetail(t, error.error)}
          aria-label={t('rowError', { action: t(`action.${error.action}`), message: errorDetail(t, error.error) })}
          onClick={onDismissError}
        >
          <span>{t('failed', { action: t(`action.${error.action}`) })} ×</span>
        </button>
      )}
    </span>
  );
}

/** Every network with its fixed addresses, then floating ones marked as such. */
export function AddressesCell({ t, row }: { t: TFunction<'servers'>; row: ServerRow }) {
  if (row.addresses.length === 0) return <span className="muted">—</span>;
  const full = row.addresses
    .map((g) => `${g.network}: ${[...g.fixed, ...g.floating.map((f) => `${f} (${t('floating')})`)].join(', ')}`)
    .join('\n');
  return (
    <span className="srv-addresses srv-ellipsis" title={full}>
      {row.addresses.map((g) => (
        <span key={g.network} className="srv-net">
          <span className="srv-net-name">{g.network}</span> {g.fixed.join(', ')}
          {g.floating.map((f) => (
            <span key={f} className="srv-floating" title={t('floating')}>
              {' '}
              ⇄ {f}
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}
