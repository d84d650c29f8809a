import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { errorText } from '../../shell/error-text.js';
import { Modal } from '../../shell/Modal.js';
import { notify } from '../../stores/notify.js';
import { importSchema, nameFromFile, problemKey } from './keypair-form.js';
import { useKeypairs } from './keypairs-store.js';

interface Props {
  cloud: string;
  taken: readonly string[];
  onClose(): void;
}

interface Form {
  name: string;
  publicKey: string;
}

/** Registers a public key pasted or read from a `.pub` file (read here, in the renderer). */
export function ImportDialog({ cloud, taken, onClose }: Props) {
  const { t } = useTranslation('keypairs');
  const { register, handleSubmit, formState, setValue, getValues } = useForm<Form>({
    resolver: zodResolver(importSchema(taken)),
    defaultValues: { name: '', publicKey: '' },
  });
  const [error, setError] = useState<SerializedError | undefined>();

  const submit = handleSubmit(async ({ name, publicKey }) => {
    setError(undefined);
    const r = await api.invoke('keypairs.import', { cloud, keypair: { name, publicKey: publicKey.trim() } });
    if (!r.ok) return setError(r.error);
    useKeypairs.getState().upsert(cloud, r.value);
    notify({ kind: 'success', title: t('import.done', { name }) });
    onClose();
  });

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    setValue('publicKey', (await file.text()).trim(), { shouldValidate: true });
    if (!getValues('name')) setValue('name', nameFromFile(file.name), { shouldValidate: true });
  };

  const { errors } = formState;
  return (
    <Modal
      title={t('import.title')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" form="kp-import" className="button primary" disabled={formState.isSubmitting}>
            {t('import.submit')}
          </button>
        </>
      }
    >
      <form id="kp-import" className="kit-stack kit-form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="kit-stack kit-field">
          <span>{t('form.name')}</span>
          <input type="text" autoComplete="off" data-autofocus aria-invalid={!!errors.name} {...register('name')} />
        </label>
        {errors.name && <div className="field-error">{t(problemKey('name', errors.name.message))}</div>}
        <label className="kit-stack kit-field">
          <span>{t('form.publicKey')}</span>
          <textarea className="mono" rows={4} placeholder="ssh-ed25519 AAAA…" aria-invalid={!!errors.publicKey} {...register('publicKey')} />
        </label>
        {errors.publicKey && <div className="field-error">{t(problemKey('publicKey', errors.publicKey.message))}</div>}
        <label className="kit-stack kit-field">
          <span>{t('import.file')}</span>
          <input type="file" accept=".pub,text/plain" onChange={(e) => void loadFile(e.target.files?.[0])} />
        </label>
        {error && (
          <p role="alert" className="banner danger">
            {errorText(t, error)}
          </p>
        )}
      </form>
    </Modal>
  );
}
