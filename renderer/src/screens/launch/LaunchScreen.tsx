import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClouds, useCurrentProfile } from '../../stores/clouds.js';
import { useLaunch } from './launch-store.js';
import '../../styles/launch.css';
import { LaunchForm } from './LaunchForm.js';
import { ResetDraftDialog } from './ResetDraftDialog.js';
import type { CloudLookups } from './lookups.js';

const NONE: CloudLookups = {};

/**
 * Launch servers on the current cloud. Every lookup not answered in the last half minute starts
 * when the screen opens (or the cloud changes), Refresh asks them all again; the form is keyed by cloud, because ids in a draft mean nothing on another cloud.
 */
export function LaunchScreen() {
  const { t } = useTranslation('launch');
  const cloud = useClouds((s) => s.currentId);
  const profile = useCurrentProfile();
  const lookups = useLaunch((s) => (cloud ? (s.lookups[cloud] ?? NONE) : NONE));
  const microversion = lookups.version?.data?.negotiated;
  // bumped by Reset so the form remounts with the empty draft
  const [generation, setGeneration] = useState(0);
  const [confirmReset, setConfirmReset] = useState(false);

  useEffect(() => {
    if (cloud) useLaunch.getState().loadLookups(cloud);
  }, [cloud]);

  return (
    <section className="kit-stack launch" aria-labelledby="launch-title">
      <header className="kit-row launch-head">
        <h1 id="launch-title">{t('title')}</h1>
        {profile && (
          <span className="launch-cloud">
            <span className="cloud-swatch" style={{ background: profile.colour ?? 'var(--accent)' }} aria-hidden="true" />
            {t('onCloud', { name: profile.name })}
          </span>
        )}
        {microversion && <span className="badge">{t('computeVersion', { version: microversion })}</span>}
        <span className="kit-grow" />
        {cloud && (
          <>
            <button type="button" className="button ghost" onClick={() => useLaunch.getState().loadLookups(cloud, true)}>
              {t('refresh')}
            </button>
            <button
              type="button"
              className="button ghost"
              onClick={() => setConfirmReset(true)}
            >
              {t('reset')}
            </button>
          </>
        )}
        {cloud && confirmReset && (
          <ResetDraftDialog
            onClose={() => setConfirmReset(false)}
            onReset={() => {
              setConfirmReset(false);
              useLaunch.getState().resetDraft(cloud);
              setGeneration((g) => g + 1);
            }}
          />
        )}
      </header>
      {!cloud ? (
        <p className="muted">{t('noCloud')}</p>
      ) : (
        <LaunchForm key={`${cloud}:${generation}`} cloud={cloud} lookups={lookups} />
      )}
    </section>
  );
}
