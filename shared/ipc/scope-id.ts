/**
 * A cloud as IPC names it (DESIGN.md decision 2): a profile, or one (project, region) scope of
 * it. `demo` is the profile as configured; `demo~<projectId>~<region>` re-scopes it, where an
 * empty part keeps the profile's own. The id doubles as a file name (the list cache), so the
 * region, which Keystone lets hold any character, is written with every byte outside
 * `[A-Za-z0-9_-]` as `.` and two hex digits.
 */
export interface ScopeRef {
  profileId: string;
  projectId?: string;
  region?: string;
}

const PROFILE = '[A-Za-z0-9_-]{1,64}';
const PROJECT = '[A-Za-z0-9_-]{0,64}';
const REGION = '(?:[A-Za-z0-9_-]|\\.[0-9a-f]{2}){0,255}';
const PATTERN = new RegExp(`^(${PROFILE})(?:~(${PROJECT})~(${REGION}))?$`);

function encodeRegion(region: string): string {
  return [...new TextEncoder().encode(region)]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9_-]/.test(c) ? c : `.${b.toString(16).padStart(2, '0')}`;
    })
    .join('');
}

function decodeRegion(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '.') {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** The id of a scope; the profile's own scope is just its id. */
export function scopeId(ref: ScopeRef): string {
  if (!ref.projectId && !ref.region) return ref.profileId;
  return `${ref.profileId}~${ref.projectId ?? ''}~${encodeRegion(ref.region ?? '')}`;
}

/** The parts of a cloud id, or undefined when it is not one. */
export function parseScopeId(id: string): ScopeRef | undefined {
  const m = PATTERN.exec(id);
  if (!m) return undefined;
  const [, profileId, projectId, region] = m;
  return {
    profileId: profileId!,
    ...(projectId ? { projectId } : {}),
    ...(region ? { region: decodeRegion(region) } : {}),
  };
}

/** The profile a cloud id belongs to. */
export function profileOf(id: string): string {
  return parseScopeId(id)?.profileId ?? id;
}
