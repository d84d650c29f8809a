import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lookupTrouble } from './StepGate.js';
import type { CloudLookups } from './lookups.js';
import { STEP_LOOKUPS, STEPS, type StepId } from './steps.js';

/** The wizard's steps as a vertical tab list; each tab says when its step has problems or is unavailable. */
export function StepNav(p: { current: StepId; onSelect(step: StepId): void; issueCounts: Map<StepId, number>; lookups: CloudLookups }) {
  const { t } = useTranslation('launch');
  const refs = useRef(new Map<StepId, HTMLButtonElement>());

  const onKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? STEPS.length - 1 : -1;
    if (next < 0 || next >= STEPS.length) return;
    e.preventDefault();
    const step = STEPS[next]!;
    p.onSelect(step);
    refs.current.get(step)?.focus();
  };

  return (
    <div role="tablist" aria-orientation="vertical" aria-label={t('steps')} className="kit-stack step-nav">
      {STEPS.map((s, i) => {
        const issues = p.issueCounts.get(s) ?? 0;
        const trouble = lookupTrouble((STEP_LOOKUPS[s] ?? []).map((k) => p.lookups[k]));
        const state = trouble === 'error' ? t('stepState.unavailable') : issues > 0 ? t('stepState.issues', { count: issues }) : undefined;
        return (
          <button
            key={s}
            ref={(el) => {
              if (el) refs.current.set(s, el);
            }}
            type="button"
            role="tab"
            id={`step-tab-${s}`}
            aria-selected={p.current === s}
            aria-controls={`step-panel-${s}`}
            tabIndex={p.current === s ? 0 : -1}
            className={`kit-row step-tab${trouble === 'error' ? ' unavailable' : ''}`}
            onClick={() => p.onSelect(s)}
            onKeyDown={(e) => onKey(e, i)}
          >
            <span className="step-num" aria-hidden="true">
              {i + 1}
            </span>
            <span className="step-name">{t(`step.${s}`)}</span>
            {trouble === 'loading' && <span className="spinner" aria-hidden="true" />}
            {state && <span className={`step-badge ${trouble === 'error' ? 'danger' : 'warn'}`}>{state}</span>}
          </button>
        );
      })}
    </div>
  );
}
