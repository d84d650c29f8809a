import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SecurityGroup } from '../../../../shared/domain/security-group.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { SecurityGroupCreateRequest } from '../../../../shared/schemas/network.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { notify } from '../../stores/notify.js';
import { useSecurityGroups } from './security-groups-store.js';

/** Name and description: what creating asks, and all that editing changes (one schema with main's). */
const GroupForm = SecurityGroupCreateRequest.pick({ name: true, description: true });
type GroupForm = { name: string; description?: string | undefined };

interface Props {
  cloud: string;
  /** the group to rename or describe; none: create one */
  group?: SecurityGroup | undefined;
  onClose(): void;
}

/** Create a security group, or rename and describe one (`PUT /security-groups/{id}`). */
export function GroupDialog({ cloud, group, onClose }: Props) {
  const { t } = useTranslation('securityGroups');
  const mode = group ? 'edit' : 'create';
  const { register, handleSubmit, formState } = useForm<GroupForm>({
    resolver: zodResolver(GroupForm),
    defaultValues: { name: group?.name ?? '', description: group?.description ?? '' },
  });
  const [error, setError] = useState<SerializedError | undefined>();

  const submit = handleSubmit(async (form) => {
    setError(undefined);
    const r = group
      ? await api.invoke('securityGroups.update', { cloud, id: group.id, group: { name: form.name, description: form.description ?? '' } })
      : await api.invoke('securityGroups.create', { cloud, group: { name: form.name, ...(form.description ? { description: form.description } : {}) } });
    if (!r.ok) return setError(r.error);
    useSecurityGroups.getState().upsert(cloud, r.value);
    notify({ kind: 'success', title: t(`${mode}.done`, { name: r.value.name }) });
    onClose();
  });

  const { errors } = formState;
  return (
    <FormDialog
      title={group ? t('edit.title', { name: group.name }) : t('create.title')}
      formId={`secgroup-${mode}`}
      submitLabel={t(`${mode}.submit`)}
      submitting={formState.isSubmitting}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      error={error}
    >
      <FormField label={t('column.name')} problem={errors.name && t('create.nameRequired')}>
        <input type="text" autoComplete="off" data-autofocus aria-invalid={!!errors.name} {...register('name')} />
      </FormField>
      <FormField label={t('column.description')} problem={errors.description && t('create.descriptionTooLong')}>
        <textarea rows={3} aria-invalid={!!errors.description} {...register('description')} />
      </FormField>
    </FormDialog>
  );
}
