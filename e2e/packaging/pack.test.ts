import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The Electron download is impossible on these machines, so electron-builder packs with a
// stand-in Electron folder. The stand-in "binary" carries a real fuse wire (sentinel, version,
// length, one byte per fuse) so that electron-builder's fuse flipping runs for real.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// @electron/fuses' FuseState: the ASCII digit of each fuse's byte
const ENABLE = '1'.charCodeAt(0);
const DISABLE = '0'.charCodeAt(0);
const standIn = mkdtempSync(join(tmpdir(), 'nd-electron-'));
const out = mkdtempSync(join(tmpdir(), 'nd-release-'));
const unpacked = join(out, 'linux-unpacked');
let files: string[] = [];

beforeAll(() => {
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('11111111')]);
  writeFileSync(join(standIn, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# '), wire, Buffer.from('\necho stand-in\n')]));
  chmodSync(join(standIn, 'electron'), 0o755);
  writeFileSync(join(standIn, 'version'), '45.5.0');
  writeFileSync(join(standIn, 'LICENSE'), '');
  writeFileSync(join(standIn, 'LICENSES.chromium.html'), '');
  if (!existsSync('dist/main/shell/electron/main.js') || !existsSync('dist/preload/preload.cjs') || !existsSync('dist/renderer/index.html')) {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  }
  execFileSync('npx', ['electron-builder', '--dir', '--linux', `-c.electronDist=${standIn}`, `-c.directories.output=${out}`], {
    stdio: 'pipe',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
}, 180_000);

afterAll(() => {
  rmSync(standIn, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

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

  it('turns off run-as-node, NODE_OPTIONS and inspect flags with fuses', async () => {
    const fuses = await getCurrentFuseWire(join(unpacked, 'novadesk'));
    expect(fuses[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
  });
});
