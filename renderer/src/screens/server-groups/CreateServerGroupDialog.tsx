import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { errorText } from '../../shell/error-text.js';
import { Modal } from '../../shell/Modal.js';
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
    <Modal
      title={t('create.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" form="sg-create" className="button primary" disabled={formState.isSubmitting}>
            {t('create.submit')}
          </button>
        </>
      }
    >
      <form id="sg-create" className="kit-stack kit-form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="kit-stack kit-field">
          <span>{t('column.name')}</span>
          <input type="text" autoComplete="off" data-autofocus aria-invalid={!!errors.name} {...register('name')} />
        </label>
        {errors.name && <div className="field-error">{t('create.nameRequired')}</div>}
        <label className="kit-stack kit-field">
          <span>{t('column.policy')}</span>
          <select {...register('policy')}>
            {policiesFor(version).map((p) => (
              <option key={p} value={p}>
                {t(`policy.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t(`policyHelp.${policy}`)}</p>
        {withRules && (
          <label className="kit-stack kit-field">
            <span>{t('create.maxPerHost')}</span>
            <input
              type="number"
              min={1}
              max={1000}
              aria-invalid={!!errors.maxServerPerHost}
              {...register('maxServerPerHost', { setValueAs: (v: string) => (v === '' ? undefined : Number(v)) })}
            />
          </label>
        )}
        {errors.maxServerPerHost && <div className="field-error">{t('create.maxPerHostInvalid')}</div>}
        {error && (
          <p role="alert" className="banner danger">
            {errorText(t, error)}
          </p>
        )}
      </form>
    </Modal>
  );
}
