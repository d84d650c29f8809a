import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { asksMore, availability, menuGroups, type ActionDef, type ActionTable } from './action-table.js';
import { useOutsideClick } from './use-outside-click.js';
import { useRovingFocus } from './use-roving-focus.js';
import { whyText } from './why-text.js';

interface Props<Row> {
  table: ActionTable<Row>;
  row: Row;
  name: string;
  anchor: HTMLElement;
  onPick(action: ActionDef<Row>): void;
  onClose(): void;
}

/**
 * A row's action menu (WAI-ARIA menu button): the action table in its order, grouped.
 * Unavailable actions stay listed, disabled, with the guard's reason, so the user learns why
 * instead of wondering where an action went. Keyboard focus walks the same list the menu shows.
 */
export function RowMenu<Row>({ table, row, name, anchor, onPick, onClose }: Props<Row>) {
  const { t } = useTranslation(table.namespace);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ top: 0, left: 0 });
  const items = table.actions.map((a) => ({ action: a, avail: availability(a, row) }));
  const close = () => {
    onClose();
    anchor.focus();
  };
  const roving = useRovingFocus(items.length, { initial: Math.max(0, items.findIndex((i) => i.avail.ok)), onExit: close });

  useLayoutEffect(() => {
    const r = anchor.getBoundingClientRect();
    const h = ref.current?.offsetHeight ?? 200;
    const w = ref.current?.offsetWidth ?? 200;
    const top = r.bottom + h > window.innerHeight ? Math.max(4, r.top - h) : r.bottom;
    setPos({ top, left: Math.max(4, Math.min(r.right - w, window.innerWidth - w - 4)) });
  }, [anchor]);

  useOutsideClick(ref, true, onClose, anchor);

  let index = 0;
  return createPortal(
    <div ref={ref} role="menu" aria-label={t('kit:actionsFor', { name })} className="kit-menu" style={pos} onKeyDown={roving.onKeyDown}>
      {menuGroups(table).map((group) => (
        <div key={group[0]?.id} role="group" className="kit-menu-group">
          {group.map((action) => {
            const i = index++;
            const avail = items[i]!.avail;
            const why = whyText(t, avail);
            return (
              <button
                key={action.id}
                {...roving.itemProps(i)}
                type="button"
                role="menuitem"
                aria-disabled={!avail.ok}
                className="kit-menu-item"
                title={why}
                onMouseEnter={() => roving.setActive(i)}
                onClick={() => {
                  if (!avail.ok) return;
                  onClose();
                  onPick(action);
                }}
              >
                <span className={action.danger ? 'kit-danger' : undefined}>
                  {t(`action.${action.id}`)}
                  {asksMore(action, row) ? '…' : ''}
                </span>
                {why && <span className="kit-menu-why">{why}</span>}
              </button>
            );
          })}
        </div>
      ))}
    </div>,
    document.body,
  );
}
