import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../../../shared/schemas/profile.js';
import { translateValidation } from './validation-messages.js';

/**
 * Main words the import scan's problems and the keychain notice in English (they are also
 * printed on the console); the profiles screen shows them in the user's language. A known
 * message maps to a key, its captured parts become parameters; an unknown one is shown as it
 * came, so a new message in main is never lost, only untranslated.
 */
type Pattern = [RegExp, string, string[]];

const IMPORT: Pattern[] = [
  [/^auth must be a mapping$/, 'authMapping', []],
  [/^auth_type "(.*)" is not supported; use one of (.*)$/, 'authType', ['type', 'types']],
  [/^auth\.auth_url is missing$/, 'authUrlMissing', []],
  [/^Keystone v2 is not supported/, 'keystoneV2', []],
  [/^not valid YAML at (.*) \((.*)\)$/, 'yamlInvalid', ['at', 'code']],
  [/^YAML warning at (.*) \((.*)\): /, 'yamlWarning', ['at', 'code']],
  [/^the file must be a mapping with a "clouds:" key$/, 'noCloudsKey', []],
  [/^"clouds" must be a mapping of cloud names$/, 'cloudsMapping', []],
  [/^regions must be a list$/, 'regionsList', []],
  [/^a region is a name or a mapping with "name"$/, 'regionEntry', []],
  [/^cloud "(.*)" must be a mapping$/, 'cloudMapping', ['cloud']],
  [/^no clouds\.yaml was found in the openstacksdk search path$/, 'noFile', []],
  [/^(\S+) names (.*), which does not exist$/, 'envMissing', ['key', 'path']],
  [/^(\S+) names (.*), which is not a regular file/, 'envNotFile', ['key', 'path']],
  [/^(.*) (does not exist|is .*|cannot be read.*); not read$/, 'fileNotRead', ['path', 'reason']],
];

const NOTICE: Pattern[] = [
  [/^No system keychain is reachable here\./, 'noKeychain', []],
  [/^The system keychain is not available\./, 'keychainUnavailable', []],
  [/^No keyring service \(GNOME Keyring or KWallet\) was found, only unprotected storage \((.*)\)\./, 'noKeyring', ['backend']],
];

function match(t: TFunction, patterns: Pattern[], prefix: string, message: string): string | undefined {
  for (const [re, key, names] of patterns) {
    const m = re.exec(message);
    if (!m) continue;
    return t(`profiles:${prefix}.${key}`, Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? ''])));
  }
  return undefined;
}

/** One import problem's text, without the cloud name main puts first (the row shows it). */
export function importProblemText(t: TFunction, p: Pick<ImportProblem, 'message' | 'cloud' | 'field'>): string {
  const own = p.cloud && p.message.startsWith(`${p.cloud}: `) ? p.message.slice(p.cloud.length + 2) : p.message;
  const known = match(t, IMPORT, 'importProblem', own);
  if (known) return known;
  // "<field>: <schema message>": the field is shown beside it, the message is a schema one
  const fielded = /^([\w.[\]]+): (.*)$/.exec(own);
  if (fielded?.[2]) return translateValidation(t, fielded[2]) ?? fielded[2];
  return own;
}

/** Why secrets are kept for this run only (the banner's heading already says that they are). */
export function secretNoticeText(t: TFunction, notice: string): string {
  return match(t, NOTICE, 'secretNotice', notice) ?? notice;
}
