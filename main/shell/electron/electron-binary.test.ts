import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../scripts/electron-binary.mjs';

// The helper reads node_modules/electron/path.txt and dist/; it never loads the package,
// whose index.js would download a missing binary.
let dir: string;
const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nd-electron-pkg-'));
  delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (override === undefined) delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
  else process.env.ELECTRON_OVERRIDE_DIST_PATH = override;
});

// the electron package as npm leaves it, before its install step fetched anything; its
// index.js is booby-trapped: loading it would be the download path
function electronPackage(): string {
  const pkg = join(dir, 'node_modules', 'electron');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0', main: 'index.js' }));
  writeFileSync(join(pkg, 'index.js'), "throw new Error('the electron module was loaded');\n");
  return pkg;
}

function binary(pkg: string, name: string): string {
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  const bin = join(pkg, 'dist', name);
  writeFileSync(bin, '#!/bin/sh\n');
  chmodSync(bin, 0o755);
  return bin;
}

describe('findElectronBinary', () => {
  it('says the package is not installed when node_modules/electron is absent', () => {
    const found = findElectronBinary(join(dir, 'node_modules', 'electron'));
    expect(found.path).toBeUndefined();
    expect(found.why).toMatch(/electron package is not installed/);
  });

  it('says dist is absent when the download never ran (no path.txt)', () => {
    const pkg = electronPackage();
    const found = findElectronBinary(pkg);
    expect(found.path).toBeUndefined();
    expect(found.why).toMatch(/^no Electron binary \(.*node_modules\/electron\/dist is absent/);
  });

  it('says which file is missing when path.txt names a binary that is not there', () => {
    const pkg = electronPackage();
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    mkdirSync(join(pkg, 'dist'));
    const found = findElectronBinary(pkg);
    expect(found.path).toBeUndefined();
    expect(found.why).toMatch(/node_modules\/electron\/dist\/electron is absent/);
  });

  it('finds the binary path.txt names, as the package would', () => {
    const pkg = electronPackage();
    writeFileSync(join(pkg, 'path.txt'), 'Electron.app/Contents/MacOS/Electron');
    mkdirSync(join(pkg, 'dist', 'Electron.app', 'Contents', 'MacOS'), { recursive: true });
    const bin = binary(pkg, 'Electron.app/Contents/MacOS/Electron');
    expect(findElectronBinary(pkg)).toEqual({ path: bin });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the package does', () => {
    const pkg = electronPackage();
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'electron'), '');
    process.env.ELECTRON_OVERRIDE_DIST_PATH = elsewhere;
    expect(findElectronBinary(pkg)).toEqual({ path: join(elsewhere, 'electron') });
  });
});
