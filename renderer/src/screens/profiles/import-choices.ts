import { ProfileDraft, type ImportCandidateView, type ImportResolution } from '../../../../shared/schemas/profile.js';

export type Choice = 'import' | 'rename' | 'replace' | 'skip';

export interface CandidateChoice {
  choice: Choice;
  /** the new name, for rename */
  name: string;
}

/** A free name like `prod-2`, not used by a profile or another candidate. */
export function freeName(base: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const name = `${base}-${n}`;
    if (!taken.has(name)) return name;
  }
}

/** Conflicts start as skip: nothing existing changes unless the user says so. */
export function initialChoices(candidates: ImportCandidateView[], existingNames: string[]): Record<string, CandidateChoice> {
  const taken = new Set([...existingNames, ...candidates.map((c) => c.name)]);
  const out: Record<string, CandidateChoice> = {};
  for (const c of candidates) {
    const name = freeName(c.name, taken);
    out[c.name] = { choice: c.conflictsWith ? 'skip' : 'import', name };
  }
  return out;
}

/** Why a rename cannot be used (as a translation key with parameters), or undefined. */
export function renameProblem(
  candidate: string,
  choices: Record<string, CandidateChoice>,
  existingNames: string[],
): { key: string; message?: string } | undefined {
  const c = choices[candidate];
  if (!c || c.choice !== 'rename') return undefined;
  const parsed = ProfileDraft.shape.name.safeParse(c.name);
  if (!parsed.success) return { key: 'import.renameInvalid', message: parsed.error.issues[0]?.message ?? '' };
  const name = parsed.data;
  if (existingNames.includes(name)) return { key: 'import.renameTaken' };
  const others = Object.entries(choices).filter(([k, v]) => k !== candidate && v.choice !== 'skip' && (v.choice === 'rename' ? v.name.trim() : k) === name);
  if (others.length) return { key: 'import.renameTaken' };
  return undefined;
}

/** What 'profiles.applyImport' takes: an entry for every candidate not imported as it is. */
export function resolutionsOf(choices: Record<string, CandidateChoice>): Record<string, ImportResolution> {
  const out: Record<string, ImportResolution> = {};
  for (const [name, c] of Object.entries(choices)) {
    if (c.choice === 'rename') out[name] = { action: 'rename', name: c.name.trim() };
    else if (c.choice === 'replace') out[name] = { action: 'replace' };
    else if (c.choice === 'skip') out[name] = { action: 'skip' };
  }
  return out;
}
