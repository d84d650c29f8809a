import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { notify } from '../../stores/notify.js';
import { saveTextFile } from '../launch/save-file.js';
import { generateEd25519 } from '../launch/ssh-key.js';
import { generateSchema, problemKey } from './keypair-form.js';
import { useKeypairs } from './keypairs-store.js';

interface Props {
  cloud: string;
  taken: readonly string[];
  onClose(): void;
}

interface Made {
  name: string;
  fingerprint: string;
  privateKey: string;
}

/**
 * Makes an ed25519 key pair on this computer, as the launch wizard's key pair step does, and
 * registers its public half. The private key is shown once, to save or copy: closing the
 * dialog forgets it, and it never goes to main or the cloud.
 */
export function GenerateDialog({ cloud, taken, onClose }: Props) {
  const { t } = useTranslation('keypairs');
  const { register, handleSubmit, formState } = useForm<{ name: string }>({ resolver: zodResolver(generateSchema(taken)), defaultValues: { name: '' } });
  const [error, setError] = useState<SerializedError | string | undefined>();
  const [made, setMade] = useState<Made | undefined>();
  const [saved, setSaved] = useState<string | undefined>();

  const submit = handleSubmit(async ({ name }) => {
    setError(undefined);
    try {
      const key = await generateEd25519(name);
      const r = await api.invoke('keypairs.import', { cloud, keypair: { name, publicKey: key.publicKey, type: 'ssh' } });
      if (!r.ok) return setError(r.error);
      useKeypairs.getState().upsert(cloud, r.value);
      setMade({ name, fingerprint: r.value.fingerprint, privateKey: key.privateKey });
      notify({ kind: 'success', title: t('generate.registered', { name }) });
    } catch (e) {
      setError(t('generate.failed', { error: e instanceof Error ? e.message : String(e) }));
    }
  });

  const save = async () => {
    if (!made) return;
    const outcome = await saveTextFile(`${made.name}.pem`, made.privateKey, t('generate.privateKeyFile'));
    if (outcome !== 'cancelled') setSaved(t(outcome === 'saved' ? 'generate.saved' : 'generate.downloaded'));
  };

  const nameError = formState.errors.name;
  return (
    <FormDialog
      title={t('generate.title')}
      description={t('generate.help')}
      formId="kp-generate"
      submitLabel={formState.isSubmitting ? t('generate.working') : t('generate.submit')}
      submitting={formState.isSubmitting}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      error={error}
      wide
      done={
        made && {
          body: <PrivateKeyOnce made={made} saved={saved} onSave={() => void save()} />,
          footer: (
            <button type="button" className="button primary" onClick={onClose}>
              {t('generate.done')}
            </button>
          ),
        }
      }
    >
      <FormField label={t('form.name')} problem={nameError && t(problemKey('name', nameError.message))}>
        <input type="text" autoComplete="off" data-autofocus aria-invalid={!!nameError} {...register('name')} />
      </FormField>
    </FormDialog>
  );
}

function PrivateKeyOnce({ made, saved, onSave }: { made: Made; saved: string | undefined; onSave(): void }) {
  const { t } = useTranslation('keypairs');
  return (
    <div className="kit-stack kit-form">
      <p role="status">{t('generate.registeredAs', { name: made.name, fingerprint: made.fingerprint })}</p>
      <p className="banner warn">{t('generate.once')}</p>
      <FormField label={t('generate.privateKey')}>
        <textarea className="mono" readOnly rows={8} value={made.privateKey} />
      </FormField>
      <div className="kit-row">
        <button type="button" className="button" onClick={onSave}>
          {t('generate.save')}
        </button>
        <button type="button" className="button" onClick={() => void navigator.clipboard.writeText(made.privateKey)}>
          {t('common:actions.copy')}
        </button>
        {saved && (
          <span role="status" className="muted">
            {saved}
          </span>
        )}
      </div>
    </div>
  );
}
