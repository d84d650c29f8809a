import type { FieldErrors, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ProfileDraft,
  secretBindingAllows,
  secretBindingOf,
  type AuthType,
  type ProfileDraftInput,
  type ProfileView,
} from '../../../../shared/schemas/profile.js';

interface DomainValues {
  id: string;
  name: string;
}
interface RefValues {
  id: string;
  name: string;
  domain: DomainValues;
}

/**
 * What the form edits: every auth type's fields at once, so switching the type and back
 * loses nothing. `toDraftInput` keeps only the chosen type's fields before the schema sees
 * them, so the schema's issue paths are the form's field names.
 */
export interface ProfileFormValues {
  name: string;
  label: string;
  colour: string;
  auth: {
    type: AuthType;
    authUrl: string;
    user: RefValues;
    project: RefValues;
    /** password auth: also a TOTP passcode at each login */
    totp: boolean;
    applicationCredential: { id: string; name: string; user: RefValues };
  };
  region: string;
  interface: 'public' | 'internal' | 'admin';
  tls: { verify: boolean; caFile: string };
  production: boolean;
  rememberSecret: boolean;
  /** the Ctrl+n slot, '1'…'9'; '' lets main give the lowest free one (a select's value is a string) */
  shortcut: string;
  /** write-only: never prefilled, never part of the profile */
  secret: string;
}

const emptyRef = (domain = ''): RefValues => ({ id: '', name: '', domain: { id: '', name: domain } });

export const DEFAULT_COLOUR = '#2f6fdf';

export function emptyForm(): ProfileFormValues {
  return {
    name: '',
    label: '',
    colour: DEFAULT_COLOUR,
    auth: {
      type: 'password',
      authUrl: '',
      // Keystone's built-in domain: right for most clouds, and visible, so not a surprise
      user: emptyRef('Default'),
      project: emptyRef('Default'),
      totp: false,
      applicationCredential: { id: '', name: '', user: emptyRef() },
    },
    region: '',
    interface: 'public',
    tls: { verify: true, caFile: '' },
    production: false,
    rememberSecret: false,
    shortcut: '',
    secret: '',
  };
}

type RefLike = { id?: string | undefined; name?: string | undefined; domain?: { id?: string | undefined; name?: string | undefined } | undefined };

function refValues(r: RefLike | undefined, fallback: RefValues): RefValues {
  if (!r) return fallback;
  return { id: r.id ?? '', name: r.name ?? '', domain: { id: r.domain?.id ?? '', name: r.domain?.name ?? '' } };
}

/** A saved profile as form values; the secret is left empty (write-only). */
export function formFromProfile(p: ProfileView): ProfileFormValues {
  const base = emptyForm();
  const a = p.auth;
  return {
    name: p.name,
    label: p.label,
    colour: p.colour,
    auth: {
      type: a.type,
      authUrl: a.authUrl,
      user: a.type === 'password' ? refValues(a.user, base.auth.user) : base.auth.user,
      project: a.type === 'password' || a.type === 'token' ? refValues(a.project, base.auth.project) : base.auth.project,
      totp: a.type === 'password' && a.totp === true,
      applicationCredential:
        a.type === 'application_credential'
          ? {
              id: a.applicationCredential.id ?? '',
              name: a.applicationCredential.name ?? '',
              user: refValues(a.applicationCredential.user, emptyRef()),
            }
          : base.auth.applicationCredential,
    },
    region: p.region ?? '',
    interface: p.interface,
    tls: { verify: p.tls.verify, caFile: p.tls.caFile ?? '' },
    production: p.production,
    rememberSecret: p.rememberSecret,
    shortcut: p.shortcut === undefined ? '' : String(p.shortcut),
    secret: '',
  };
}

const blank = (s: string) => s.trim() === '';
const refIsBlank = (r: RefValues) => blank(r.id) && blank(r.name) && blank(r.domain.id) && blank(r.domain.name);

/** The profile draft the schema validates: only the chosen auth type's fields, no secret. */
export function toDraftInput(v: ProfileFormValues): ProfileDraftInput {
  const { type, authUrl } = v.auth;
  const auth: ProfileDraftInput['auth'] =
    type === 'password'
      ? { type, authUrl, user: v.auth.user, project: v.auth.project, ...(v.auth.totp ? { totp: true } : {}) }
      : type === 'token'
        ? { type, authUrl, project: v.auth.project }
        : {
            type,
            authUrl,
            applicationCredential: {
              id: v.auth.applicationCredential.id,
              name: v.auth.applicationCredential.name,
              // the owner is optional (only needed for a credential given by name)
              ...(refIsBlank(v.auth.applicationCredential.user) ? {} : { user: v.auth.applicationCredential.user }),
            },
          };
  return {
    name: v.name,
    label: v.label,
    colour: v.colour,
    auth,
    region: v.region,
    interface: v.interface,
    tls: { verify: v.tls.verify, caFile: v.tls.caFile },
    production: v.production,
    rememberSecret: v.rememberSecret,
    ...(v.shortcut ? { shortcut: Number(v.shortcut) } : {}),
  };
}

const draftResolver = zodResolver(ProfileDraft);

/** zodResolver(ProfileDraft) over the chosen auth type's fields (decision 4: one schema, two uses). */
export const profileResolver: Resolver<ProfileFormValues, unknown, ProfileDraft> = async (values, context, options) => {
  const result = await draftResolver(toDraftInput(values), context, options as unknown as Parameters<typeof draftResolver>[2]);
  return result as unknown as Awaited<ReturnType<Resolver<ProfileFormValues, unknown, ProfileDraft>>>;
};

/** Field names the form shows, for placing an error from main on its field. */
export const FORM_FIELDS = new Set([
  'name',
  'label',
  'colour',
  'auth.type',
  'auth.authUrl',
  'auth.user.id',
  'auth.user.name',
  'auth.user.domain',
  'auth.user.domain.id',
  'auth.user.domain.name',
  'auth.project.id',
  'auth.project.name',
  'auth.project.domain',
  'auth.project.domain.id',
  'auth.project.domain.name',
  'auth.totp',
  'auth.applicationCredential.id',
  'auth.applicationCredential.name',
  'auth.applicationCredential.user',
  'auth.applicationCredential.user.name',
  'auth.applicationCredential.user.domain',
  'auth.applicationCredential.user.domain.name',
  'region',
  'interface',
  'tls.verify',
  'tls.caFile',
  'shortcut',
  'secret',
]);

/**
 * Where main's validation error belongs in the form. The router reports `profile.auth.authUrl`
 * (its input wraps the draft), the profile service `tls.caFile` or `name`; an error on an
 * object (`auth.user.domain`) is shown on that object's name field.
 */
export function formFieldOf(field: string | undefined): keyof ProfileFormValues | string | undefined {
  if (!field) return undefined;
  const f = field.replace(/^profile\./, '');
  if (!FORM_FIELDS.has(f)) return undefined;
  if (/(^|\.)(domain|user)$/.test(f)) return `${f}.name`;
  return f;
}

/** The first error message in react-hook-form's nested error tree, by dotted path. */
export function errorAt(errors: FieldErrors<ProfileFormValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * Main does not send a stored secret to another auth URL origin, or once certificate checks
 * are turned off (shared/schemas/profile.ts): the form asks for it again before saving or
 * testing such an edit, instead of letting main refuse it.
 */
export function secretMustBeRetyped(profile: ProfileView | undefined, edited: { authUrl: string; verify: boolean }): boolean {
  if (!profile?.hasSecret) return false;
  const saved = secretBindingOf(profile);
  return saved !== undefined && !secretBindingAllows(saved, secretBindingOf({ auth: { authUrl: edited.authUrl }, tls: { verify: edited.verify } }));
}
