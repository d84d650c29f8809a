import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../shared/schemas/profile.js';
import { useClouds } from '../stores/clouds.js';
import { CloudStatusDot, stateOf } from './CloudStatusDot.js';
import { switchCloud } from './cloud-actions.js';

export function cloudLabel(p: Pick<ProfileView, 'label' | 'name'>): string {
  return p.label.trim() || p.name;
}

/**
 * The current cloud as a button; its menu lists every cloud with colour, status and the
 * Ctrl+n shortcut. A menu (not a row of chips) so twenty clouds still fit.
 */
export function CloudSwitcher() {
  const { t } = useTranslation();
  const profiles = useClouds((s) => s.profiles);
  const currentId = useClouds((s) => s.currentId);
  const statuses = useClouds((s) => s.statuses);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const wrapRef = useRef<HTMLDivElement>(null);
  const current = profiles.find((p) => p.id === currentId);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  function openMenu() {
    const i = profiles.findIndex((p) => p.id === currentId);
    setActive(i < 0 ? 0 : i);
    setOpen(true);
  }

  function close(focusButton: boolean) {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  }

  function pick(p: ProfileView) {
    switchCloud(p.id);
    close(true);
  }

  function onMenuKey(e: React.KeyboardEvent) {
    const n = profiles.length;
    if (n === 0) return;
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
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  }

  const currentText = current ? cloudLabel(current) : t('cloud.none');
  return (
    <div className="cloud-switcher" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className="cloud-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('cloud.switcherLabel', { cloud: currentText, state: t(`cloudState.${stateOf(current && statuses[current.id])}`) })}
        onClick={() => (open ? close(false) : openMenu())}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            openMenu();
          }
        }}
        disabled={profiles.length === 0}
      >
        <span className="cloud-swatch" style={{ background: current?.colour ?? 'transparent' }} aria-hidden="true" />
        <span className="cloud-name">{currentText}</span>
        {current && <CloudStatusDot status={statuses[current.id]} />}
        <span className="caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {current?.production && <span className="badge badge-production">{t('cloud.production')}</span>}
      {open && (
        <div id={menuId} role="menu" aria-label={t('cloud.menuLabel')} className="cloud-menu" onKeyDown={onMenuKey}>
          {profiles.map((p, i) => (
            <button
              key={p.id}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitemradio"
              aria-checked={p.id === currentId}
              tabIndex={i === active ? 0 : -1}
              className="cloud-menu-item"
              onClick={() => pick(p)}
              onFocus={() => setActive(i)}
            >
              <span className="cloud-swatch" style={{ background: p.colour }} aria-hidden="true" />
              <span className="cloud-menu-text">
                <span className="cloud-name">{cloudLabel(p)}</span>
                {p.label.trim() && p.label.trim() !== p.name && <span className="muted"> {p.name}</span>}
                {/* the space keeps the accessible name "local-demo RegionOne", not "local-demoRegionOne" */}
                {p.region && <> <span className="muted cloud-region">{p.region}</span></>}
              </span>
              <CloudStatusDot status={statuses[p.id]} withText />
              {i < 9 && <kbd className="shortcut">Ctrl+{i + 1}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
