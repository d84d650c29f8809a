import { Document } from 'yaml';
import type { Profile, ProjectRef, UserRef } from '../../shared/schemas/profile.js';

type Entry = Record<string, unknown>;

function userKeys(u: UserRef | undefined): Entry {
  if (!u) return {};
  if (u.id) return { user_id: u.id };
  return {
    ...(u.name ? { username: u.name } : {}),
    ...(u.domain?.id ? { user_domain_id: u.domain.id } : {}),
    ...(u.domain?.name && !u.domain.id ? { user_domain_name: u.domain.name } : {}),
  };
}

function projectKeys(p: ProjectRef): Entry {
  if (p.id) return { project_id: p.id };
  return {
    ...(p.name ? { project_name: p.name } : {}),
    ...(p.domain?.id ? { project_domain_id: p.domain.id } : {}),
    ...(p.domain?.name && !p.domain.id ? { project_domain_name: p.domain.name } : {}),
  };
}

/**
 * The clouds.yaml entry of a profile. Built only from the stored profile, which holds no
 * secret, so there is nothing secret here to leave out by mistake: no password,
 * application_credential_secret or token key is ever written.
 */
export function cloudEntry(p: Profile): Entry {
  const a = p.auth;
  let authType: string;
  let auth: Entry;
  switch (a.type) {
    case 'password':
      // keystoneauth's multi-factor plugin takes auth_methods as one of its auth options
      authType = a.totp ? 'v3multifactor' : 'v3password';
      auth = { auth_url: a.authUrl, ...(a.totp ? { auth_methods: ['v3password', 'v3totp'] } : {}), ...userKeys(a.user), ...projectKeys(a.project) };
      break;
    case 'application_credential':
      authType = 'v3applicationcredential';
      auth = {
        auth_url: a.authUrl,
        ...(a.applicationCredential.id
          ? { application_credential_id: a.applicationCredential.id }
          : { application_credential_name: a.applicationCredential.name, ...userKeys(a.applicationCredential.user) }),
      };
      break;
    case 'token':
      authType = 'v3token';
      auth = { auth_url: a.authUrl, ...projectKeys(a.project) };
      break;
  }
  return {
    auth_type: authType,
    auth,
    ...(p.region ? { region_name: p.region } : {}),
    interface: p.interface,
    identity_api_version: 3,
    ...(p.tls.verify ? {} : { verify: false }),
    ...(p.tls.caFile ? { cacert: p.tls.caFile } : {}),
  };
}

export function exportCloudsYaml(profiles: Profile[]): string {
  const clouds: Record<string, Entry> = {};
  for (const p of profiles) clouds[p.name] = cloudEntry(p);
  const doc = new Document({ clouds });
  doc.commentBefore =
    ' Exported by Novadesk. No passwords, application credential secrets or tokens are\n' +
    ' included: add them to secure.yaml, or let your client ask for them.';
  return doc.toString();
}
