import { statSync } from 'node:fs';
import type { ImportProblem } from '../../shared/schemas/profile.js';
import { FileRefused, MIB, readRegularFile } from './bounded-file.js';
import { findCloudsFiles, type FoundFiles, type SearchContext } from './clouds-yaml-search.js';
import { parseCloudsConfig, type CloudsSource, type ParsedClouds } from './clouds-yaml-parse.js';

/** Larger than any real clouds.yaml by far; refuses to load a mis-pointed multi-GB file. */
const MAX_BYTES = MIB;

async function load(path: string, problems: ImportProblem[]): Promise<CloudsSource | undefined> {
  try {
    return { path, text: (await readRegularFile(path, MAX_BYTES)).toString('utf8') };
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    problems.push({ file: path, message: `${path} ${e.message}; not read` });
    return undefined;
  }
}

/** What is wrong with a path an environment variable names, if anything (the search skips it silently). */
function namedFileProblem(key: string, path: string): string | undefined {
  let s;
  try {
    s = statSync(path);
  } catch {
    return `${key} names ${path}, which does not exist`;
  }
  return s.isFile() ? undefined : `${key} names ${path}, which is not a regular file${s.isDirectory() ? ' (a directory)' : ''}`;
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
    const problem = named ? namedFileProblem(key, named) : undefined;
    if (named && problem) problems.push({ file: named, message: problem });
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
