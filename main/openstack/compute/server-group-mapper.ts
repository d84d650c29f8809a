import { SERVER_GROUP_POLICIES, type ServerGroup } from '../../../shared/domain/server-group.js';
import type { ServerGroupCreateRequest } from '../../../shared/schemas/server-group.js';
import { supports } from '../../../shared/microversion.js';
import { validationError } from '../errors.js';
import { requireFeature } from './feature-gate.js';

/** A server group as Nova returns it: `policies` + `metadata` before 2.64, `policy` + `rules` from 2.64. */
export interface NovaServerGroup {
  id: string;
  name: string;
  policies?: string[];
  policy?: string;
  rules?: { max_server_per_host?: number };
  members?: string[];
  metadata?: Record<string, string>;
  project_id?: string;
  user_id?: string;
}

export function toServerGroup(g: NovaServerGroup): ServerGroup {
  return {
    id: g.id,
    name: g.name,
    // Nova never allowed more than one policy per group, so the old list has exactly one
    policy: g.policy ?? g.policies?.[0] ?? '',
    maxServerPerHost: g.rules?.max_server_per_host,
    members: g.members ?? [],
    projectId: g.project_id,
    userId: g.user_id,
  };
}

export type NovaServerGroupCreateBody = {
  server_group: { name: string; policies?: string[]; policy?: string; rules?: { max_server_per_host: number } };
};

/** The body of `POST /os-server-groups` for the negotiated version; a field it lacks is an error, not dropped. */
export function buildServerGroupCreateBody(req: ServerGroupCreateRequest, microversion: string): NovaServerGroupCreateBody {
  const name = req.name.trim();
  if (!name) throw validationError('name', 'a server group needs a name');
  if (name.length > 255) throw validationError('name', 'at most 255 characters');
  if (!(SERVER_GROUP_POLICIES as readonly string[]).includes(req.policy)) {
    throw validationError('policy', `one of ${SERVER_GROUP_POLICIES.join(', ')}`);
  }
  if (req.policy.startsWith('soft-')) requireFeature('serverGroup.softPolicies', 'policy', microversion);
  const modern = supports('serverGroup.policy', microversion);
  const group: NovaServerGroupCreateBody['server_group'] = modern ? { name, policy: req.policy } : { name, policies: [req.policy] };
  if (req.maxServerPerHost !== undefined) {
    requireFeature('serverGroup.policy', 'maxServerPerHost', microversion);
    // Nova's only rule, and only meaningful for hard anti-affinity
    if (req.policy !== 'anti-affinity') throw validationError('maxServerPerHost', 'only applies to the anti-affinity policy');
    if (!Number.isInteger(req.maxServerPerHost) || req.maxServerPerHost < 1) {
      throw validationError('maxServerPerHost', 'a positive integer');
    }
    group.rules = { max_server_per_host: req.maxServerPerHost };
  }
  return { server_group: group };
}
