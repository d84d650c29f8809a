import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CloudState } from '../../../shared/schemas/profile.js';
import { cloudLabel, useClouds, viewOf, type CloudsState } from '../stores/clouds.js';
import { profileOf } from '../../../shared/ipc/scope-id.js';
import { notify, useNotifications } from '../stores/notify.js';
import { useUi } from '../stores/ui.js';

const BAD: CloudState[] = ['offline', 'needs_credentials'];

type Statuses = Pick<CloudsState, 'statuses' | 'profiles' | 'projectNames'> & Partial<Pick<CloudsState, 'currentId'>>;

/**
 * The toasts for one change of the clouds' statuses: an error toast (tagged with the cloud)
 * when a cloud turns offline or needs credentials; when it is connected again every toast
 * about it goes, whatever state it passed through on the way (connecting…).
 */
export function alertCloudChanges(now: Statuses, before: Statuses, t: TFunction): void {
  for (const [id, s] of Object.entries(now.statuses)) {
    const was = before.statuses[id]?.state;
    if (was === s.state) continue;
    const p = viewOf(now, id);
    if (!p) continue;
    const name = cloudLabel(p);
    if (s.state === 'needs_credentials' && now.currentId && profileOf(now.currentId) === profileOf(id)) {
      // the cloud in use needs its secret: ask for it here, where it was needed, not on the Profiles screen
      useUi.getState().setSecretPrompt(id);
    } else if (BAD.includes(s.state)) {
      useNotifications.getState().dismissCloud(id);
      notify({ kind: 'error', cloud: id, title: t(`cloudAlert.${s.state}`, { cloud: name }), ...(s.error ? { detail: s.error.message } : {}) });
    } else if (s.state === 'connected') {
      const hadAlert = useNotifications.getState().items.some((n) => n.cloud === id);
      useNotifications.getState().dismissCloud(id);
      if (hadAlert || (was && BAD.includes(was))) notify({ kind: 'success', title: t('cloudAlert.back', { cloud: name }) });
    }
  }
}

/** One notification when a cloud fails and when it comes back: not only a grey dot in the switcher. */
export function useCloudAlerts(): void {
  const { t } = useTranslation();
  useEffect(
    () =>
      useClouds.subscribe((now, before) => {
        if (now.statuses !== before.statuses) alertCloudChanges(now, before, t);
      }),
    [t],
  );
}
