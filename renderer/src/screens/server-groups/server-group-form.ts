import { z } from 'zod';
import { SERVER_GROUP_POLICIES, type ServerGroupPolicy } from '../../../../shared/domain/server-group.js';
import { supports } from '../../../../shared/microversion.js';
import { ServerGroupCreateRequest } from '../../../../shared/schemas/server-group.js';

/** The create form's schema is the request's (one schema, two uses); an empty rule field is no rule. */
export const CreateForm = ServerGroupCreateRequest;
export type CreateForm = z.infer<typeof CreateForm>;

/** Policies this cloud takes: the soft ones need their microversion; unknown version offers all (main decides). */
export function policiesFor(version: string | undefined): ServerGroupPolicy[] {
  return SERVER_GROUP_POLICIES.filter((p) => !p.startsWith('soft') || version === undefined || supports('serverGroup.softPolicies', version));
}

/** Rules (max_server_per_host) exist from the microversion that brought `policy` + `rules`, for anti-affinity only. */
export const rulesOffered = (version: string | undefined, policy: string) =>
  policy === 'anti-affinity' && version !== undefined && supports('serverGroup.policy', version);
