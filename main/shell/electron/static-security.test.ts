import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A static look at the source: things that must never be written, wherever they hide.
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : sources(p);
    return /\.(ts|tsx|mjs|js|cjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const app = ['main', 'renderer/src', 'shared', 'scripts'].flatMap(sources);
const read = (p: string) => readFileSync(p, 'utf8');

describe('static security checks', () => {
  it('no source turns TLS verification off for the whole process', () => {
    const offenders = app.filter((p) => /NODE_TLS_REJECT_UNAUTHORIZED/.test(read(p)));
    expect(offenders).toEqual([]);
  });

  it('no BrowserWindow gets insecure webPreferences', () => {
    const insecure = [
      /nodeIntegration\s*:\s*true/,
      /contextIsolation\s*:\s*false/,
      /sandbox\s*:\s*false/,
      /webSecurity\s*:\s*false/,
      /webviewTag\s*:\s*true/,
      /allowRunningInsecureContent\s*:\s*true/,
      /experimentalFeatures\s*:\s*true/,
      /enableRemoteModule/,
    ];
    const offenders = app.flatMap((p) => insecure.filter((re) => re.test(read(p))).map((re) => `${p}: ${re}`));
    expect(offenders).toEqual([]);
  });

  it('every BrowserWindow takes the audited WEB_PREFERENCES', () => {
    for (const p of app.filter((f) => /new BrowserWindow\(/.test(read(f)))) {
      expect(read(p)).toMatch(/new BrowserWindow\(\{[^}]*webPreferences:\s*\{\s*\.\.\.WEB_PREFERENCES/);
    }
  });

  it('the preload never exposes ipcRenderer itself, only invoke, on and version', () => {
    const preload = read('main/shell/electron/preload.ts');
    const exposed = /exposeInMainWorld\('novadesk',\s*(\{[\s\S]*\})\);/.exec(preload)?.[1] ?? '';
    expect(exposed).not.toBe('');
    expect(exposed).not.toMatch(/ipcRenderer\s*[,}]/);
    expect(exposed).not.toMatch(/:\s*ipcRenderer\b/);
    expect(exposed).not.toMatch(/ipcRenderer\.(send|sendSync|invoke)\s*\)/);
    const keys = [...exposed.matchAll(/^\s{2}(\w+)\s*[(:]/gm)].map((m) => m[1]);
    expect(keys).toEqual(['invoke', 'on', 'version']);
  });

  it('the preload passes only the payload to listeners, never the IPC event', () => {
    expect(read('main/shell/electron/preload.ts')).toMatch(/callback\(payload\)/);
  });
});
