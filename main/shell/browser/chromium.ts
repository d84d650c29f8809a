import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Flags that keep Debian's Chromium quiet on a closed network (research/toolchain.md). */
export const CHROMIUM_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--test-type',
];

export function findChromium(explicit?: string): string | undefined {
  const candidates = [explicit, process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c): c is string => Boolean(c && existsSync(c)));
}

/** Opens the app in its own Chromium window (`--app=`), with a throwaway profile. */
export function openAppWindow(chromium: string, url: string, extraFlags: string[] = []): ChildProcess {
  const profileDir = mkdtempSync(join(tmpdir(), 'novadesk-chromium-'));
  const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return spawn(chromium, [...CHROMIUM_FLAGS, ...asRoot, ...extraFlags, `--user-data-dir=${profileDir}`, `--app=${url}`], {
    stdio: 'ignore',
    detached: false,
  });
}
