import type { ApplicationCredential } from '../../../shared/domain/application-credential.js';
import type { ApplicationCredentialCreateRequest } from '../../../shared/schemas/application-credential.js';
import { validationError } from '../errors.js';

export interface KeystoneApplicationCredential {
  id: string;
  name: string;
  description?: string | null;
  project_id: string;
  expires_at?: string | null;
  unrestricted?: boolean;
  roles?: { id?: string; name?: string }[];
  secret?: string;
}

/** The create body: the request plus the current token's roles, by name. */
export function buildApplicationCredentialBody(req: ApplicationCredentialCreateRequest, roles: string[]): { application_credential: Record<string, unknown> } {
  if (roles.length === 0) throw validationError('roles', 'the current token has no role in its project to give the credential');
  return {
    application_credential: {
      name: req.name,
      ...(req.description ? { description: req.description } : {}),
      ...(req.expiresAt ? { expires_at: new Date(req.expiresAt).toISOString().replace(/Z$/, '') } : {}),
      roles: roles.map((name) => ({ name })),
      unrestricted: req.unrestricted,
    },
  };
}

/** Keystone's credential without its secret. */
export function toApplicationCredential(raw: KeystoneApplicationCredential): ApplicationCredential {
  return {
    id: raw.id,
    name: raw.name,
    ...(raw.description ? { description: raw.description } : {}),
    projectId: raw.project_id,
    ...(raw.expires_at ? { expiresAt: /Z|[+-]\d\d:?\d\d$/.test(raw.expires_at) ? raw.expires_at : `${raw.expires_at}Z` } : {}),
    unrestricted: raw.unrestricted ?? false,
    roles: (raw.roles ?? []).map((r) => r.name ?? r.id ?? '').filter(Boolean),
  };
}
