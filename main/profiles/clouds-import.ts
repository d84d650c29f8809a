import type {
  ImportApplied,
  ImportCandidateView,
  ImportResolution,
  Profile,
  ProfileDraft,
} from '../../shared/schemas/profile.js';
import { validationError } from '../openstack/errors.js';
import type { ImportCandidate } from './clouds-yaml-parse.js';
import type { ProfileSecrets } from './profile-secrets.js';
import type { ProfileStore } from './profile-store.js';

/** What the renderer may see of a candidate: everything but the secret. */
export function candidateView(c: ImportCandidate, existing: Profile[]): ImportCandidateView {
  const clash = existing.find((p) => p.name === c.name);
  return {
    name: c.name,
    cloud: c.cloud,
    ...(c.region ? { region: c.region } : {}),
    source: c.source,
    profile: c.draft,
    hasSecret: c.secret !== undefined,
    warnings: c.warnings,
    ...(clash ? { conflictsWith: clash.id } : {}),
  };
}

export interface ApplyImportDeps {
  store: ProfileStore;
  secrets: ProfileSecrets;
  /** keep imported secrets in the keychain (else for this run only) */
  rememberSecrets?: boolean;
}

interface Planned {
  candidate: ImportCandidate;
  draft: ProfileDraft;
  replaces?: Profile;
}

/**
 * Decides every candidate before writing anything, so a bad resolution changes nothing:
 * a name conflict needs rename / replace / skip; renames must not clash either. Replace keeps
 * the existing profile's id (caches and open views stay attached) and the user's own choices
 * that clouds.yaml cannot express: label, colour, the production flag and "remember".
 */
export function planImport(
  candidates: ImportCandidate[],
  resolutions: Record<string, ImportResolution>,
  existing: Profile[],
  rememberSecrets = false,
): { plan: Planned[]; skipped: string[] } {
  const byName = new Map(existing.map((p) => [p.name, p]));
  const taken = new Set(existing.map((p) => p.name));
  const plan: Planned[] = [];
  const skipped: string[] = [];
  for (const c of candidates) {
    const r = resolutions[c.name];
    const clash = byName.get(c.name);
    if (r?.action === 'skip') {
      skipped.push(c.name);
      continue;
    }
    if (r?.action === 'replace' && clash) {
      plan.push({
        candidate: c,
        replaces: clash,
        draft: { ...c.draft, label: clash.label, colour: clash.colour, production: clash.production, rememberSecret: clash.rememberSecret },
      });
      continue;
    }
    const name = r?.action === 'rename' ? r.name : c.name;
    // a rename onto another candidate's name would only move the clash to that candidate
    const renamedOntoCandidate = r?.action === 'rename' && candidates.some((o) => o !== c && o.name === name);
    if (taken.has(name) || renamedOntoCandidate) {
      if (r?.action === 'rename') throw validationError(`resolutions.${c.name}.name`, `"${name}" is taken by another profile`);
      throw validationError(`resolutions.${c.name}`, `a profile named "${name}" exists: rename, replace or skip`);
    }
    taken.add(name);
    plan.push({ candidate: c, draft: { ...c.draft, name, rememberSecret: rememberSecrets } });
  }
  return { plan, skipped };
}

export async function applyImport(
  candidates: ImportCandidate[],
  resolutions: Record<string, ImportResolution>,
  deps: ApplyImportDeps,
): Promise<ImportApplied> {
  const { plan, skipped } = planImport(candidates, resolutions, deps.store.list(), deps.rememberSecrets);
  const toCreate = plan.filter((p) => !p.replaces);
  const toReplace = plan.filter((p) => p.replaces);
  const saved = await deps.store.batch({
    replace: toReplace.map((p) => ({ id: p.replaces?.id ?? '', draft: p.draft })),
    create: toCreate.map((p) => p.draft),
  });
  // batch returns replaced first, then created, in the order given
  const ordered = [...toReplace, ...toCreate];
  for (const [i, profile] of saved.entries()) {
    const secret = ordered[i]?.candidate.secret;
    // no secret in the file: a replaced profile keeps the one it had
    if (secret !== undefined) await deps.secrets.set(profile, secret);
  }
  return {
    created: saved.slice(toReplace.length).map((p) => p.id),
    replaced: saved.slice(0, toReplace.length).map((p) => p.id),
    skipped,
  };
}
