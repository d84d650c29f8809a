import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../../shared/domain/server.js';
import { unavailableText } from './format.js';
import { availability, ROW_ACTIONS, type RowAction } from './server-state.js';

interface Props {
  server: Server;
  anchor: HTMLElement;
  onPick(action: RowAction): void;
  onClose(): void;
}

/** Groups with a separator between them, as Horizon and Skyline group row actions. */
const GROUPS: RowAction[][] = [
  ['start', 'stop', 'reboot', 'hardReboot'],
  ['resize', 'confirmResize', 'revertResize', 'lock', 'unlock'],
  ['consoleLog', 'actionLog'],
  ['delete'],
];

/**
 * A row's action menu (WAI-ARIA menu button pattern): arrows move, Enter picks, Escape or Tab
 * closes and focus goes back to the button. Unavailable actions stay listed, disabled, with
 * the reason, so the user learns why instead of wondering where an action went.
 */
export function RowMenu({ server, anchor, onPick, onClose }: Props) {
  const { t } = useTranslation('servers');
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number }>({ top: 0, left: 0 });
  const items = ROW_ACTIONS.map((a) => ({ action: a, avail: availability(server, a) }));
  const [active, setActive] = useState(() => Math.max(0, items.findIndex((i) => i.avail.ok)));
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useLayoutEffect(() => {
    const r = anchor.getBoundingClientRect();
    const h = ref.current?.offsetHeight ?? 320;
    const w = ref.current?.offsetWidth ?? 220;
    const top = r.bottom + h > window.innerHeight ? Math.max(4, r.top - h) : r.bottom;
    setPos({ top, left: Math.max(4, Math.min(r.right - w, window.innerWidth - w - 4)) });
  }, [anchor]);

  useEffect(() => {
    itemRefs.current[active]?.focus();
  }, [active]);

  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node) && e.target !== anchor) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [anchor, onClose]);

  function close() {
    onClose();
    anchor.focus();
  }

  function onKeyDown(e: React.KeyboardEvent) {
    const n = items.length;
    const moves: Record<string, () => number> = {
      ArrowDown: () => (active + 1) % n,
      ArrowUp: () => (active - 1 + n) % n,
      Home: () => 0,
      End: () => n - 1,
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      setActive(move());
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  }

  let index = 0;
  return createPortal(
    <div
      ref={ref}
      role="menu"
      aria-label={t('actionsFor', { name: server.name })}
      className="srv-menu"
      style={{ top: pos.top, left: pos.left }}
      onKeyDown={onKeyDown}
    >
      {GROUPS.map((group, gi) => (
        <div key={gi} role="group" className="srv-menu-group">
          {group.map((action) => {
            const i = index++;
            const avail = availability(server, action);
            return (
              <button
                key={action}
                ref={(el) => {
                  itemRefs.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={i === active ? 0 : -1}
                aria-disabled={!avail.ok}
                className={action === 'delete' ? 'srv-menu-item danger' : 'srv-menu-item'}
                title={avail.ok ? undefined : unavailableText(t, avail)}
                onMouseEnter={() => setActive(i)}
                onClick={() => {
                  if (!avail.ok) return;
                  onClose();
                  onPick(action);
                }}
              >
                {t(`action.${action}`)}
                {action === 'delete' || action === 'resize' || action === 'consoleLog' ? '…' : ''}
                {!avail.ok && <span className="srv-menu-why">{unavailableText(t, avail)}</span>}
              </button>
            );
          })}
        </div>
      ))}
    </div>,
    document.body,
  );
}
