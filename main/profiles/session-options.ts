import type { ProfileDraft, ProjectRef, UserRef } from '../../shared/schemas/profile.js';
import type { AuthSpec, DomainRef, Scope } from '../openstack/identity/auth-spec.js';
import type { RequestLog } from '../openstack/request-log.js';
import type { SessionOptions } from '../openstack/session.js';
import type { TransportOptions } from '../openstack/http/transport.js';
import { readCaFile } from './ca-file.js';

function domainRef(d: { id?: string | undefined; name?: string | undefined } | undefined): DomainRef {
  return d?.id ? { id: d.id } : { name: d?.name ?? '' };
}

function user(u: UserRef): { id: string } | { name: string; domain: DomainRef } {
  return u.id ? { id: u.id } : { name: u.name ?? '', domain: domainRef(u.domain) };
}

function projectScope(p: ProjectRef): Scope {
  return { project: p.id ? { id: p.id } : { name: p.name ?? '', domain: domainRef(p.domain) } };
}

/** The client library's AuthSpec for a validated profile plus its secret. */
export function authSpecOf(profile: Pick<ProfileDraft, 'auth'>, secret: string): AuthSpec {
  const a = profile.auth;
  switch (a.type) {
    case 'password':
      return { type: 'password', authUrl: a.authUrl, user: user(a.user), password: secret, scope: projectScope(a.project) };
    case 'application_credential': {
      const c = a.applicationCredential;
      const credential = c.id ? { id: c.id } : { name: c.name ?? '', user: user(c.user ?? {}) };
      return { type: 'application_credential', authUrl: a.authUrl, credential, secret };
    }
    case 'token':
      return { type: 'token', authUrl: a.authUrl, token: secret, scope: projectScope(a.project) };
  }
}

export interface SessionExtras extends Omit<TransportOptions, 'cloud' | 'log' | 'verify' | 'caPem'> {
  log?: RequestLog;
  /** where a profile with password + TOTP gets the passcode the user typed (none: the login says it needs one) */
  passcode?: () => string | undefined;
}

const noPasscode = (): undefined => undefined;

/**
 * SessionOptions for one profile: its auth, region, interface and TLS settings, with the
 * profile id as the request log's `cloud`. The CA file is read now, so a moved file surfaces
 * as a validation error on `tls.caFile` rather than as a TLS failure later.
 */
export async function sessionOptionsFor(
  profile: ProfileDraft & { id?: string },
  secret: string,
  extras: SessionExtras = {},
): Promise<SessionOptions> {
  const caPem = profile.tls.caFile ? await readCaFile(profile.tls.caFile) : undefined;
  const { passcode, ...rest } = extras;
  return {
    ...rest,
    ...(profile.auth.type === 'password' && profile.auth.totp ? { passcode: passcode ?? noPasscode } : {}),
    auth: authSpecOf(profile, secret),
    ...(profile.region ? { region: profile.region } : {}),
    interface: profile.interface,
    verify: profile.tls.verify,
    ...(caPem ? { caPem } : {}),
    ...(profile.id ? { cloud: profile.id } : {}),
  };
}
