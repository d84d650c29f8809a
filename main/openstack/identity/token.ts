import { OpenStackError } from '../errors.js';

export interface CatalogEndpoint {
  interface: string;
  region: string;
  url: string;
}
export interface CatalogService {
  type: string;
  name: string;
  endpoints: CatalogEndpoint[];
}
export interface NamedRef {
  id: string;
  name: string;
  domain?: { id: string; name: string };
}
export interface Token {
  value: string;
  expiresAt: Date;
  issuedAt: Date | undefined;
  user: NamedRef;
  project: NamedRef | undefined;
  domain: { id: string; name: string } | undefined;
  system: boolean;
  roles: string[];
  catalog: CatalogService[];
}

interface RawEndpoint {
  interface?: string;
  region_id?: string;
  region?: string;
  url?: string;
}
interface RawToken {
  token?: {
    expires_at?: string;
    issued_at?: string;
    user?: NamedRef;
    project?: NamedRef;
    domain?: { id: string; name: string };
    system?: unknown;
    roles?: { name: string }[];
    catalog?: { type?: string; name?: string; endpoints?: RawEndpoint[] }[];
  };
}

/** Parses the 201 answer of `POST /v3/auth/tokens`: token from X-Subject-Token, the rest from the body. */
export function parseTokenResponse(subjectToken: string | undefined, body: unknown): Token {
  const t = (body as RawToken | undefined)?.token;
  if (!subjectToken || !t?.expires_at || !t.user) {
    throw new OpenStackError('auth_failed', 'Keystone answered without a token (X-Subject-Token, expires_at or user missing)', {
      service: 'identity',
    });
  }
  return {
    value: subjectToken,
    expiresAt: new Date(t.expires_at),
    issuedAt: t.issued_at ? new Date(t.issued_at) : undefined,
    user: t.user,
    project: t.project,
    domain: t.domain,
    system: Boolean(t.system),
    roles: (t.roles ?? []).map((r) => r.name),
    catalog: (t.catalog ?? []).map((s) => ({
      type: s.type ?? '',
      name: s.name ?? '',
      endpoints: (s.endpoints ?? []).map((e) => ({
        interface: e.interface ?? 'public',
        region: e.region_id ?? e.region ?? '',
        url: e.url ?? '',
      })),
    })),
  };
}
