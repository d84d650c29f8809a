import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentView, useClouds } from '../stores/clouds.js';
import { stateOf } from '../kit/CloudStatusDot.js';
import { useCurrentScopes } from './use-scope-choices.js';

/** The current cloud's scope at the window's foot: which project and region every screen shows. */
export function StatusBar() {
  const { t } = useTranslation();
  const cloud = useClouds((s) => s.currentId);
  const profiles = useClouds((s) => s.profiles);
  const projectNames = useClouds((s) => s.projectNames);
  const view = useMemo(() => currentView({ profiles, currentId: cloud, projectNames }), [profiles, cloud, projectNames]);
  const scopes = useCurrentScopes();
  const status = useClouds((s) => (cloud ? s.statuses[cloud] : undefined));
  if (!cloud || !view) return null;
  const project = scopes?.project?.name;
  const region = scopes?.region ?? view.region;
  return (
    <footer className="kit-row statusbar small" aria-label={t('statusBar.label')}>
      <span className="ellipsis">{view.name}</span>
      {project && <span data-testid="status-project">{t('statusBar.project', { name: project })}</span>}
      {region && <span data-testid="status-region">{t('statusBar.region', { name: region })}</span>}
      <span className="muted">{t(`cloudState.${stateOf(status)}`)}</span>
    </footer>
  );
}
