import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../events.js';
import type { Router } from '../../ipc/router.js';
import { startBrowserHost, type BrowserHost } from './host.js';

// The host with its default peer check: on Linux only connections of our own uid are served.
const dir = mkdtempSync(join(tmpdir(), 'nd-host-peer-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
writeFileSync(join(dir, 'bridge.js'), '');
const dispatched: string[] = [];
const router: Router = {
  async dispatch(channel) {
    dispatched.push(String(channel));
    return { ok: true, value: null };
  },
};
let host: BrowserHost;
beforeAll(async () => {
  host = await startBrowserHost({ router, events: new EventBus(), rendererDir: dir, bridgeFile: join(dir, 'bridge.js') });
});
afterAll(() => host.close());

describe.runIf(process.platform === 'linux')('peer uid check', () => {
  it('serves a connection from our own uid', async () => {
    const r = await request(host.issueLaunchUrl());
    expect(r.statusCode).toBe(200);
    await r.body.dump();
  });

  // Another user needs a second uid: as root, setpriv (util-linux) runs curl as nobody. As a
  // normal user there is no other uid to become, so the case cannot be made and is skipped.
  const canSwitch = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv') && existsSync('/usr/bin/curl');
  it.runIf(canSwitch)("refuses another local user, who cannot spend the user's launch code", async () => {
    const link = host.issueLaunchUrl();
    const { stdout } = await promisify(execFile)(
      '/usr/bin/setpriv',
      ['--reuid=nobody', '--regid=nogroup', '--clear-groups', '/usr/bin/curl', '-s', '-D', '-', '-o', '/dev/null', link],
      { timeout: 20_000 },
    );
    expect(stdout).toMatch(/^HTTP\/1\.1 403/);
    expect(stdout.toLowerCase()).not.toContain('set-cookie');
    // the refused attempt spent nothing: the real user's window still gets in
    const mine = await request(link);
    expect(mine.statusCode).toBe(200);
    await mine.body.dump();
  });

  it.runIf(canSwitch)('refuses another local user on every path, not only /launch', async () => {
    const { stdout } = await promisify(execFile)(
      '/usr/bin/setpriv',
      ['--reuid=nobody', '--regid=nogroup', '--clear-groups', '/usr/bin/curl', '-s', '-o', '/dev/null', '-o', '/dev/null', '-w', '%{http_code}\\n', `${host.origin}/`, `${host.origin}/events`],
      { timeout: 20_000 },
    );
    expect(stdout.trim().split('\n')).toEqual(['403', '403']);
    expect(dispatched).toEqual([]);
  });
});
