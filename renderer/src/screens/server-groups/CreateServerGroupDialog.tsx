import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { notify } from '../../stores/notify.js';
import { CreateForm, policiesFor, rulesOffered } from './server-group-form.js';
import { useServerGroups } from './server-groups-store.js';
import { useComputeVersion } from './use-compute-version.js';

interface Props {
  cloud: string;
  onClose(): void;
}

/** Create a server group: name, policy and, where the cloud has rules, at most N servers per host. */
export function CreateServerGroupDialog({ cloud, onClose }: Props) {
  const { t } = useTranslation('serverGroups');
  const version = useComputeVersion(cloud);
  const { register, handleSubmit, formState, control } = useForm<CreateForm>({
    resolver: zodResolver(CreateForm),
    defaultValues: { name: '', policy: 'anti-affinity' },
  });
  const policy = useWatch({ control, name: 'policy' });
  const withRules = rulesOffered(version, policy);
  const [error, setError] = useState<SerializedError | undefined>();

  const submit = handleSubmit(async (form) => {
    setError(undefined);
    const group = { name: form.name, policy: form.policy, ...(withRules && form.maxServerPerHost !== undefined ? { maxServerPerHost: form.maxServerPerHost } : {}) };
    const r = await api.invoke('serverGroups.create', { cloud, group });
    if (!r.ok) return setError(r.error);
    useServerGroups.getState().upsert(cloud, r.value);
    notify({ kind: 'success', title: t('create.done', { name: r.value.name }) });
    onClose();
  });

  const { errors } = formState;
  return (
    <FormDialog
      title={t('create.title')}
      formId="sg-create"
      submitLabel={t('create.submit')}
      submitting={formState.isSubmitting}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      error={error}
    >
      <FormField label={t('column.name')} problem={errors.name && t('create.nameRequired')}>
        <input type="text" autoComplete="off" data-autofocus aria-invalid={!!errors.name} {...register('name')} />
      </FormField>
      <FormField label={t('column.policy')}>
        <select {...register('policy')}>
          {policiesFor(version).map((p) => (
            <option key={p} value={p}>
              {t(`policy.${p}`)}
            </option>
          ))}
        </select>
      </FormField>
      <p className="muted">{t(`policyHelp.${policy}`)}</p>
      {withRules && (
        <FormField label={t('create.maxPerHost')} problem={errors.maxServerPerHost && t('create.maxPerHostInvalid')}>
          <input
            type="number"
            min={1}
            max={1000}
            aria-invalid={!!errors.maxServerPerHost}
            {...register('maxServerPerHost', { setValueAs: (v: string) => (v === '' ? undefined : Number(v)) })}
          />
        </FormField>
      )}
    </FormDialog>
  );
}
