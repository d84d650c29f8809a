import type { CloudScopes } from '../../../shared/domain/scope.js';
import { parseScopeId, profileOf, scopeId } from '../../../shared/ipc/scope-id.js';

/** One place the current cloud can switch to: another project or another region of the same profile. */
export interface ScopeChoice {
  kind: 'project' | 'region';
  /** the project's id or the region's name */
  value: string;
  label: string;
  /** the cloud id switching goes to */
  target: string;
  current: boolean;
}

/**
 * The project and region choices for the current cloud. The profile's own project and region
 * map back to the profile's id (or a shorter scope id), so going "home" reuses the first
 * client rather than opening a new one for the same scope.
 */
export function scopeChoices(current: string, scopes: CloudScopes | undefined, home: { projectId?: string; region?: string }): ScopeChoice[] {
  if (!scopes) return [];
  const ref = parseScopeId(current);
  if (!ref) return [];
  const profileId = profileOf(current);
  const projectNow = scopes.project?.id;
  const regionNow = scopes.region;
  const target = (projectId: string | undefined, region: string | undefined) =>
    scopeId({
      profileId,
      ...(projectId && projectId !== home.projectId ? { projectId } : {}),
      ...(region && region !== home.region ? { region } : {}),
    });
  const projects: ScopeChoice[] = scopes.canSwitchProject
    ? scopes.projects.map((p) => ({ kind: 'project', value: p.id, label: p.name, target: target(p.id, regionNow), current: p.id === projectNow }))
    : [];
  const regions: ScopeChoice[] = scopes.regions.map((r) => ({ kind: 'region', value: r, label: r, target: target(projectNow, r), current: r === regionNow }));
  // one project or one region is no choice
  return [...(projects.length > 1 ? projects : []), ...(regions.length > 1 ? regions : [])];
}
