import type { ScopeProject } from '../../../shared/domain/scope.js';
import type { Session } from '../session.js';
import { identityV3Url } from './auth-body.js';

interface KeystoneProject {
  id?: string;
  name?: string;
  domain_id?: string;
  enabled?: boolean;
}

/** `GET /v3/auth/projects`: the enabled projects, sorted by name. */
export function toScopeProjects(body: unknown): ScopeProject[] {
  const raw = (body as { projects?: KeystoneProject[] } | undefined)?.projects ?? [];
  return raw
    .filter((p): p is KeystoneProject & { id: string } => typeof p.id === 'string' && p.enabled !== false)
    .map((p) => ({ id: p.id, name: p.name ?? p.id, ...(p.domain_id ? { domainId: p.domain_id } : {}) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The projects the token's user can scope to. `/v3/auth/projects`, not `/v3/users/{id}/projects`:
 * it also sees roles that come through groups (federation) and needs no admin policy.
 */
export class ProjectScopes {
  constructor(private readonly session: Session) {}

  async list(): Promise<ScopeProject[]> {
    const res = await this.session.request({ service: 'identity', method: 'GET', url: `${identityV3Url(this.session.authUrl)}/auth/projects` });
    return toScopeProjects(JSON.parse(res.text));
  }
}
