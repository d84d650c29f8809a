/** A project the user can scope a token to (`GET /v3/auth/projects`). */
export interface ScopeProject {
  id: string;
  name: string;
  domainId?: string;
}

/**
 * Where a cloud id points and where else its login can go: the projects the user may scope to
 * and the catalog's regions. An application credential is bound to its project, so for one
 * `projects` is that project alone and `canSwitchProject` is false.
 */
export interface CloudScopes {
  cloud: string;
  profileId: string;
  project?: ScopeProject;
  region?: string;
  projects: ScopeProject[];
  regions: string[];
  canSwitchProject: boolean;
}
