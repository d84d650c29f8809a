import { useEffect, useState } from 'react';
import { profileOf } from '../../../shared/ipc/scope-id.js';
import type { SecretStorageInfo } from '../../../shared/schemas/profile.js';
import { api } from '../lib/api.js';
import { SecretDialog } from '../screens/profiles/SecretDialog.js';
import { useClouds } from '../stores/clouds.js';
import { useUi } from '../stores/ui.js';
import { switchCloud } from './cloud-actions.js';
import { PasscodeDialog } from './PasscodeDialog.js';

/**
 * The password (or secret, or TOTP passcode) a cloud in use turned out to need, asked where
 * it was needed: the list or the launch that failed for it, or Keystone refused the stored one. Asked only once main has found none it may use
 * (novaclient's rule: no prompt before a login has failed for want of it); "remember" is
 * offered where a keychain exists. Saving reconnects the cloud, and its list follows.
 */
export function SecretPrompt() {
  const cloud = useUi((s) => s.secretPromptFor);
  const profile = useClouds((s) => (cloud ? s.profiles.find((p) => p.id === profileOf(cloud)) : undefined));
  const need = useClouds((s) => (cloud ? s.statuses[cloud]?.error : undefined));
  const [storage, setStorage] = useState<SecretStorageInfo>();
  useEffect(() => {
    if (!cloud) return;
    void api.invoke('profiles.secretStorage', {}).then((r) => r.ok && setStorage(r.value));
  }, [cloud]);
  if (!cloud || !profile) return null;
  const close = () => useUi.getState().setSecretPrompt(undefined);
  if (need?.field === 'passcode') {
    return (
      <PasscodeDialog
        cloud={cloud}
        name={profile.name}
        refusal={need.kind === 'auth_failed' ? need : undefined}
        onClose={close}
        onLoggedIn={() => (close(), switchCloud(cloud))}
      />
    );
  }
  return (
    <SecretDialog
      profile={profile}
      {...(storage ? { secretStorage: storage } : {})}
      refusal={need?.kind === 'auth_failed' ? need : undefined}
      onClose={close}
      onSaved={() => switchCloud(cloud)}
    />
  );
}
