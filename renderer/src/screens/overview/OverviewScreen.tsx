import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NoCloud } from '../../kit/NoCloud.js';
import { cloudLabel, currentView, useClouds } from '../../stores/clouds.js';
import '../../styles/overview.css';
import { AcrossClouds } from './AcrossClouds.js';
import { useOverview } from './overview-store.js';
import { ProjectUsage } from './ProjectUsage.js';

/**
 * Horizon's Project → Overview: the current cloud's quotas and usage, one section per
 * service; and across every open cloud one table of the same, to see where there is room.
 */
export function OverviewScreen() {
  const { t } = useTranslation('overview');
  const profiles = useClouds((s) => s.profiles);
  const cloud = useClouds((s) => s.currentId);
  const projectNames = useClouds((s) => s.projectNames);
  // a scope's view is made anew on each call: derived here, not in the selector
  const view = useMemo(() => currentView({ profiles, currentId: cloud, projectNames }), [profiles, cloud, projectNames]);
  const across = useOverview((s) => s.across);
  const pick = useCallback((id: string) => {
    useClouds.getState().setCurrent(id);
    useOverview.getState().setAcross(false);
  }, []);

  if (profiles.length === 0 || !cloud) return <NoCloud ns="overview" />;
  return (
    <section className="kit-screen kit-stack overview" aria-labelledby="overview-title">
      <div className="kit-row">
        <h1 id="overview-title" className="kit-title kit-grow">
          {across ? t('titleAll') : t('titleOne', { cloud: view ? cloudLabel(view) : cloud })}
        </h1>
        <div role="radiogroup" aria-label={t('view.label')} className="segmented">
          {(['project', 'across'] as const).map((v) => (
            <label key={v} className={across === (v === 'across') ? 'on' : ''}>
              <input type="radio" name="overview-view" checked={across === (v === 'across')} onChange={() => useOverview.getState().setAcross(v === 'across')} />
              {t(`view.${v}`)}
            </label>
          ))}
        </div>
        {!across && (
          <button type="button" className="button" onClick={() => void useOverview.getState().load(cloud)}>
            {t('refresh')}
          </button>
        )}
      </div>
      {across ? <AcrossClouds onPick={pick} /> : <ProjectUsage cloud={cloud} />}
    </section>
  );
}
