import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ApplicationCredentialCreated } from '../../../../shared/domain/application-credential.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { profileOf } from '../../../../shared/ipc/scope-id.js';
import { ApplicationCredentialCreateRequest } from '../../../../shared/schemas/application-credential.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { useClouds } from '../../stores/clouds.js';
import { notify } from '../../stores/notify.js';
import { useAppCredentials } from './app-credentials-store.js';

/** The form's fields: the request schema's, the expiry as the date input gives it, and the switch. */
const FormSchema = z.object({
  name: ApplicationCredentialCreateRequest.shape.name,
  description: z.string().trim().max(255),
  expires: z.string().refine((s) => !s || Date.parse(s) > Date.now(), 'form.pastExpiry'),
  unrestricted: z.boolean(),
  useForProfile: z.boolean(),
});
type Form = z.infer<typeof FormSchema>;

/**
 * Creates an application credential for the current project with the token's roles. Switching
 * the profile to it keeps the secret in main (it replaces the stored password); otherwise the
 * secret is shown once here and forgotten when the dialog closes.
 */
export function CreateDialog({ cloud, canSwitch, onClose }: { cloud: string; canSwitch: boolean; onClose(): void }) {
  const { t } = useTranslation('appCredentials');
  const { register, handleSubmit, formState } = useForm<Form>({
    resolver: zodResolver(FormSchema),
    defaultValues: { name: '', description: '', expires: '', unrestricted: false, useForProfile: canSwitch },
  });
  const [error, setError] = useState<SerializedError | undefined>();
  const [made, setMade] = useState<ApplicationCredentialCreated | undefined>();

  const submit = handleSubmit(async (f) => {
    setError(undefined);
    const credential = {
      name: f.name,
      ...(f.description ? { description: f.description } : {}),
      ...(f.expires ? { expiresAt: new Date(f.expires).toISOString() } : {}),
      unrestricted: f.unrestricted,
    };
    const r = await api.invoke('applicationCredentials.create', { cloud, credential, useForProfile: canSwitch && f.useForProfile });
    if (!r.ok) return setError(r.error);
    useAppCredentials.getState().upsert(cloud, r.value.credential);
    if (r.value.profileSwitched) {
      // the profile now logs in with the credential, which is bound to this project: its own scope
      useClouds.getState().setCurrent(profileOf(cloud));
      notify({ kind: 'success', title: t('create.switched', { name: r.value.credential.name }) });
      onClose();
      return;
    }
    setMade(r.value);
  });

  const problem = (m: string | undefined) => m && (m.startsWith('form.') ? t(m) : m);
  return (
    <FormDialog
      title={t('create.title')}
      description={t('create.help')}
      formId="ac-create"
      submitLabel={formState.isSubmitting ? t('create.working') : t('create.submit')}
      submitting={formState.isSubmitting}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      error={error}
      wide
      done={
        made && {
          body: (
            <div className="kit-stack kit-form">
              <p className="banner warn">{t('create.once')}</p>
              <FormField label={t('create.secret')}>
                <input type="text" readOnly className="mono" value={made.secret ?? ''} />
              </FormField>
              <div className="kit-row">
                <button type="button" className="button" onClick={() => void navigator.clipboard.writeText(made.secret ?? '')}>
                  {t('common:actions.copy')}
                </button>
              </div>
            </div>
          ),
          footer: (
            <button type="button" className="button primary" onClick={onClose}>
              {t('create.done')}
            </button>
          ),
        }
      }
    >
      <FormField label={t('form.name')} problem={problem(formState.errors.name?.message)}>
        <input type="text" autoComplete="off" data-autofocus aria-invalid={!!formState.errors.name} {...register('name')} />
      </FormField>
      <FormField label={t('form.description')} problem={problem(formState.errors.description?.message)}>
        <input type="text" autoComplete="off" {...register('description')} />
      </FormField>
      <FormField label={t('form.expires')} problem={problem(formState.errors.expires?.message)}>
        <input type="datetime-local" aria-invalid={!!formState.errors.expires} {...register('expires')} />
      </FormField>
      <label className="kit-row">
        <input type="checkbox" {...register('unrestricted')} /> {t('form.unrestricted')}
      </label>
      {canSwitch && (
        <label className="kit-row">
          <input type="checkbox" {...register('useForProfile')} /> {t('form.useForProfile')}
        </label>
      )}
    </FormDialog>
  );
}
