import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// `npm start` (scripts/start.mjs) run from a throwaway project folder: a copy of the script and
// its helper, a built app reduced to a stand-in browser host, and an electron package whose
// index.js stands for the download path. The real package's index.js downloads a missing
// binary and this version's install.js ignores ELECTRON_SKIP_BINARY_DOWNLOAD, so the real one
// must never be reachable from here: the copy resolves `electron` inside the folder.
let project: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'nd-start-'));
  mkdirSync(join(project, 'scripts'));
  for (const f of ['start.mjs', 'electron-binary.mjs']) copyFileSync(join('scripts', f), join(project, 'scripts', f));
  mkdirSync(join(project, 'dist', 'main', 'shell', 'browser'), { recursive: true });
  writeFileSync(join(project, 'dist', 'main', 'app.js'), ''); // "built": start.mjs must not build
  // a long-running host, like the real one; it prints its pid so the test can end it
  writeFileSync(
    join(project, 'dist', 'main', 'shell', 'browser', 'cli.js'),
    "console.log('stand-in browser host pid ' + process.pid + ' args ' + JSON.stringify(process.argv.slice(2)));\nsetInterval(() => {}, 1000);\n",
  );
  const pkg = join(project, 'node_modules', 'electron');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0', main: 'index.js' }));
  writeFileSync(join(pkg, 'index.js'), "console.log('Downloading Electron binary... (stand-in: the electron module was loaded)');\nthrow new Error('fetch failed');\n");
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** Runs start.mjs until `lines` lines are out (or it exits, or 15 s), then ends it and its child by pid. */
async function start(lines: number): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NOVADESK_HOST;
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-open'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 15_000);
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split('\n').filter(Boolean).length >= lines) resolve();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', () => (clearTimeout(timer), resolve()));
  });
  for (const pid of [...out.matchAll(/stand-in \w+(?: host)? pid (\d+)/g)].map((m) => Number(m[1]))) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone with its parent
    }
  }
  if (child.pid !== undefined && child.exitCode === null) child.kill('SIGTERM');
  return out;
}

describe('npm start (scripts/start.mjs)', () => {
  it('without an Electron binary: one line saying why it starts the browser host, and no download', async () => {
    const out = await start(2);
    expect(out).not.toMatch(/Downloading Electron|fetch failed|electron module was loaded/);
    const lines = out.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^novadesk: starting the browser host: no Electron binary \(node_modules\/electron\/dist is absent/);
    expect(lines[1]).toMatch(/^stand-in browser host pid \d+ args \["--no-open"\]$/);
  });

  it('with an Electron binary: starts it on the project, without loading the electron module', async () => {
    const pkg = join(project, 'node_modules', 'electron');
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    mkdirSync(join(pkg, 'dist'));
    const bin = join(pkg, 'dist', 'electron');
    writeFileSync(bin, '#!/bin/sh\necho "stand-in electron pid $$ args $*"\nexec sleep 30\n');
    chmodSync(bin, 0o755);
    const out = await start(2);
    expect(out).not.toMatch(/Downloading Electron|electron module was loaded/);
    const lines = out.split('\n').filter(Boolean);
    expect(lines[0]).toBe(`novadesk: starting in Electron (${bin})`);
    expect(lines[1]).toMatch(/^stand-in electron pid \d+ args \. --no-open$/);
  });
});
