import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
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
    <FormDialog
      title={t('import.title')}
      formId="kp-import"
      submitLabel={t('import.submit')}
      submitting={formState.isSubmitting}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      error={error}
      wide
    >
      <FormField label={t('form.name')} problem={errors.name && t(problemKey('name', errors.name.message))}>
        <input type="text" autoComplete="off" data-autofocus aria-invalid={!!errors.name} {...register('name')} />
      </FormField>
      <FormField label={t('form.publicKey')} problem={errors.publicKey && t(problemKey('publicKey', errors.publicKey.message))}>
        <textarea className="mono" rows={4} placeholder="ssh-ed25519 AAAA…" aria-invalid={!!errors.publicKey} {...register('publicKey')} />
      </FormField>
      <FormField label={t('import.file')}>
        <input type="file" accept=".pub,text/plain" onChange={(e) => void loadFile(e.target.files?.[0])} />
      </FormField>
    </FormDialog>
  );
}
