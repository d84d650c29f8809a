/**
 * The one-shot scripts are bundled once per run with esbuild into single .mjs files, and run
 * with plain `node`. Running them through `node --import tsx` would add tsx's loader hook
 * and per-file TypeScript transform to every cold start, a cost the shipped app (bundled
 * JS) never pays; B1 reports that variant alongside so the difference stays visible.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export interface Bundles {
  dir: string;
  path: (entry: string) => string;
  dispose: () => Promise<void>;
}

export async function bundle(entries: string[]): Promise<Bundles> {
  const dir = await mkdtemp(join(tmpdir(), 'novadesk-bench-'));
  await build({
    entryPoints: entries.map((e) => `bench/${e}.ts`),
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // undici and yaml are CommonJS and call require() for Node builtins, which ESM lacks
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return { dir, path: (entry) => join(dir, `${entry}.mjs`), dispose: () => rm(dir, { recursive: true, force: true }) };
}
