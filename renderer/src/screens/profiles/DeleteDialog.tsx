import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import type { ProfileView } from '../../../../shared/schemas/profile.js';
import { api } from '../../lib/api.js';
import { errorText } from '../../kit/error-text.js';
import { Modal } from '../../kit/Modal.js';
import { notify } from '../../stores/notify.js';
import { FormField } from './FormField.js';

/**
 * Deleting a profile removes its settings and stored secret, not anything in the cloud.
 * A production profile asks for its name to be typed.
 */
export function DeleteDialog({ profile, onClose, onDeleted }: { profile: ProfileView; onClose(): void; onDeleted(): void }) {
  const { t } = useTranslation('profiles');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<SerializedError>();
  const [busy, setBusy] = useState(false);
  const ready = !profile.production || typed === profile.name;

  async function remove() {
    setBusy(true);
    const r = await api.invoke('profiles.remove', { id: profile.id });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    notify({ kind: 'success', title: t('notify.deleted', { name: profile.name }) });
    onDeleted();
  }

  return (
    <Modal
      title={t('delete.title', { name: profile.name })}
      description={t('delete.body')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('common:actions.cancel')}
          </button>
          <button type="button" className="button danger solid" disabled={!ready || busy} onClick={() => void remove()}>
            {t('delete.confirm')}
          </button>
        </>
      }
    >
      {error && (
        <div className="banner danger" role="alert">
          {errorText(t, error)}
        </div>
      )}
      {profile.production && (
        <FormField label={t('delete.typeName', { name: profile.name })}>
          <input type="text" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </FormField>
      )}
    </Modal>
  );
}
