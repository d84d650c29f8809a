import type { TFunction } from 'i18next';

/**
 * The shared schema (and main) word their messages in English; the form shows them in the
 * user's language. Each known message maps to a key; its captured parts become parameters.
 * An unknown message is shown as it came.
 */
const PATTERNS: [RegExp, string, string[]][] = [
  [/^a name is required$/, 'validation.nameRequired', []],
  [/^a name cannot contain control characters/, 'validation.nameControl', []],
  [/^a profile named "(.*)" already exists$/, 'validation.nameTaken', ['name']],
  [/^another profile already has Ctrl\+(\d)$/, 'validation.shortcutTaken', ['slot']],
  [/^an auth URL is required$/, 'validation.authUrlRequired', []],
  [/^the auth URL is not a valid URL$/, 'validation.authUrlInvalid', []],
  [/^the auth URL must start with http:\/\/ or https:\/\/$/, 'validation.authUrlScheme', []],
  [/^the auth URL needs a host$/, 'validation.authUrlHost', []],
  [/^the auth URL must not contain a user name or password$/, 'validation.authUrlCredentials', []],
  [/^a (user|project) name or id is required$/, 'validation.refRequired', ['what']],
  [/^a (user|project) given by name needs its domain/, 'validation.domainRequired', ['what']],
  [/^an application credential id or name is required$/, 'validation.appCredRequired', []],
  [/^an application credential given by name needs its user$/, 'validation.appCredUser', []],
  [/^a colour is written #rrggbb$/, 'validation.colour', []],
  [/^a secret is required$/, 'validation.secretRequired', []],
  [/^the stored .+ is not sent: /, 'validation.secretRetype', []],
  [/expected string to have <=(\d+) characters/, 'validation.tooLong', ['max']],
  [/^(.+) does not exist$/, 'validation.caMissing', ['path']],
  [/^(.+) holds no PEM certificate/, 'validation.caNotPem', ['path']],
];

export function translateValidation(t: TFunction, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  for (const [re, key, names] of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((n, i) => {
      const v = m[i + 1] ?? '';
      // "user"/"project" are words, translated too
      params[n] = n === 'what' ? t(`profiles:validation.${v}`) : v;
    });
    return t(`profiles:${key}`, params);
  }
  return message;
}
