import { useState } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTERFACES, type ProfileDraft, type ProfileView, type SecretStorageInfo } from '../../../../shared/schemas/profile.js';
import { api } from '../../lib/api.js';
import { errorText } from '../../kit/error-text.js';
import { Modal } from '../../kit/Modal.js';
import { notify } from '../../stores/notify.js';
import { CheckField, FormField } from './FormField.js';
import { ShortcutField } from './ShortcutField.js';
import { emptyForm, errorAt, formFieldOf, formFromProfile, profileResolver, secretMustBeRetyped, type ProfileFormValues } from './profile-form.js';
import { TestConnectionDialog, type TestInput } from './TestConnectionDialog.js';
import { translateValidation } from './validation-messages.js';

const AUTH_TYPES = ['password', 'application_credential', 'token'] as const;

interface ProfileFormProps {
  /** the profile being edited; absent when adding */
  profile?: ProfileView;
  secretStorage?: SecretStorageInfo;
  onClose(): void;
  onSaved(p: ProfileView): void;
}

/**
 * Add or edit a profile. Validates offline with the shared schema as the user types; main
 * validates again (and checks what only it can: a unique name, a readable CA file) and its
 * errors land on the field they name.
 */
export function ProfileForm({ profile, secretStorage, onClose, onSaved }: ProfileFormProps) {
  const { t } = useTranslation('profiles');
  const [formError, setFormError] = useState<string>();
  const [testInput, setTestInput] = useState<TestInput>();
  const form = useForm<ProfileFormValues, unknown, ProfileDraft>({
    resolver: profileResolver,
    defaultValues: profile ? formFromProfile(profile) : emptyForm(),
    mode: 'onTouched',
  });
  const { register, handleSubmit, watch, setError, formState } = form;
  const { errors, isSubmitting } = formState;
  const authType = watch('auth.type');
  const err = (path: string) => translateValidation(t, errorAt(errors, path));
  const retype = secretMustBeRetyped(profile, { authUrl: watch('auth.authUrl'), verify: watch('tls.verify') });
  /** false (and the secret field says why) when the edit needs the secret typed again */
  const secretGiven = (secret: string) => {
    if (!retype || secret) return true;
    setError('secret', { type: 'required', message: t('validation.secretRetype') }, { shouldFocus: true });
    return false;
  };

  async function save(draft: ProfileDraft) {
    setFormError(undefined);
    const secret = form.getValues('secret');
    if (!secretGiven(secret)) return;
    const r = await api.invoke('profiles.save', {
      ...(profile ? { id: profile.id } : {}),
      profile: draft,
      ...(secret ? { secret } : {}),
    });
    if (r.ok) {
      notify({ kind: 'success', title: profile ? t('notify.updated', { name: r.value.name }) : t('notify.added', { name: r.value.name }) });
      onSaved(r.value);
      return;
    }
    const field = formFieldOf(r.error.field);
    if ((r.error.kind === 'validation' || r.error.kind === 'secret_unavailable') && field) {
      // the message may list several problems; the field shows the one for itself
      const own = r.error.message.split('; ').find((m) => m.startsWith(`${r.error.field}: `)) ?? r.error.message;
      setError(field as never, { type: 'server', message: own.replace(/^[\w.]+: /, '') }, { shouldFocus: true });
    } else {
      setFormError(errorText(t, r.error));
    }
  }

  const test = handleSubmit((draft) => {
    const secret = form.getValues('secret');
    if (!secretGiven(secret)) return;
    setTestInput({ ...(profile ? { id: profile.id } : {}), profile: draft, ...(secret ? { secret } : {}), name: draft.name });
  });

  const secretLabel = t(`secret.label.${authType}`);
  const title = profile ? t('form.editTitle', { name: profile.name }) : t('form.addTitle');
  return (
    <Modal
      title={title}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={() => void test()} disabled={isSubmitting}>
            {t('actions.test')}
          </button>
          <span className="kit-grow" />
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" form="profile-form" className="button primary" disabled={isSubmitting}>
            {t('common:actions.save')}
          </button>
        </>
      }
    >
      <form id="profile-form" className="profile-form" noValidate onSubmit={(e) => void handleSubmit(save)(e)}>
        {formError && (
          <div className="banner danger" role="alert">
            {formError}
          </div>
        )}
        <fieldset className="kit-panel">
          <legend>{t('form.identity')}</legend>
          <div className="form-grid">
            <FormField label={t('field.name')} error={err('name')} required hint={t('hint.name')}>
              <input type="text" autoComplete="off" data-autofocus {...register('name')} />
            </FormField>
            <FormField label={t('field.label')} error={err('label')} hint={t('hint.label')}>
              <input type="text" autoComplete="off" {...register('label')} />
            </FormField>
            <FormField label={t('field.colour')} error={err('colour')}>
              <input type="color" className="colour-input" {...register('colour')} />
            </FormField>
            <ShortcutField register={register} error={err('shortcut')} profileId={profile?.id} />
            <CheckField label={t('field.production')} hint={t('hint.production')}>
              <input type="checkbox" {...register('production')} />
            </CheckField>
          </div>
        </fieldset>

        <fieldset className="kit-panel">
          <legend>{t('form.authentication')}</legend>
          <div className="form-grid">
            <FormField label={t('field.authType')} error={err('auth.type')}>
              <select {...register('auth.type')}>
                {AUTH_TYPES.map((a) => (
                  <option key={a} value={a}>
                    {t(`authType.${a}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={t('field.authUrl')} error={err('auth.authUrl')} required hint={t('hint.authUrl')} className="span-2">
              <input type="url" autoComplete="off" spellCheck={false} placeholder="https://keystone.example.com:5000/v3" {...register('auth.authUrl')} />
            </FormField>
          </div>
          {authType === 'password' && <RefFields prefix="auth.user" what="user" register={register} err={err} />}
          {authType === 'application_credential' && (
            <>
              <div className="form-grid">
                <FormField label={t('field.appCredId')} error={err('auth.applicationCredential.id')}>
                  <input type="text" autoComplete="off" spellCheck={false} {...register('auth.applicationCredential.id')} />
                </FormField>
                <FormField label={t('field.appCredName')} error={err('auth.applicationCredential.name')} hint={t('hint.appCredName')}>
                  <input type="text" autoComplete="off" {...register('auth.applicationCredential.name')} />
                </FormField>
              </div>
              <RefFields prefix="auth.applicationCredential.user" what="owner" register={register} err={err} />
            </>
          )}
          {(authType === 'password' || authType === 'token') && <RefFields prefix="auth.project" what="project" register={register} err={err} />}
          {authType === 'password' && (
            <CheckField label={t('field.totp')} hint={t('hint.totp')}>
              <input type="checkbox" {...register('auth.totp')} />
            </CheckField>
          )}
        </fieldset>

        <fieldset className="kit-panel">
          <legend>{secretLabel}</legend>
          {secretStorage && !secretStorage.persistent && (
            <p className="banner warn">{t('secret.runOnly')}</p>
          )}
          <div className="form-grid">
            <FormField
              label={secretLabel}
              error={err('secret')}
              required={retype}
              hint={retype ? t('secret.retypeHint') : profile?.hasSecret ? t('secret.keepHint') : t('secret.writeOnlyHint')}
            >
              {/* write-only: never prefilled; the stored one stays unless something is typed */}
              <input type="password" autoComplete="new-password" {...register('secret')} />
            </FormField>
            <CheckField label={t('field.rememberSecret')} hint={t('hint.rememberSecret')}>
              <input type="checkbox" {...register('rememberSecret')} disabled={secretStorage?.persistent === false} />
            </CheckField>
          </div>
        </fieldset>

        <fieldset className="kit-panel">
          <legend>{t('form.endpoint')}</legend>
          <div className="form-grid">
            <FormField label={t('field.region')} error={err('region')} hint={t('hint.region')}>
              <input type="text" autoComplete="off" {...register('region')} />
            </FormField>
            <FormField label={t('field.interface')} error={err('interface')}>
              <select {...register('interface')}>
                {INTERFACES.map((i) => (
                  <option key={i} value={i}>
                    {t(`interface.${i}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <CheckField label={t('field.tlsVerify')} hint={t('hint.tlsVerify')}>
              <input type="checkbox" {...register('tls.verify')} />
            </CheckField>
            <FormField label={t('field.caFile')} error={err('tls.caFile')} hint={t('hint.caFile')}>
              <input type="text" autoComplete="off" spellCheck={false} placeholder="/etc/ssl/certs/my-cloud-ca.pem" {...register('tls.caFile')} />
            </FormField>
          </div>
        </fieldset>
      </form>
      {testInput && <TestConnectionDialog input={testInput} onClose={() => setTestInput(undefined)} />}
    </Modal>
  );
}

type RefPrefix = 'auth.user' | 'auth.project' | 'auth.applicationCredential.user';

/** A Keystone user or project: by name plus domain, or by id (less common, folded away). */
function RefFields({
  prefix,
  what,
  register,
  err,
}: {
  prefix: RefPrefix;
  what: 'user' | 'project' | 'owner';
  register: UseFormRegister<ProfileFormValues>;
  err: (path: string) => string | undefined;
}) {
  const { t } = useTranslation('profiles');
  const idError = err(`${prefix}.id`) ?? err(`${prefix}.domain.id`);
  return (
    <div className="ref-fields">
      <div className="form-grid">
        <FormField label={t(`field.${what}Name`)} error={err(`${prefix}.name`) ?? (what === 'owner' ? err(prefix) : undefined)}>
          <input type="text" autoComplete="off" {...register(`${prefix}.name`)} />
        </FormField>
        <FormField label={t(`field.${what}Domain`)} error={err(`${prefix}.domain.name`) ?? err(`${prefix}.domain`)}>
          <input type="text" autoComplete="off" {...register(`${prefix}.domain.name`)} />
        </FormField>
      </div>
      <details className="ref-ids" open={Boolean(idError) || undefined}>
        <summary>{t(`form.${what}Ids`)}</summary>
        <div className="form-grid">
          <FormField label={t(`field.${what}Id`)} error={err(`${prefix}.id`)}>
            <input type="text" autoComplete="off" spellCheck={false} {...register(`${prefix}.id`)} />
          </FormField>
          <FormField label={t(`field.${what}DomainId`)} error={err(`${prefix}.domain.id`)}>
            <input type="text" autoComplete="off" spellCheck={false} {...register(`${prefix}.domain.id`)} />
          </FormField>
        </div>
      </details>
    </div>
  );
}
