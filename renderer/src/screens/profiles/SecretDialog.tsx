import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import type { ProfileView, SecretStorageInfo } from '../../../../shared/schemas/profile.js';
import { api } from '../../lib/api.js';
import { errorText } from '../../kit/error-text.js';
import { Modal } from '../../kit/Modal.js';
import { notify } from '../../stores/notify.js';
import { FormField } from './FormField.js';
import { translateValidation } from './validation-messages.js';

/** Set (write-only) or forget the stored password / credential secret / token of a profile. */
export function SecretDialog({
  profile,
  secretStorage,
  refusal,
  onClose,
  onSaved,
}: {
  profile: ProfileView;
  secretStorage?: SecretStorageInfo;
  /** Keystone refused the stored secret: why it is asked for again */
  refusal?: SerializedError | undefined;
  onClose(): void;
  /** after a secret was stored (the dialog then closes) */
  onSaved?(): void;
}) {
  const { t } = useTranslation('profiles');
  const [secret, setSecret] = useState('');
  const [remember, setRemember] = useState(profile.rememberSecret && secretStorage?.persistent !== false);
  const [error, setError] = useState<SerializedError | undefined>(refusal);
  const [busy, setBusy] = useState(false);
  const label = t(`secret.label.${profile.auth.type}`);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!secret) {
      setError({ kind: 'validation', message: 'a secret is required', field: 'secret' });
      return;
    }
    setBusy(true);
    const r = await api.invoke('profiles.setSecret', { id: profile.id, secret, remember });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    notify({ kind: 'success', title: t('notify.secretSet', { name: profile.name }) });
    onSaved?.();
    onClose();
  }

  async function forget() {
    setBusy(true);
    const r = await api.invoke('profiles.forgetSecret', { id: profile.id });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    notify({ kind: 'success', title: t('notify.secretForgotten', { name: profile.name }) });
    onClose();
  }

  const fieldError = error?.field === 'secret' ? translateValidation(t, error.message) : undefined;
  return (
    <Modal
      title={t('secret.title', { name: profile.name })}
      onClose={onClose}
      footer={
        <>
          {profile.hasSecret && (
            <button type="button" className="button danger" onClick={() => void forget()} disabled={busy}>
              {t('secret.forget')}
            </button>
          )}
          <span className="kit-grow" />
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" form="secret-form" className="button primary" disabled={busy}>
            {t('common:actions.save')}
          </button>
        </>
      }
    >
      <form id="secret-form" onSubmit={(e) => void save(e)} noValidate>
        <p className="muted">{profile.hasSecret ? t('secret.replaceIntro') : t('secret.setIntro')}</p>
        {secretStorage && !secretStorage.persistent && <p className="banner warn">{t('secret.runOnly')}</p>}
        {error && !fieldError && (
          <div className="banner danger" role="alert">
            {errorText(t, error)}
          </div>
        )}
        <FormField label={label} error={fieldError} hint={t('secret.writeOnlyHint')}>
          <input type="password" autoComplete="new-password" value={secret} data-autofocus onChange={(e) => setSecret(e.target.value)} />
        </FormField>
        <label className="checkbox">
          <input type="checkbox" checked={remember} disabled={secretStorage?.persistent === false} onChange={(e) => setRemember(e.target.checked)} />
          {t('field.rememberSecret')}
        </label>
      </form>
    </Modal>
  );
}
