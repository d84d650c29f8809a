import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The Electron download is impossible on these machines, so electron-builder packs with a
// stand-in Electron folder. The stand-in "binary" carries a real fuse wire (sentinel, version,
// length, one byte per fuse) so that electron-builder's fuse flipping runs for real.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// @electron/fuses' FuseState: the ASCII digit of each fuse's byte
const ENABLE = '1'.charCodeAt(0);
const DISABLE = '0'.charCodeAt(0);
// One byte per fuse up to the last one electron-builder's config sets
// (FuseV1Options.GrantFileProtocolExtraPrivileges = 7): a shorter wire makes the flip throw.
const FUSE_COUNT = Math.max(...Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number')) + 1;
const standIn = mkdtempSync(join(tmpdir(), 'nd-electron-'));
const out = mkdtempSync(join(tmpdir(), 'nd-release-'));
const unpacked = join(out, 'linux-unpacked');
const appDir = mkdtempSync(join(tmpdir(), 'nd-app-'));
let files: string[] = [];

beforeAll(() => {
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, FUSE_COUNT]), Buffer.from('1'.repeat(FUSE_COUNT))]);
  writeFileSync(join(standIn, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# '), wire, Buffer.from('\necho stand-in\n')]));
  chmodSync(join(standIn, 'electron'), 0o755);
  writeFileSync(join(standIn, 'version'), '45.5.0');
  writeFileSync(join(standIn, 'LICENSE'), '');
  writeFileSync(join(standIn, 'LICENSES.chromium.html'), '');
  if (!existsSync('dist/main/shell/electron/main.js') || !existsSync('dist/preload/preload.cjs') || !existsSync('dist/renderer/index.html')) {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  } else if (staleMainOutputs().length > 0) {
    // the import graph checked below is dist/main's: an old build would check old code
    buildMain();
  }
  execFileSync('npx', ['electron-builder', '--dir', '--linux', `-c.electronDist=${standIn}`, `-c.directories.output=${out}`], {
    stdio: 'pipe',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
  extractAll(join(unpacked, 'resources', 'app.asar'), appDir);
}, 180_000);

afterAll(() => {
  rmSync(standIn, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
});

/** Sources of dist/main and dist/shared (tsconfig.main.json) whose .js is missing or older. */
function staleMainOutputs(): string[] {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const p = join(dir, d.name);
      if (d.isDirectory()) return p === join('main', 'shell', 'browser', 'client') ? [] : sources(p);
      return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') && p !== join('main', 'shell', 'electron', 'preload.ts') ? [p] : [];
    });
  return ['main', 'shared'].flatMap(sources).filter((ts) => {
    const js = join('dist', ts.replace(/\.ts$/, '.js'));
    return !existsSync(js) || statSync(js).mtimeMs < statSync(ts).mtimeMs;
  });
}

function buildMain(): void {
  try {
    execFileSync('npm', ['run', '--silent', 'build:main'], { stdio: 'pipe' });
  } catch (e) {
    // exit 2: type errors, files emitted all the same; the typecheck step reports those
    if ((e as { status?: number }).status !== 2) throw e;
  }
}

/** What `import { … } from 'electron'` may name: electron.d.ts's CrossProcessExports (types only, no binary). */
function electronExportNames(): string[] {
  const dts = readFileSync('node_modules/electron/electron.d.ts', 'utf8');
  const block = /namespace CrossProcessExports \{([\s\S]*?)\n {2}\}/.exec(dts)?.[1] ?? '';
  return [...block.matchAll(/^ {4}(?:const|class) (\w+)\b/gm)].map((m) => m[1]!);
}

interface ImportGraph {
  linked: boolean;
  stoppedAt?: string;
  error?: string;
  modules: string[];
}

/** Imports the packaged entry (package.json "main") from the unpacked app, electron stubbed. */
function importPackagedMain(): ImportGraph {
  const main = (JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { main: string }).main;
  const names = electronExportNames();
  expect(names).toContain('app');
  const stdout = execFileSync(process.execPath, [fileURLToPath(new URL('./import-graph.mjs', import.meta.url)), appDir, main, names.join(',')], {
    encoding: 'utf8',
    cwd: appDir,
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: 60_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ImportGraph;
}

describe('electron-builder packs what runs, and nothing else', () => {
  it('has the built main, the one-file preload and the renderer', () => {
    expect(files).toContain('/dist/main/shell/electron/main.js');
    expect(files).toContain('/dist/main/app.js');
    expect(files).toContain('/dist/preload/preload.cjs');
    expect(files).toContain('/dist/renderer/index.html');
    expect(files.some((f) => f.startsWith('/dist/renderer/assets/') && f.endsWith('.js'))).toBe(true);
  });

  it('has the production dependencies', () => {
    for (const dep of ['undici', 'zod', 'yaml', 'conf']) {
      expect(files).toContain(`/node_modules/${dep}/package.json`);
    }
  });

  it('has no tests, e2e fixtures, sources or dev-only packages', () => {
    expect(files.filter((f) => /\.test\.|\.int\.test\./.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('/e2e/') || f.startsWith('/main/') || f.startsWith('/renderer/') || f.startsWith('/scripts/'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('/node_modules/'))).toEqual([]);
    for (const dev of ['vitest', 'electron', 'electron-builder', '@playwright/test', 'typescript', 'react', 'vite', 'eslint']) {
      expect(files).not.toContain(`/node_modules/${dev}/package.json`);
    }
    expect(files.some((f) => f.startsWith('/dist/main/shell/browser/'))).toBe(false);
  });

  it('can load the packaged main.js: every module it imports, transitively, is in the package', () => {
    const graph = importPackagedMain();
    expect(graph.error).toBeUndefined();
    expect(graph.linked).toBe(true);
    // it ran up to its first use of electron, so every import was found and evaluated
    expect(graph.stoppedAt).toBeDefined();
    const inApp = graph.modules.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u).slice(appDir.length));
    expect(inApp).toContain('/dist/main/app.js');
    expect(inApp).toContain('/dist/main/shell/csp.js');
    expect(inApp.some((f) => f.startsWith('/node_modules/zod/'))).toBe(true);
    expect(inApp.filter((f) => f.startsWith('/dist/main/shell/browser/'))).toEqual([]);
  }, 60_000);

  it('turns off run-as-node, NODE_OPTIONS and inspect flags with fuses', async () => {
    const fuses = await getCurrentFuseWire(join(unpacked, 'novadesk'));
    expect(fuses[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
  });

  it('gives file:// pages no extra privileges (the app is served from app://)', async () => {
    const fuses = await getCurrentFuseWire(join(unpacked, 'novadesk'));
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
  });
});
