import { LineCounter, parseDocument, visit, YAMLError, type Document } from 'yaml';
import { ProfileDraft, type ImportProblem } from '../../shared/schemas/profile.js';
import { isOpenStackError } from '../openstack/errors.js';
import { readCaFile } from './ca-file.js';
import { isMapping, mapCloud, yamlFieldOf, type Yamlish } from './clouds-yaml-map.js';
import { fieldIssues } from './validate-profile.js';

export interface CloudsSource {
  path: string;
  text: string;
}

/** One profile an import would create. Main-side only: it may carry the secret. */
export interface ImportCandidate {
  name: string;
  cloud: string;
  region?: string;
  source: string;
  draft: ProfileDraft;
  secret?: string;
  warnings: string[];
}

export interface ParsedClouds {
  candidates: ImportCandidate[];
  problems: ImportProblem[];
}

/** `line 6, column 17` of a character offset. */
function at(lines: LineCounter, offset: number | undefined): string {
  if (offset === undefined) return 'an unknown place';
  const { line, col } = lines.linePos(offset);
  return `line ${line}, column ${col}`;
}

/** Where the first alias whose anchor is missing starts: toJS throws for it without a position. */
function unresolvedAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias: (_key, node) => {
      if (node.resolve(doc) !== undefined) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * The YAML of one file, or undefined with a problem. A clouds.yaml holds passwords, often
 * unquoted; one starting with `*`, `|`, `>`, `!` or `@` is YAML syntax, and the yaml library's
 * messages and warnings quote the text around the fault. So its warnings are silenced (they
 * went to stderr) and problems name only the library's error code, the line and the column.
 */
function loadYaml(src: CloudsSource, problems: ImportProblem[]): Yamlish | undefined {
  const lines = new LineCounter();
  const parsed = parseDocument(src.text, { lineCounter: lines, prettyErrors: false, logLevel: 'silent' });
  const error = parsed.errors[0];
  if (error) {
    problems.push({ file: src.path, message: `not valid YAML at ${at(lines, error.pos[0])} (${error.code})` });
    return undefined;
  }
  for (const w of parsed.warnings) {
    problems.push({ file: src.path, message: `YAML warning at ${at(lines, w.pos[0])} (${w.code}): the value there was not read as written; quote it` });
  }
  let doc: unknown;
  try {
    doc = parsed.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // ReferenceError for an alias without its anchor; the message names the alias, i.e. the value
    const code = e instanceof YAMLError ? e.code : e instanceof ReferenceError ? 'UNRESOLVED_ALIAS' : 'INVALID';
    problems.push({ file: src.path, message: `not valid YAML at ${at(lines, unresolvedAlias(parsed))} (${code})` });
    return undefined;
  }
  if (doc === null || doc === undefined) return {};
  if (!isMapping(doc)) {
    problems.push({ file: src.path, message: 'the file must be a mapping with a "clouds:" key' });
    return undefined;
  }
  if (doc.clouds !== undefined && !isMapping(doc.clouds)) {
    problems.push({ file: src.path, field: 'clouds', message: '"clouds" must be a mapping of cloud names' });
    return undefined;
  }
  return doc;
}

/** secure.yaml over clouds.yaml: mappings merge key by key, anything else is replaced. */
export function deepMerge(base: Yamlish, over: Yamlish): Yamlish {
  const out: Yamlish = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isMapping(b) && isMapping(v) ? deepMerge(b, v) : v;
  }
  return out;
}

interface RegionEntry {
  name: string;
  values: Yamlish;
}

/** openstacksdk's `regions:` forms: `- RegionOne` or `- {name: RegionOne, values: {...}}`. */
function regionsOf(cloud: Yamlish): { regions: RegionEntry[]; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  if (cloud.regions === undefined) {
    const single = typeof cloud.region_name === 'string' ? cloud.region_name.trim() : '';
    return { regions: single ? [{ name: single, values: {} }] : [], problems };
  }
  if (!Array.isArray(cloud.regions)) return { regions: [], problems: [{ field: 'regions', message: 'regions must be a list' }] };
  const regions: RegionEntry[] = [];
  cloud.regions.forEach((r: unknown, i) => {
    if (typeof r === 'string' && r.trim()) regions.push({ name: r.trim(), values: {} });
    else if (isMapping(r) && typeof r.name === 'string' && r.name.trim()) {
      regions.push({ name: r.name.trim(), values: isMapping(r.values) ? r.values : {} });
    } else problems.push({ field: `regions[${i}]`, message: 'a region is a name or a mapping with "name"' });
  });
  return { regions, problems };
}

/**
 * clouds.yaml (+ secure.yaml) text to import candidates and problems naming file, cloud and
 * key. A cloud with several `regions:` becomes one candidate per region named
 * `<cloud>-<region>`; a single region keeps the cloud's name. Broken clouds do not stop the
 * others from importing.
 */
export async function parseCloudsConfig(clouds: CloudsSource, secure?: CloudsSource): Promise<ParsedClouds> {
  const problems: ImportProblem[] = [];
  const candidates: ImportCandidate[] = [];
  const main = loadYaml(clouds, problems);
  if (!main) return { candidates, problems };
  const sec = secure ? loadYaml(secure, problems) : undefined;
  const all = deepMerge(isMapping(main.clouds) ? main.clouds : {}, isMapping(sec?.clouds) ? sec.clouds : {});

  for (const [cloudName, raw] of Object.entries(all)) {
    const file = isMapping(main.clouds) && cloudName in main.clouds ? clouds.path : (secure?.path ?? clouds.path);
    if (!isMapping(raw)) {
      problems.push({ file, cloud: cloudName, message: `cloud "${cloudName}" must be a mapping` });
      continue;
    }
    const { regions, problems: regionProblems } = regionsOf(raw);
    for (const p of regionProblems) problems.push({ file, cloud: cloudName, ...p, message: `${cloudName}: ${p.message}` });
    const expanded = regions.length > 0 ? regions : [undefined];
    for (const region of expanded) {
      const name = region && regions.length > 1 ? `${cloudName}-${region.name}` : cloudName;
      const merged = region ? deepMerge(raw, region.values) : raw;
      const mapped = mapCloud(merged, { profile: name, cloud: cloudName, region: region?.name, sourceFile: clouds.path });
      if (!mapped.ok) {
        for (const p of mapped.problems) problems.push({ file, cloud: name, field: p.field, message: `${name}: ${p.message}` });
        continue;
      }
      const parsed = ProfileDraft.safeParse(mapped.value.draft);
      if (!parsed.success) {
        for (const i of fieldIssues(parsed.error)) {
          problems.push({ file, cloud: name, field: yamlFieldOf(i.field), message: `${name}: ${yamlFieldOf(i.field)}: ${i.message}` });
        }
        continue;
      }
      if (parsed.data.tls.caFile) {
        try {
          await readCaFile(parsed.data.tls.caFile);
        } catch (e) {
          problems.push({ file, cloud: name, field: 'cacert', message: `${name}: ${isOpenStackError(e) ? e.message.replace(/^tls\.caFile: /, 'cacert: ') : String(e)}` });
          continue;
        }
      }
      candidates.push({
        name,
        cloud: cloudName,
        ...(region ? { region: region.name } : {}),
        source: file,
        draft: parsed.data,
        ...(mapped.value.secret ? { secret: mapped.value.secret } : {}),
        warnings: mapped.value.warnings,
      });
    }
  }
  return { candidates, problems };
}
