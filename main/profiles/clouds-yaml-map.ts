import { resolve, dirname, isAbsolute } from 'node:path';
import { homedir } from 'node:os';
import type { AuthType, ProfileDraftInput } from '../../shared/schemas/profile.js';

/**
 * One clouds.yaml cloud entry (already merged with secure.yaml and its region's values) to a
 * profile draft plus its secret. Errors name the clouds.yaml key, not our field names, because
 * that is the file the user will open.
 */

export interface MappedCloud {
  draft: ProfileDraftInput;
  secret?: string;
  warnings: string[];
}

export interface MapProblem {
  field: string;
  message: string;
}

export type Yamlish = Record<string, unknown>;

export const isMapping = (v: unknown): v is Yamlish => typeof v === 'object' && v !== null && !Array.isArray(v);

/** YAML gives numbers for numeric-looking ids (`project_id: 12345`); ids are strings to us. */
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return undefined;
}

function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|yes|1)$/i.test(v)) return true;
  if (typeof v === 'string' && /^(false|no|0)$/i.test(v)) return false;
  return undefined;
}

/** keystoneauth plugin names openstacksdk accepts, by what they mean here. */
const AUTH_TYPES: Record<string, AuthType> = {
  password: 'password',
  v3password: 'password',
  v3applicationcredential: 'application_credential',
  applicationcredential: 'application_credential',
  application_credential: 'application_credential',
  token: 'token',
  v3token: 'token',
  // keystoneauth's multi-factor plugin: password + TOTP is the one combination we log in with
  v3multifactor: 'password',
};

/** `auth.auth_methods` of a v3multifactor cloud: the one combination supported, password + TOTP. */
const MFA_METHODS = ['v3password', 'v3totp'];

function multiFactorProblem(auth: Yamlish): MapProblem | undefined {
  const raw = auth.auth_methods;
  const methods = Array.isArray(raw) ? raw.map((m) => str(m)?.toLowerCase()) : typeof raw === 'string' ? raw.split(',').map((m) => m.trim().toLowerCase()) : [];
  const same = methods.length === MFA_METHODS.length && MFA_METHODS.every((m) => methods.includes(m));
  return same
    ? undefined
    : { field: 'auth.auth_methods', message: `auth_type v3multifactor needs auth.auth_methods [${MFA_METHODS.join(', ')}]; got ${JSON.stringify(raw ?? null)}` };
}

const PALETTE = ['#2f6fdf', '#d9480f', '#2b8a3e', '#862e9c', '#c92a2a', '#0b7285', '#e67700', '#5c7cfa'];

export function colourFor(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[h % PALETTE.length] ?? '#2f6fdf';
}

function domainOf(auth: Yamlish, which: 'user' | 'project'): { id?: string; name?: string } | undefined {
  // `domain_id` / `domain_name` fill in for both, as in openstacksdk
  const id = str(auth[`${which}_domain_id`]) ?? str(auth.domain_id);
  const name = str(auth[`${which}_domain_name`]) ?? str(auth.domain_name);
  if (!id && !name) return undefined;
  return { ...(id ? { id } : {}), ...(name ? { name } : {}) };
}

interface RefDraft {
  id?: string;
  name?: string;
  domain?: { id?: string; name?: string };
}

function userOf(auth: Yamlish): RefDraft {
  const id = str(auth.user_id);
  const name = str(auth.username) ?? str(auth.user_name);
  // an id is unique across domains: the domain would only be noise
  if (id) return { id };
  const domain = domainOf(auth, 'user');
  return { ...(name ? { name } : {}), ...(domain ? { domain } : {}) };
}

function projectOf(auth: Yamlish): RefDraft {
  const id = str(auth.project_id) ?? str(auth.tenant_id);
  const name = str(auth.project_name) ?? str(auth.tenant_name);
  if (id) return { id };
  const domain = domainOf(auth, 'project');
  return { ...(name ? { name } : {}), ...(domain ? { domain } : {}) };
}

function caFilePath(v: string, sourceFile: string, warnings: string[]): string {
  const expanded = v.startsWith('~/') ? resolve(homedir(), v.slice(2)) : v;
  if (isAbsolute(expanded)) return expanded;
  // openstacksdk resolves against the shell's directory, which a desktop app does not have
  const abs = resolve(dirname(sourceFile), expanded);
  warnings.push(`cacert "${v}" is relative; it was taken relative to ${dirname(sourceFile)}`);
  return abs;
}

export function mapCloud(
  cloud: Yamlish,
  names: { profile: string; cloud: string; region: string | undefined; sourceFile: string },
): { ok: true; value: MappedCloud } | { ok: false; problems: MapProblem[] } {
  const problems: MapProblem[] = [];
  const warnings: string[] = [];
  const auth = isMapping(cloud.auth) ? cloud.auth : {};
  if (cloud.auth !== undefined && !isMapping(cloud.auth)) problems.push({ field: 'auth', message: 'auth must be a mapping' });

  const authTypeRaw = str(cloud.auth_type) ?? 'password';
  const type = AUTH_TYPES[authTypeRaw.toLowerCase()];
  const multiFactor = authTypeRaw.toLowerCase() === 'v3multifactor';
  const mfaProblem = multiFactor ? multiFactorProblem(auth) : undefined;
  if (mfaProblem) problems.push(mfaProblem);
  if (!type) {
    problems.push({
      field: 'auth_type',
      message: `auth_type "${authTypeRaw}" is not supported; use one of ${Object.keys(AUTH_TYPES).join(', ')}`,
    });
  }

  const authUrl = str(auth.auth_url);
  if (!authUrl) problems.push({ field: 'auth.auth_url', message: 'auth.auth_url is missing' });

  const idVersion = str(cloud.identity_api_version);
  if (idVersion && /^2(\.0)?$/.test(idVersion)) {
    problems.push({ field: 'identity_api_version', message: 'Keystone v2 is not supported; Novadesk speaks Identity v3' });
  }
  for (const key of ['cert', 'key']) {
    if (cloud[key] !== undefined) warnings.push(`"${key}" (TLS client certificate) is not supported and was ignored`);
  }
  if (cloud.profile !== undefined) warnings.push(`vendor profile "${String(cloud.profile)}" defaults were not applied`);

  if (problems.length > 0 || !type || !authUrl) return { ok: false, problems };

  let authDraft: ProfileDraftInput['auth'];
  let secret: string | undefined;
  if (type === 'password') {
    authDraft = { type, authUrl, user: userOf(auth), project: projectOf(auth), ...(multiFactor ? { totp: true } : {}) };
    secret = str(auth.password);
    // a passcode is good for 30 s: one written in the file is never used
    if (auth.passcode !== undefined) warnings.push('auth.passcode was ignored: Novadesk asks for a passcode at each login');
  } else if (type === 'token') {
    authDraft = { type, authUrl, project: projectOf(auth) };
    secret = str(auth.token);
  } else {
    const id = str(auth.application_credential_id);
    const name = str(auth.application_credential_name);
    const user = userOf(auth);
    const hasUser = Boolean(user.id || user.name);
    authDraft = {
      type,
      authUrl,
      applicationCredential: { ...(id ? { id } : {}), ...(name ? { name } : {}), ...(hasUser ? { user } : {}) },
    };
    secret = str(auth.application_credential_secret);
  }

  const iface = str(cloud.interface) ?? str(cloud.endpoint_type);
  const verify = bool(cloud.verify);
  const insecure = bool(cloud.insecure);
  const cacert = str(cloud.cacert);
  const draft: ProfileDraftInput = {
    name: names.profile,
    label: names.region && names.profile !== names.cloud ? `${names.cloud} (${names.region})` : names.cloud,
    colour: colourFor(names.cloud),
    auth: authDraft,
    ...(names.region ? { region: names.region } : {}),
    // keystoneauth also accepts 'publicURL' and friends
    ...(iface ? { interface: iface.replace(/URL$/, '') as ProfileDraftInput['interface'] } : {}),
    tls: {
      verify: verify ?? (insecure === undefined ? true : !insecure),
      ...(cacert ? { caFile: caFilePath(cacert, names.sourceFile, warnings) } : {}),
    },
  };
  return { ok: true, value: { draft, ...(secret ? { secret } : {}), warnings } };
}

/** Our profile field paths back to the clouds.yaml keys they came from, for error messages. */
const FIELD_TO_YAML: [RegExp, string][] = [
  [/^auth\.authUrl/, 'auth.auth_url'],
  [/^auth\.user\.domain/, 'auth.user_domain_name'],
  [/^auth\.user/, 'auth.username'],
  [/^auth\.project\.domain/, 'auth.project_domain_name'],
  [/^auth\.project/, 'auth.project_name'],
  [/^auth\.applicationCredential\.user\.domain/, 'auth.user_domain_name'],
  [/^auth\.applicationCredential\.user/, 'auth.username'],
  [/^auth\.applicationCredential/, 'auth.application_credential_id'],
  [/^auth\.totp/, 'auth_type'],
  [/^region/, 'region_name'],
  [/^interface/, 'interface'],
  [/^tls\.caFile/, 'cacert'],
  [/^tls/, 'verify'],
  [/^name/, '(cloud name)'],
];

export function yamlFieldOf(profileField: string): string {
  return FIELD_TO_YAML.find(([re]) => re.test(profileField))?.[1] ?? profileField;
}
