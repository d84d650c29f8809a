import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../shared/errors.js';
import { ErrorBanner } from './ErrorBanner.js';
import { Modal } from './Modal.js';
import { needsProductionGuard, type ActionDef } from './action-table.js';

export interface ConfirmTarget {
  key: string;
  name: string;
}

interface Props<Row> {
  ns: string;
  action: ActionDef<Row>;
  targets: readonly ConfirmTarget[];
  /** the cloud's profile is marked production */
  production: boolean;
  cloudName: string;
  /** the cloud refused the one target (a security group in use): said here, the dialog stays */
  error?: SerializedError | undefined;
  /** sent, not answered yet */
  busy?: boolean;
  onConfirm(): void;
  onClose(): void;
}

/**
 * Asks before an action the table marks `confirm`. On a production cloud, for actions marked
 * `production`, the user types each target's name (GitHub's pattern for irreversible deletes):
 * a click alone cannot do it. The servers screen's delete guard, for every action marked so.
 */
export function ConfirmDialog<Row>({ ns, action, targets, production, cloudName, error, busy, onConfirm, onClose }: Props<Row>) {
  const { t } = useTranslation(ns);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const guarded = needsProductionGuard(action, production) ? targets : [];
  const ready = guarded.every((x) => typed[x.key] === x.name);
  const count = targets.length;
  const name = targets[0]?.name ?? '';
  return (
    <Modal
      title={t(`confirm.${action.id}.title`, { count, name })}
      description={t(`confirm.${action.id}.description`, { count, name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="button" className={action.danger ? 'button danger solid' : 'button primary'} disabled={!ready || busy} onClick={onConfirm}>
            {t(`confirm.${action.id}.button`, { count, name })}
          </button>
        </>
      }
    >
      {count > 1 && (
        <ul className="kit-stack kit-list">
          {targets.map((x) => (
            <li key={x.key}>{x.name}</li>
          ))}
        </ul>
      )}
      {guarded.length > 0 && <p className="banner danger">{t('kit:confirm.production', { cloud: cloudName })}</p>}
      {guarded.map((x, i) => (
        <label key={x.key} className="kit-stack kit-field">
          <span>{t('kit:confirm.typeName', { name: x.name })}</span>
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            data-autofocus={i === 0 ? true : undefined}
            value={typed[x.key] ?? ''}
            aria-invalid={!!typed[x.key] && typed[x.key] !== x.name}
            onChange={(e) => setTyped((s) => ({ ...s, [x.key]: e.target.value }))}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && ready) onConfirm();
            }}
          />
        </label>
      ))}
      <ErrorBanner error={error} />
    </Modal>
  );
}
