import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppWindow } from './chromium.js';

// A stand-in Chromium: writes something into its --user-data-dir (as Chromium fills its
// profile), records its arguments, then exits or waits.
function standIn(behaviour: 'exit' | 'wait'): { path: string; argvFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nd-fake-chromium-'));
  const argvFile = join(dir, 'argv');
  const path = join(dir, 'chromium');
  writeFileSync(
    path,
    `#!/bin/sh
printf '%s\\n' "$@" > '${argvFile}'
for a in "$@"; do case "$a" in --user-data-dir=*) d="\${a#--user-data-dir=}"; mkdir -p "$d/Default"; echo cookie > "$d/Default/Cookies";; esac; done
${behaviour === 'wait' ? 'exec sleep 60' : 'exit 0'}
`,
  );
  chmodSync(path, 0o755);
  return { path, argvFile };
}

describe('the Chromium window', () => {
  it('removes its throwaway profile folder when Chromium exits', async () => {
    const fake = standIn('exit');
    const win = openAppWindow(fake.path, 'file:///nowhere/launch.html');
    await win.exited;
    expect(readFileSync(fake.argvFile, 'utf8')).toContain(`--user-data-dir=${win.profileDir}`);
    expect(existsSync(win.profileDir)).toBe(false);
  });

  it('on close (host shutdown) ends Chromium and removes the folder', async () => {
    const fake = standIn('wait');
    const win = openAppWindow(fake.path, 'file:///nowhere/launch.html');
    await expect.poll(() => existsSync(join(win.profileDir, 'Default', 'Cookies'))).toBe(true);
    await win.close();
    expect(win.child.exitCode !== null || win.child.signalCode !== null).toBe(true);
    expect(existsSync(win.profileDir)).toBe(false);
  });

  it('removes the folder when Chromium cannot be started at all', async () => {
    const win = openAppWindow(join(tmpdir(), 'nd-no-such-chromium'), 'file:///nowhere/launch.html');
    await win.exited;
    expect(existsSync(win.profileDir)).toBe(false);
  });
});
