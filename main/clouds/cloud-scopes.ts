import type { CloudScopes } from '../../shared/domain/scope.js';
import { profileOf } from '../../shared/ipc/scope-id.js';
import type { CloudClient } from '../openstack/cloud-client.js';
import { regionsOf } from '../openstack/identity/catalog.js';

/** The scope a cloud id's token has, and the projects and regions the same login can switch to. */
export async function cloudScopes(cloud: string, client: CloudClient): Promise<CloudScopes> {
  const token = await client.session.token();
  const project = token.project ? { id: token.project.id, name: token.project.name, ...(token.project.domain ? { domainId: token.project.domain.id } : {}) } : undefined;
  const canSwitchProject = client.session.canRescope;
  const projects = canSwitchProject ? await client.projects.list() : project ? [project] : [];
  const region = client.session.region;
  return {
    cloud,
    profileId: profileOf(cloud),
    ...(project ? { project } : {}),
    ...(region ? { region } : {}),
    projects,
    regions: regionsOf(token.catalog),
    canSwitchProject,
  };
}
