import { useTranslation } from 'react-i18next';
import type { Server } from '../../../../shared/domain/server.js';
import { unavailableText } from './format.js';
import { availability, type RowAction } from './server-state.js';

/** Lock and unlock share a place: only the one that applies is shown. */
const QUICK: RowAction[] = ['start', 'stop', 'reboot', 'confirmResize', 'revertResize', 'lock', 'unlock', 'consoleLog', 'delete'];

interface Props {
  server: Pick<Server, 'status' | 'taskState' | 'locked' | 'lockedReason'>;
  onAction(action: RowAction): void;
}

/**
 * The drawer's quick actions. An action the state rules out is left out (the row menu lists
 * it, with the reason); one that only the lock stands in the way of stays, disabled, saying
 * so, because that is the one the user came to do and Unlock sits next to it.
 */
export function DrawerActions({ server, onAction }: Props) {
  const { t } = useTranslation('servers');
  return (
    <div className="srv-drawer-actions" role="toolbar" aria-label={t('drawer.actions')}>
      {QUICK.map((a) => {
        const avail = availability(server, a);
        if (!avail.ok && avail.why !== 'locked') return null;
        return (
          <button
            key={a}
            type="button"
            className={a === 'delete' ? 'button danger' : 'button'}
            disabled={!avail.ok}
            title={avail.ok ? undefined : unavailableText(t, avail)}
            onClick={() => onAction(a)}
          >
            {t(`action.${a}`)}
          </button>
        );
      })}
    </div>
  );
}
