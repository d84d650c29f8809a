import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../kit/error-text.js';
import { useLaunchUi } from './launch-context.js';
import type { LookupKey } from './lookups.js';

/**
 * A step that needs lookups: while they load it says so; when one failed the step is disabled
 * with the service's reason and a retry, and every other step stays usable.
 */
export function StepGate({ needs, children }: { needs: LookupKey[]; children: ReactNode }) {
  const { t } = useTranslation('launch');
  const { lookups, reload } = useLaunchUi();
  const failed = needs.filter((k) => lookups[k]?.state === 'error');
  const waiting = needs.filter((k) => lookups[k] === undefined || (lookups[k]?.state === 'loading' && lookups[k]?.data === undefined));

  if (failed.length > 0) {
    return (
      <>
        {failed.map((k) => {
          const l = lookups[k];
          return (
            <div key={k} className="banner danger" role="alert">
              <strong>{t('gate.failed', { what: t(`lookup.${k}`) })}</strong> {l?.state === 'error' ? errorText(t, l.error) : ''}{' '}
              <button type="button" className="button" onClick={() => reload(k)}>
                {t('gate.retry')}
              </button>
            </div>
          );
        })}
        <fieldset disabled className="launch-disabled">
          {children}
        </fieldset>
      </>
    );
  }
  if (waiting.length > 0) {
    return (
      <p role="status" className="muted">
        {t('gate.loading', { what: waiting.map((k) => t(`lookup.${k}`)).join(', ') })}
      </p>
    );
  }
  return <>{children}</>;
}

/** A lookup's state as a short word for step tabs: undefined when fine. */
export function lookupTrouble(states: Array<{ state: string } | undefined>): 'error' | 'loading' | undefined {
  if (states.some((s) => s?.state === 'error')) return 'error';
  if (states.some((s) => s === undefined || s.state === 'loading')) return 'loading';
  return undefined;
}
