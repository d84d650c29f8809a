import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../shell/Modal.js';

export interface DeleteTarget {
  key: string;
  name: string;
  cloudName: string;
  production: boolean;
}

interface Props {
  targets: readonly DeleteTarget[];
  onConfirm(): void;
  onClose(): void;
}

/**
 * Delete confirmation. On a production profile the user types each server's name (GitHub's
 * pattern for irreversible deletes): a click alone cannot remove a production server.
 */
export function DeleteDialog({ targets, onConfirm, onClose }: Props) {
  const { t } = useTranslation('servers');
  const [typed, setTyped] = useState<Record<string, string>>({});
  const guarded = targets.filter((x) => x.production);
  const ready = guarded.every((x) => typed[x.key] === x.name);
  const title = targets.length === 1 ? t('delete.titleOne', { name: targets[0]?.name ?? '' }) : t('delete.titleMany', { count: targets.length });
  return (
    <Modal
      title={title}
      description={t('delete.description')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="button" className="button danger solid" disabled={!ready} onClick={onConfirm}>
            {targets.length === 1 ? t('delete.confirmOne') : t('delete.confirmMany', { count: targets.length })}
          </button>
        </>
      }
    >
      {targets.length > 1 && (
        <ul className="srv-delete-list">
          {targets.map((x) => (
            <li key={x.key}>
              {x.name} <span className="muted">({x.cloudName})</span>
            </li>
          ))}
        </ul>
      )}
      {guarded.length > 0 && <p className="banner danger">{t('delete.production')}</p>}
      {guarded.map((x, i) => (
        <label key={x.key} className="srv-field">
          <span>{t('delete.typeName', { name: x.name, cloud: x.cloudName })}</span>
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            data-autofocus={i === 0 ? true : undefined}
            value={typed[x.key] ?? ''}
            aria-invalid={typed[x.key] !== undefined && typed[x.key] !== '' && typed[x.key] !== x.name}
            onChange={(e) => setTyped((s) => ({ ...s, [x.key]: e.target.value }))}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && ready) onConfirm();
            }}
          />
        </label>
      ))}
    </Modal>
  );
}
