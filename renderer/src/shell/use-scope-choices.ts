import { useEffect, useMemo } from 'react';
import type { CloudScopes } from '../../../shared/domain/scope.js';
import { profileOf } from '../../../shared/ipc/scope-id.js';
import { useClouds, type CloudsState } from '../stores/clouds.js';
import { scopeChoices, type ScopeChoice } from './scope-targets.js';

/** The current cloud's project and region choices from what the store knows now. */
export function currentScopeChoices(s: Pick<CloudsState, 'currentId' | 'scopes' | 'profiles'>): ScopeChoice[] {
  const cloud = s.currentId;
  if (!cloud) return [];
  const profileId = profileOf(cloud);
  const profile = s.profiles.find((p) => p.id === profileId);
  const homeProject = s.scopes[profileId]?.project?.id;
  return scopeChoices(cloud, s.scopes[cloud], {
    ...(homeProject ? { projectId: homeProject } : {}),
    ...(profile?.region ? { region: profile.region } : {}),
  });
}

/**
 * Asks main for the current cloud's scopes (and its profile's own, which says what "home" is)
 * once per cloud; answers what the store knows of the current cloud's.
 */
export function useCurrentScopes(): CloudScopes | undefined {
  const cloud = useClouds((s) => s.currentId);
  useEffect(() => {
    if (!cloud) return;
    const { scopes: known, loadScopes } = useClouds.getState();
    for (const id of new Set([cloud, profileOf(cloud)])) if (!known[id]) void loadScopes(id);
  }, [cloud]);
  return useClouds((s) => (cloud ? s.scopes[cloud] : undefined));
}

/** The current cloud's project and region choices, following the store. */
export function useScopeChoices(): ScopeChoice[] {
  useCurrentScopes();
  const cloud = useClouds((s) => s.currentId);
  const scopes = useClouds((s) => s.scopes);
  const profiles = useClouds((s) => s.profiles);
  return useMemo(() => currentScopeChoices({ currentId: cloud, scopes, profiles }), [cloud, scopes, profiles]);
}
