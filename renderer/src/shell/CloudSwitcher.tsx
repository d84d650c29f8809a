import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutSlots } from '../../../shared/profile-shortcuts.js';
import { profileOf } from '../../../shared/ipc/scope-id.js';
import { useRovingFocus } from '../kit/use-roving-focus.js';
import { cloudLabel, currentView, useClouds } from '../stores/clouds.js';
import { CloudStatusDot, stateOf } from '../kit/CloudStatusDot.js';
import { switchCloud } from './cloud-actions.js';
import type { ScopeChoice } from './scope-targets.js';
import { useScopeChoices } from './use-scope-choices.js';

/**
 * The current cloud as a button; its menu lists every cloud with colour, status and the
 * Ctrl+n shortcut (its slot, stable when profiles are added). A menu (not a row of chips) so twenty clouds still fit.
 */
export function CloudSwitcher() {
  const { t } = useTranslation();
  const profiles = useClouds((s) => s.profiles);
  const currentId = useClouds((s) => s.currentId);
  const projectNames = useClouds((s) => s.projectNames);
  const statuses = useClouds((s) => s.statuses);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const current = currentView({ profiles, currentId, projectNames });

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const close = useCallback((focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  }, []);

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
        aria-label={t('cloud.switcherLabel', { cloud: currentText, state: t(`cloudState.${stateOf(currentId ? statuses[currentId] : undefined)}`) })}
        onClick={() => (open ? close(false) : setOpen(true))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        disabled={profiles.length === 0}
      >
        <span className="cloud-swatch" style={{ background: current?.colour ?? 'transparent' }} aria-hidden="true" />
        <span className="cloud-name ellipsis">{currentText}</span>
        {current?.region && <span className="muted cloud-region">{current.region}</span>}
        {currentId && <CloudStatusDot status={statuses[currentId]} />}
        <span className="muted" aria-hidden="true">
          ▾
        </span>
      </button>
      {current?.production && <span className="badge danger">{t('cloud.production')}</span>}
      {open && <CloudMenu id={menuId} onClose={close} />}
    </div>
  );
}

/** The open menu: mounted on opening, so the focus starts on the current cloud. */
function CloudMenu({ id, onClose }: { id: string; onClose(focusButton: boolean): void }) {
  const { t } = useTranslation();
  const profiles = useClouds((s) => s.profiles);
  const currentId = useClouds((s) => s.currentId);
  const statuses = useClouds((s) => s.statuses);
  const slots = shortcutSlots(profiles);
  const choices = useScopeChoices();
  const projects = choices.filter((c) => c.kind === 'project');
  const regions = choices.filter((c) => c.kind === 'region');
  const exit = useCallback(() => onClose(true), [onClose]);
  const currentProfile = currentId ? profileOf(currentId) : undefined;
  const roving = useRovingFocus(profiles.length + projects.length + regions.length, {
    initial: Math.max(0, profiles.findIndex((p) => p.id === currentProfile)),
    onExit: exit,
  });
  const choiceItems = (group: ScopeChoice[], offset: number, label: string) =>
    group.length > 0 && (
      <div role="group" aria-label={label} className="cloud-menu-group">
        <div className="cloud-menu-heading muted small" aria-hidden="true">
          {label}
        </div>
        {group.map((c, i) => (
          <button
            key={c.target}
            {...roving.itemProps(offset + i)}
            type="button"
            role="menuitemradio"
            aria-checked={c.current}
            className="cloud-menu-item"
            onClick={() => {
              switchCloud(c.target);
              onClose(true);
            }}
          >
            <span className="cloud-menu-text">{c.label}</span>
          </button>
        ))}
      </div>
    );

  return (
    <div id={id} role="menu" aria-label={t('cloud.menuLabel')} className="cloud-menu" onKeyDown={roving.onKeyDown}>
      {profiles.map((p, i) => (
        <button
          key={p.id}
          {...roving.itemProps(i)}
          type="button"
          role="menuitemradio"
          aria-checked={p.id === currentProfile}
          className="cloud-menu-item"
          onClick={() => {
            switchCloud(p.id);
            onClose(true);
          }}
        >
          <span className="cloud-swatch" style={{ background: p.colour }} aria-hidden="true" />
          <span className="cloud-menu-text">
            <span className="cloud-name">{cloudLabel(p)}</span>
            {p.label.trim() && p.label.trim() !== p.name && <span className="muted"> {p.name}</span>}
            {/* the space keeps the accessible name "local-demo RegionOne", not "local-demoRegionOne" */}
            {p.region && <> <span className="muted cloud-region">{p.region}</span></>}
          </span>
          <CloudStatusDot status={statuses[p.id === currentProfile && currentId ? currentId : p.id]} withText />
          {slots.has(p.id) && <kbd className="shortcut">Ctrl+{slots.get(p.id)}</kbd>}
        </button>
      ))}
      {choiceItems(projects, profiles.length, t('cloud.projects'))}
      {choiceItems(regions, profiles.length + projects.length, t('cloud.regions'))}
    </div>
  );
}
