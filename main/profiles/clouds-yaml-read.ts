import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ImportProblem } from '../../shared/schemas/profile.js';
import { findCloudsFiles, type FoundFiles, type SearchContext } from './clouds-yaml-search.js';
import { parseCloudsConfig, type CloudsSource, type ParsedClouds } from './clouds-yaml-parse.js';

/** Larger than any real clouds.yaml by far; refuses to load a mis-pointed multi-GB file. */
const MAX_BYTES = 1024 * 1024;

async function load(path: string, problems: ImportProblem[]): Promise<CloudsSource | undefined> {
  try {
    const buf = await readFile(path);
    if (buf.length > MAX_BYTES) {
      problems.push({ file: path, message: 'larger than 1 MB; not read' });
      return undefined;
    }
    return { path, text: buf.toString('utf8') };
  } catch (e) {
    problems.push({ file: path, message: `cannot be read (${(e as { code?: string }).code ?? String(e)})` });
    return undefined;
  }
}

export interface CloudsScan extends ParsedClouds {
  files: FoundFiles;
}

/** Finds clouds.yaml and secure.yaml as openstacksdk would, and parses them into candidates. */
export async function scanCloudsConfig(context: SearchContext = {}): Promise<CloudsScan> {
  const files = findCloudsFiles(context);
  const problems: ImportProblem[] = [];
  const env = context.env ?? process.env;
  for (const key of ['OS_CLIENT_CONFIG_FILE', 'OS_CLIENT_SECURE_FILE'] as const) {
    const named = env[key];
    if (named && !existsSync(named)) problems.push({ file: named, message: `${key} names a file that does not exist` });
  }
  if (!files.clouds) {
    problems.push({ file: files.searched[0] ?? 'clouds.yaml', message: 'no clouds.yaml was found in the openstacksdk search path' });
    return { files, candidates: [], problems };
  }
  const clouds = await load(files.clouds, problems);
  const secure = files.secure ? await load(files.secure, problems) : undefined;
  if (!clouds) return { files, candidates: [], problems };
  const parsed = await parseCloudsConfig(clouds, secure);
  return { files, candidates: parsed.candidates, problems: [...problems, ...parsed.problems] };
}
