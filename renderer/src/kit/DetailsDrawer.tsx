import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRovingFocus } from './use-roving-focus.js';

export interface DrawerTab {
  id: string;
  label: string;
  render(): ReactNode;
}

interface Props {
  /** a new subject opens on its first tab, scrolled to the top */
  subjectKey: string;
  title: string;
  tabs: readonly DrawerTab[];
  /** above the tabs: the actions, a row's error, a "gone" notice */
  top?: ReactNode;
  /** show this tab (a row menu's "Action log"); a new `seq` asks again for the same tab */
  openTab?: { id: string; seq: number } | undefined;
  onClose(): void;
}

/**
 * Details beside the list (non-modal: the list stays usable; Escape closes), with tabs
 * (WAI-ARIA tabs: arrows move between them, the panel follows).
 */
export function DetailsDrawer({ subjectKey, title, tabs, top, openTab, onClose }: Props) {
  const { t } = useTranslation('kit');
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(tabs.length, { orientation: 'horizontal', focusOnMount: false });

  useEffect(() => {
    roving.setActive(0);
    body.current?.scrollTo?.({ top: 0 });
    ref.current?.focus();
    // roving's setter is stable; only a new subject resets
  }, [subjectKey]);

  const wanted = openTab ? tabs.findIndex((x) => x.id === openTab.id) : -1;
  useEffect(() => {
    if (wanted >= 0) roving.setActive(wanted);
    // asked once per request (seq), after the subject's own reset above
  }, [subjectKey, openTab?.seq, wanted]);

  const tab = roving.active;
  const current = tabs[Math.min(tab, tabs.length - 1)];

  return (
    <aside
      ref={ref}
      className="kit-drawer kit-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="kit-row kit-drawer-head">
        <h2 id={`${id}-title`} title={title}>
          {title}
        </h2>
        <button type="button" className="icon-button" aria-label={t('drawer.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="kit-drawer-body kit-stack" ref={body}>
        {top}
        <div role="tablist" aria-label={t('drawer.tabs')} className="kit-tabs" onKeyDown={roving.onKeyDown}>
          {tabs.map((x, i) => (
            <button
              key={x.id}
              {...roving.itemProps(i)}
              type="button"
              role="tab"
              id={`${id}-tab-${x.id}`}
              aria-selected={i === tab}
              aria-controls={`${id}-panel`}
              className="kit-tab"
              onClick={() => roving.setActive(i)}
            >
              <span className="kit-tab-label">{x.label}</span>
            </button>
          ))}
        </div>
        {current && (
          <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${current.id}`} className="kit-stack">
            {current.render()}
          </div>
        )}
      </div>
    </aside>
  );
}

/** A term and its value in a drawer's definition list; long values wrap instead of pushing off the grid. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </>
  );
}
