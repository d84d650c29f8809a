import { validationError } from '../errors.js';
import type { AuthSpec, DomainRef, Scope } from './auth-spec.js';

function domain(ref: DomainRef, field: string): Record<string, string> {
  if (ref.id) return { id: ref.id };
  if (ref.name) return { name: ref.name };
  throw validationError(field, 'a domain id or name is required');
}

function userRef(user: { id: string } | { name: string; domain: DomainRef }, field: string) {
  return 'id' in user ? { id: user.id } : { name: user.name, domain: domain(user.domain, `${field}.domain`) };
}

function scopeBody(scope: Scope): Record<string, unknown> | undefined {
  if (!scope) return undefined;
  if ('system' in scope) return { system: { all: true } };
  if ('domain' in scope) return { domain: domain(scope.domain, 'scope.domain') };
  const p = scope.project;
  return { project: 'id' in p ? { id: p.id } : { name: p.name, domain: domain(p.domain, 'scope.project.domain') } };
}

/** The body of `POST /v3/auth/tokens` (Keystone v3 API reference, "Authentication and token management"). */
export function buildAuthBody(spec: AuthSpec): { auth: Record<string, unknown> } {
  switch (spec.type) {
    case 'password': {
      const scope = scopeBody(spec.scope);
      const user = userRef(spec.user, 'user');
      if (spec.passcode !== undefined && !/^\d{6,8}$/.test(spec.passcode)) throw validationError('passcode', 'a passcode is 6 to 8 digits');
      // Keystone's MFA rule: both methods in one request, the same user in each
      const totp = spec.passcode !== undefined ? { totp: { user: { ...user, passcode: spec.passcode } } } : {};
      return {
        auth: {
          identity: { methods: spec.passcode !== undefined ? ['password', 'totp'] : ['password'], password: { user: { ...user, password: spec.password } }, ...totp },
          ...(scope ? { scope } : {}),
        },
      };
    }
    case 'application_credential': {
      const c = spec.credential;
      const cred = 'id' in c ? { id: c.id } : { name: c.name, user: userRef(c.user, 'credential.user') };
      // An application credential carries its own project scope; Keystone refuses an explicit one.
      return {
        auth: { identity: { methods: ['application_credential'], application_credential: { ...cred, secret: spec.secret } } },
      };
    }
    case 'token': {
      const scope = scopeBody(spec.scope);
      return { auth: { identity: { methods: ['token'], token: { id: spec.token } }, ...(scope ? { scope } : {}) } };
    }
  }
}

/** Keystone's v3 root from an auth URL given with or without `/v3`. */
export function identityV3Url(authUrl: string): string {
  const base = authUrl.replace(/\/+$/, '');
  return /\/v3$/.test(base) ? base : `${base}/v3`;
}

/** Keystone's token URL from an auth URL given with or without `/v3`. */
export function tokensUrl(authUrl: string): string {
  return `${identityV3Url(authUrl)}/auth/tokens`;
}
