// Where the Electron binary is, found WITHOUT loading the `electron` package: its index.js
// downloads the binary when it is missing (printing "Downloading Electron binary..."), and
// nothing here may ever start a download. We read what its install step leaves instead:
// node_modules/electron/path.txt names the binary inside node_modules/electron/dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const shown = (p) => relative(process.cwd(), p) || p;

/**
 * @param {string} [electronDir] the electron package's folder (default: ./node_modules/electron)
 * @returns {{ path: string, why?: undefined } | { path?: undefined, why: string }}
 *   the binary, or one line saying why there is none
 */
export function findElectronBinary(electronDir = join(process.cwd(), 'node_modules', 'electron')) {
  const pathFile = join(electronDir, 'path.txt');
  // ELECTRON_OVERRIDE_DIST_PATH is the electron package's own way to point at a binary elsewhere
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  if (!existsSync(electronDir)) return { why: `the electron package is not installed (${shown(electronDir)} is absent)` };
  if (!existsSync(pathFile) && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const missing = existsSync(distDir) ? pathFile : distDir;
    return { why: `no Electron binary (${shown(missing)} is absent: the electron package's download did not run, and Novadesk never starts it)` };
  }
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = join(distDir, name);
  if (!existsSync(binary)) return { why: `no Electron binary (${shown(binary)} is absent, and Novadesk never downloads one)` };
  return { path: binary };
}
