import { z } from 'zod';
import type { SerializedError } from '../errors.js';
import { ProfileId } from '../ipc/ids.js';

/** A profile id as a type (the schema lives in shared/ipc/ids.ts). */
type ProfileIdText = z.output<typeof ProfileId>;

/**
 * A cloud profile: everything needed to reach one cloud, region and project, except the
 * secret. One schema validates in main and drives the renderer's profile form (decision 4);
 * issue paths (`auth.user.domain`, `tls.caFile`) are the form's field names.
 */

/** Forms send '' for an empty field: that means "not given", not "given as empty". */
const optText = z
  .string()
  .trim()
  .max(255)
  .transform((v) => (v === '' ? undefined : v))
  .optional();

function httpUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must start with http:// or https://';
  if (!url.hostname) return 'needs a host';
  // credentials in the URL would be stored and logged in clear
  if (url.username || url.password) return 'must not contain a user name or password';
  return undefined;
}

export const HttpUrl = z
  .string()
  .trim()
  .min(1, 'an auth URL is required')
  .max(2048)
  .superRefine((v, ctx) => {
    const problem = v ? httpUrlProblem(v) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: `the auth URL ${problem}` });
  });

export const DomainRef = z.object({ id: optText, name: optText }).strict();
export type DomainRef = z.output<typeof DomainRef>;

/** A user or project given by id, or by name plus its domain (Keystone names are unique per domain). */
const scopedRef = (what: 'user' | 'project') =>
  z
    .object({ id: optText, name: optText, domain: DomainRef.optional() })
    .strict()
    .superRefine((ref, ctx) => {
      if (!ref.id && !ref.name) {
        ctx.addIssue({ code: 'custom', path: ['name'], message: `a ${what} name or id is required` });
      } else if (!ref.id && !ref.domain?.id && !ref.domain?.name) {
        ctx.addIssue({ code: 'custom', path: ['domain'], message: `a ${what} given by name needs its domain (name or id)` });
      }
    });

export const UserRef = scopedRef('user');
export const ProjectRef = scopedRef('project');
export type UserRef = z.output<typeof UserRef>;
export type ProjectRef = z.output<typeof ProjectRef>;

export const PasswordAuth = z
  .object({
    type: z.literal('password'),
    authUrl: HttpUrl,
    user: UserRef,
    project: ProjectRef,
    /** the auth methods password + totp (a Keystone MFA rule): a passcode is asked at each login, never stored */
    totp: z.boolean().optional(),
  })
  .strict();

export const ApplicationCredentialAuth = z
  .object({
    type: z.literal('application_credential'),
    authUrl: HttpUrl,
    // by id, or by name plus its owner; the credential carries its own project
    applicationCredential: z
      .object({ id: optText, name: optText, user: UserRef.optional() })
      .strict()
      .superRefine((c, ctx) => {
        if (!c.id && !c.name) {
          ctx.addIssue({ code: 'custom', path: ['id'], message: 'an application credential id or name is required' });
        } else if (!c.id && !c.user) {
          ctx.addIssue({ code: 'custom', path: ['user'], message: 'an application credential given by name needs its user' });
        }
      }),
  })
  .strict();

/** A token is re-scoped to the project, so the project is required to get a catalog. */
export const TokenAuth = z.object({ type: z.literal('token'), authUrl: HttpUrl, project: ProjectRef }).strict();

export const ProfileAuth = z.discriminatedUnion('type', [PasswordAuth, ApplicationCredentialAuth, TokenAuth]);
export type ProfileAuth = z.output<typeof ProfileAuth>;
export type AuthType = ProfileAuth['type'];

export const INTERFACES = ['public', 'internal', 'admin'] as const;
export const Interface = z.enum(INTERFACES);

export const TlsSettings = z
  .object({
    /** false accepts any certificate (self-signed lab clouds) */
    verify: z.boolean().default(true),
    /** a PEM bundle added to the system roots; main checks that it is readable */
    caFile: optText,
  })
  .strict();

export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');

export const ProfileDraft = z
  .object({
    /** unique among profiles; the cloud name in clouds.yaml */
    name: z
      .string()
      .trim()
      .min(1, 'a name is required')
      .max(128)
      .regex(/^\P{Cc}*$/u, 'a name cannot contain control characters such as line breaks'),
    label: z.string().trim().max(128).default(''),
    colour: Colour.default('#2f6fdf'),
    auth: ProfileAuth,
    region: optText,
    interface: Interface.default('public'),
    tls: TlsSettings.default({ verify: true }),
    /** destructive actions ask for the server's name */
    production: z.boolean().default(false),
    /** keep the secret in the OS keychain (when one is usable) instead of for this run only */
    rememberSecret: z.boolean().default(false),
    /** Ctrl+n switches to this cloud; unique among profiles (shared/profile-shortcuts.ts) */
    shortcut: z.number().int().min(1).max(9).optional(),
  })
  .strict();
/** What the form edits (before defaults) and what main stores (after). */
export type ProfileDraftInput = z.input<typeof ProfileDraft>;
export type ProfileDraft = z.output<typeof ProfileDraft>;

export const Profile = ProfileDraft.extend({ id: ProfileId });
export type Profile = z.output<typeof Profile>;

/** What crosses IPC: never the secret, only whether one is at hand. */
export interface ProfileView extends Profile {
  hasSecret: boolean;
}

/** Password, application credential secret or token, by auth type. Inbound only. */
export const ProfileSecret = z.string().min(1, 'a secret is required').max(16_384);

export const SECRET_LABEL: Record<AuthType, string> = {
  password: 'password',
  application_credential: 'application credential secret',
  token: 'token',
};

// ---- where a stored secret may be sent ------------------------------------------------

/**
 * A stored secret is bound to the auth URL's origin (scheme, host, port) and TLS setting it
 * was saved with, as browsers' password managers bind a password to its site: an edited
 * auth URL (a typo, a paste, a compromised renderer) must not receive another cloud's secret.
 */
export interface SecretBinding {
  /** `https://keystone.example.com:5000`; default ports are left out, the host is lower case */
  origin: string;
  /** whether certificates were verified when the secret was saved */
  verify: boolean;
}

/** The origin of an auth URL, or undefined when it is no http(s) URL. */
export function authOrigin(authUrl: string): string | undefined {
  try {
    const url = new URL(authUrl.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export function secretBindingOf(p: { auth: { authUrl: string }; tls: { verify: boolean } }): SecretBinding | undefined {
  const origin = authOrigin(p.auth.authUrl);
  return origin ? { origin, verify: p.tls.verify } : undefined;
}

/**
 * May a secret bound to `bound` be sent with these settings? Only to the same origin, and not
 * once certificate checks were turned off (anyone on the path could then read it); turning
 * them on is fine.
 */
export function secretBindingAllows(bound: SecretBinding, now: SecretBinding | undefined): boolean {
  return now !== undefined && bound.origin === now.origin && (now.verify || !bound.verify);
}

// ---- IPC inputs -------------------------------------------------------------------------

export const ProfileSaveInput = z
  .object({ id: ProfileId.optional(), profile: ProfileDraft, secret: ProfileSecret.optional() })
  .strict();
/** A TOTP passcode as authenticator apps show it (Keystone's totp method takes 6; RFC 6238 allows up to 8). */
export const Passcode = z
  .string()
  .trim()
  .regex(/^\d{6,8}$/, 'a passcode is 6 to 8 digits');
export const ProfileSecretInput = z
  .object({ id: ProfileId, secret: ProfileSecret, remember: z.boolean().optional() })
  .strict();
export const TestConnectionInput = z
  .object({ id: ProfileId.optional(), profile: ProfileDraft.optional(), secret: ProfileSecret.optional() })
  .strict()
  .refine((v) => v.id !== undefined || v.profile !== undefined, { message: 'a profile id or a profile is required', path: ['id'] });

export const ImportResolution = z.discriminatedUnion('action', [
  z.object({ action: z.literal('rename'), name: ProfileDraft.shape.name }).strict(),
  z.object({ action: z.literal('replace') }).strict(),
  z.object({ action: z.literal('skip') }).strict(),
]);
export type ImportResolution = z.output<typeof ImportResolution>;

export const ImportApplyInput = z
  .object({
    scanId: z.string().min(1).max(64),
    /** by candidate name; a candidate without an entry is imported unless it conflicts */
    resolutions: z.record(z.string(), ImportResolution).default({}),
    rememberSecrets: z.boolean().default(false),
  })
  .strict();

export const ExportInput = z.object({ ids: z.array(ProfileId).optional() }).strict();

// ---- results that cross IPC -------------------------------------------------------------

export interface StoreProblem {
  /** not_writable: the disk refuses writes (full, read-only); profiles are listed, changes fail until it is fixed */
  kind: 'corrupt' | 'unreadable' | 'newer_version' | 'invalid_profile' | 'migration_failed' | 'not_writable';
  message: string;
  file: string;
  /** where a damaged file was moved; it is kept for the user to inspect */
  movedTo?: string;
  profileId?: string;
  field?: string;
}

export interface SecretStorageInfo {
  persistent: boolean;
  /** shown to the user when secrets are kept for this run only */
  notice?: string;
}

export interface ImportCandidateView {
  name: string;
  /** the clouds.yaml cloud it came from, and its region when `regions:` was expanded */
  cloud: string;
  region?: string;
  source: string;
  profile: ProfileDraft;
  hasSecret: boolean;
  warnings: string[];
  /** id of the existing profile with the same name */
  conflictsWith?: ProfileIdText;
}

export interface ImportProblem {
  file: string;
  cloud?: string;
  /** the clouds.yaml key at fault, e.g. `auth.auth_url` */
  field?: string;
  message: string;
}

export interface ImportScanView {
  scanId: string;
  files: { clouds?: string; secure?: string; searched: string[] };
  candidates: ImportCandidateView[];
  problems: ImportProblem[];
}

export interface ImportApplied {
  created: ProfileIdText[];
  replaced: ProfileIdText[];
  skipped: string[];
}

export interface ServiceEndpoints {
  type: string;
  name: string;
  /** `interface region` pairs, e.g. `public RegionOne` */
  endpoints: string[];
}

export type Check<T> = ({ ok: true } & T) | { ok: false; error: SerializedError };

/** What the user should know about a profile's TLS settings; the renderer words each one. */
export type TlsWarning = 'ca_file_ignored';

export interface ConnectionReport {
  profileId?: ProfileIdText;
  testedAt: string;
  auth: Check<{
    expiresAt: string;
    user: { id: string; name: string; domain?: string };
    project?: { id: string; name: string; domain?: string };
    roles: string[];
  }>;
  catalog?: { regions: string[]; services: ServiceEndpoints[]; regionFound: boolean };
  compute?: Check<{ min: string; max: string; negotiated: string }>;
  /** Cinder's volume microversion range; endpoint_not_found on clouds without block storage */
  blockStorage?: Check<{ min: string; max: string; negotiated: string }>;
  image?: Check<{ endpoint: string }>;
  network?: Check<{ endpoint: string }>;
  tlsWarnings?: TlsWarning[];
}

// The registry's DTOs live in shared/domain/cloud-status.ts; re-exported while renderer screens still import them from here.
export type { CloudState, CloudStatus } from '../domain/cloud-status.js';
