import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudState } from '../../../shared/schemas/profile.js';
import { useClouds } from '../stores/clouds.js';
import { notify } from '../stores/notify.js';
import { cloudLabel } from './CloudSwitcher.js';

const BAD: CloudState[] = ['offline', 'needs_credentials'];

/**
 * One notification when a cloud turns offline or needs credentials, and when it comes back,
 * so a failing cloud is not only a grey dot in the switcher.
 */
export function useCloudAlerts(): void {
  const { t } = useTranslation();
  useEffect(
    () =>
      useClouds.subscribe((now, before) => {
        if (now.statuses === before.statuses) return;
        for (const [id, s] of Object.entries(now.statuses)) {
          const was = before.statuses[id]?.state;
          if (was === s.state) continue;
          const p = now.profiles.find((x) => x.id === id);
          if (!p) continue;
          const name = cloudLabel(p);
          if (BAD.includes(s.state)) {
            notify({
              kind: 'error',
              title: t(`cloudAlert.${s.state}`, { cloud: name }),
              ...(s.error ? { detail: s.error.message } : {}),
            });
          } else if (s.state === 'connected' && was && BAD.includes(was)) {
            notify({ kind: 'success', title: t('cloudAlert.back', { cloud: name }) });
          }
        }
      }),
    [t],
  );
}
