import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../shared/errors.js';
import { Passcode } from '../../../shared/schemas/profile.js';
import { api } from '../lib/api.js';
import { FormDialog, FormField } from '../kit/FormDialog.js';

/**
 * The TOTP passcode a password + TOTP login needs, asked when main found no valid token of
 * that login. Main uses it for one login and keeps it nowhere; a refused one stays here with
 * Keystone's refusal, and the user types the next one.
 */
export function PasscodeDialog({
  cloud,
  name,
  refusal,
  onClose,
  onLoggedIn,
}: {
  cloud: string;
  name: string;
  /** why it is asked again: the previous passcode was refused */
  refusal?: SerializedError | undefined;
  onClose(): void;
  onLoggedIn(): void;
}) {
  const { t } = useTranslation();
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState<SerializedError | undefined>(refusal);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const valid = Passcode.safeParse(passcode);
    if (!valid.success) return setError({ kind: 'validation', field: 'passcode', message: t('passcode.invalid') });
    setBusy(true);
    const r = await api.invoke('clouds.passcode', { cloud, passcode: valid.data });
    setBusy(false);
    setPasscode('');
    if (!r.ok) return setError(r.error);
    if (r.value.state === 'connected') return onLoggedIn();
    setError(r.value.error);
  }

  return (
    <FormDialog
      title={t('passcode.title', { name })}
      description={t('passcode.intro')}
      formId="passcode-form"
      submitLabel={t('passcode.submit')}
      submitting={busy}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      error={error}
    >
      <FormField label={t('passcode.label')}>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          value={passcode}
          data-autofocus
          aria-invalid={error?.field === 'passcode'}
          onChange={(e) => setPasscode(e.target.value)}
        />
      </FormField>
    </FormDialog>
  );
}
