import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

export interface AppWindow {
  child: ChildProcess;
  /** the throwaway profile; gone once Chromium has exited */
  profileDir: string;
  /** resolves when Chromium has exited and its profile folder is removed */
  exited: Promise<void>;
  /** ends Chromium (SIGTERM, then SIGKILL after `graceMs`) and removes its profile folder */
  close(graceMs?: number): Promise<void>;
}

/**
 * Opens `url` in its own Chromium window (`--app=`), with a throwaway profile that is removed
 * when Chromium exits: it holds the session cookie and the page's storage. `url` is on the
 * command line, which every local user can read: give it a URL with no secret in it.
 */
export function openAppWindow(chromium: string, url: string, extraFlags: string[] = []): AppWindow {
  const profileDir = mkdtempSync(join(tmpdir(), 'novadesk-chromium-'));
  const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const child = spawn(chromium, [...CHROMIUM_FLAGS, ...asRoot, ...extraFlags, `--user-data-dir=${profileDir}`, `--app=${url}`], {
    stdio: 'ignore',
    detached: false,
  });
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true });
  const exited = new Promise<void>((resolve) => {
    const done = () => {
      removeProfile();
      resolve();
    };
    child.once('exit', done);
    // a Chromium that could not start at all (ENOENT, EACCES) emits 'error' and no 'exit'
    child.once('error', done);
  });
  return {
    child,
    profileDir,
    exited,
    async close(graceMs = 5_000) {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(killer);
      }
      removeProfile();
    },
  };
}
