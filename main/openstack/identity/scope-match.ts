import type { AuthSpec, DomainRef, Scope } from './auth-spec.js';
import type { Token } from './token.js';

/** The scope a login asks for; an application credential brings its own, which no request names. */
export function scopeOf(auth: AuthSpec): Scope {
  return auth.type === 'application_credential' ? undefined : auth.scope;
}

function domainMatches(ref: DomainRef, actual: { id: string; name: string } | undefined): boolean {
  if (!actual) return false;
  return ref.id ? ref.id === actual.id : ref.name === actual.name;
}

/** Whether a token is scoped to the project a login asks for (by id, or by name in its domain). */
export function tokenHasScope(token: Token, scope: Scope): boolean {
  if (!scope || !('project' in scope) || !token.project) return false;
  const p = scope.project;
  if ('id' in p) return token.project.id === p.id;
  return token.project.name === p.name && domainMatches(p.domain, token.project.domain);
}
