import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationCredential } from '../../../../shared/domain/application-credential.js';
import { profileOf } from '../../../../shared/ipc/scope-id.js';
import { Field } from '../../kit/DetailsDrawer.js';
import { ResourceScreen } from '../../kit/ResourceScreen.js';
import { useClouds } from '../../stores/clouds.js';
import { APP_CREDENTIAL_ACTIONS } from './app-credential-actions.js';
import { appCredentialColumns } from './app-credential-columns.js';
import { useAppCredentials } from './app-credentials-store.js';
import { CreateDialog } from './CreateDialog.js';

/** The user's application credentials: list, details, create for the current project, delete. */
export function AppCredentialsScreen() {
  const { t, i18n } = useTranslation('appCredentials');
  const [creating, setCreating] = useState<string | undefined>();
  const profiles = useClouds((s) => s.profiles);
  // a profile that already logs in with a credential has no password to replace
  const canSwitch = (cloud: string) => profiles.find((p) => p.id === profileOf(cloud))?.auth.type !== 'application_credential';

  return (
    <>
      <ResourceScreen<ApplicationCredential>
        ns="appCredentials"
        store={useAppCredentials}
        columns={appCredentialColumns(i18n.language, t('never'), t('yes'))}
        actions={APP_CREDENTIAL_ACTIONS}
        nameOf={(c) => c.name}
        toolbar={(cloud) => (
          <button type="button" className="button primary" onClick={() => setCreating(cloud)}>
            {t('create.open')}
          </button>
        )}
        tabs={(c) => [
          {
            id: 'overview',
            label: t('tab.overview'),
            render: () => (
              <dl className="kit-dl">
                <Field label={t('column.name')}>{c.name}</Field>
                <Field label={t('column.description')}>{c.description}</Field>
                <Field label={t('column.roles')}>{c.roles.join(', ')}</Field>
                <Field label={t('column.expires')}>{c.expiresAt ? new Date(c.expiresAt).toLocaleString(i18n.language) : t('never')}</Field>
                <Field label={t('column.projectId')}>
                  <span className="mono">{c.projectId}</span>
                </Field>
                <Field label={t('column.id')}>
                  <span className="mono">{c.id}</span>
                </Field>
              </dl>
            ),
          },
        ]}
      />
      {creating && <CreateDialog cloud={creating} canSwitch={canSwitch(creating)} onClose={() => setCreating(undefined)} />}
    </>
  );
}
