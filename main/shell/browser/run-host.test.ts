import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { runBrowserHost, type RunningHost } from './run-host.js';

const renderer = mkdtempSync(join(tmpdir(), 'nd-run-renderer-'));
writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><title>Novadesk</title></head><body></body></html>');
writeFileSync(join(renderer, 'bridge.js'), '');

/**
 * A stand-in Chromium: records its argv and environment (what /proc/<pid>/cmdline and
 * /proc/<pid>/environ show every local user, the latter to root and the owner), copies the
 * page its --app= points at (as Chromium would load it), then stays open like a window.
 */
function standInChromium(): { path: string; record: string } {
  const record = mkdtempSync(join(tmpdir(), 'nd-chromium-record-'));
  const path = join(record, 'chromium');
  writeFileSync(
    path,
    `#!/bin/sh
: > '${record}/argv'
for a in "$@"; do printf '%s\\n' "$a" >> '${record}/argv'; case "$a" in --app=file://*) cp "\${a#--app=file://}" '${record}/page.html';; esac; done
env > '${record}/env'
touch '${record}/done'
exec sleep 60
`,
  );
  chmodSync(path, 0o755);
  return { path, record };
}

async function redeem(url: string): Promise<{ status: number; cookie?: string }> {
  const r = await request(url);
  await r.body.dump();
  const setCookie = r.headers['set-cookie'];
  return { status: r.statusCode, ...(setCookie ? { cookie: String(setCookie).split(';')[0]! } : {}) };
}

let running: RunningHost | undefined;
afterEach(async () => {
  await running?.shutdown();
  running = undefined;
});

const base = () => ({ dataDir: mkdtempSync(join(tmpdir(), 'nd-run-data-')), rendererDir: renderer, bridgeFile: join(renderer, 'bridge.js') });

/** A host whose app is held back until `release()`, and a session signed in meanwhile. */
async function signedInWhileAppHeld() {
  const lines: string[] = [];
  const { createApp } = await import('../../app.js');
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const starting = runBrowserHost({
    ...base(),
    print: (l) => lines.push(l),
    createApp: async (o) => {
      await released;
      return createApp(o);
    },
  });
  const linkIn = () => /(http:\/\/127\.0\.0\.1:\d+\/launch\?code=[\w-]+)/.exec(lines.join('\n'))?.[1];
  await expect.poll(linkIn).toBeDefined();
  const { cookie } = await redeem(linkIn()!);
  return { origin: new URL(linkIn()!).origin, cookie: cookie!, release, starting };
}

describe('starting the browser host with Chromium', () => {
  it('puts no launch code in the argv or environment of Chromium; the code works once and not late', async () => {
    const chromium = standInChromium();
    let now = Date.now();
    running = await runBrowserHost({ ...base(), chromium: chromium.path, now: () => now, print: () => undefined });
    const page = running.launchPage!;
    // only we can read the page: 0600 in a fresh 0700 folder
    expect(statSync(page.dir).mode & 0o777).toBe(0o700);
    expect(statSync(fileURLToPath(page.fileUrl)).mode & 0o777).toBe(0o600);
    await expect.poll(() => existsSync(join(chromium.record, 'done')), { timeout: 10_000 }).toBe(true);

    const argv = readFileSync(join(chromium.record, 'argv'), 'utf8');
    const env = readFileSync(join(chromium.record, 'env'), 'utf8');
    for (const text of [argv, env]) expect(text).not.toMatch(/launch\?code=/);
    expect(argv).toContain(`--app=${page.fileUrl}`);
    // what Chromium loads sends it on to the launch link, whose code is nowhere in argv or env
    const html = readFileSync(join(chromium.record, 'page.html'), 'utf8');
    const link = /url=(http:\/\/127\.0\.0\.1:\d+\/launch\?code=[\w-]+)/.exec(html)?.[1];
    expect(link).toBeDefined();
    const code = new URL(link!).searchParams.get('code')!;
    expect(code.length).toBeGreaterThanOrEqual(32);
    for (const text of [argv, env]) expect(text).not.toContain(code);

    const first = await redeem(link!);
    expect(first.status).toBe(200);
    expect(first.cookie).toMatch(/^novadesk_session=/);
    // redeemed: the page and its folder are gone
    expect(existsSync(page.dir)).toBe(false);
    expect((await redeem(link!)).status).toBe(403);

    const late = running.host.issueLaunchUrl();
    now += 30_001;
    expect((await redeem(late)).status).toBe(403);

    const profileDir = running.window!.profileDir;
    await running.shutdown();
    expect(existsSync(profileDir)).toBe(false);
  });

  it('removes an unredeemed launch page at exit', async () => {
    const chromium = standInChromium();
    running = await runBrowserHost({ ...base(), chromium: chromium.path, print: () => undefined });
    const dir = running.launchPage!.dir;
    expect(existsSync(dir)).toBe(true);
    await running.shutdown();
    expect(existsSync(dir)).toBe(false);
  });
});

describe('starting the browser host without Chromium (--no-open)', () => {
  it('prints a link, and a fresh one for each line read; a new link retires the last', async () => {
    const lines: string[] = [];
    const stdin = new PassThrough();
    running = await runBrowserHost({ ...base(), linkRequests: stdin, print: (l) => lines.push(l) });
    const links = () => lines.flatMap((l) => /(http:\/\/127\.0\.0\.1:\d+\/launch\?code=[\w-]+)/.exec(l)?.[1] ?? []);
    expect(links()).toHaveLength(1);
    stdin.write('\n');
    await expect.poll(() => links().length).toBe(2);
    const [first, second] = links();
    expect(first).not.toBe(second);
    expect((await redeem(first!)).status).toBe(403);
    expect((await redeem(second!)).status).toBe(200);
  });

  it('a host that cannot listen rejects before it loads the app', async () => {
    const occupied = await runBrowserHost({ ...base(), print: () => undefined });
    try {
      let created = false;
      const failing = runBrowserHost({
        ...base(),
        port: occupied.host.port,
        print: () => undefined,
        createApp: async () => {
          created = true;
          throw new Error('not wanted');
        },
      });
      await expect(failing).rejects.toThrow(/EADDRINUSE/);
      expect(created).toBe(false);
    } finally {
      await occupied.shutdown();
    }
  });

  it('prints its link before the app is up; a call made meanwhile waits for the app and gets its answer', async () => {
    const { origin, cookie, release, starting } = await signedInWhileAppHeld();
    let answered = false;
    const call = request(`${origin}/ipc/profiles.list`, { method: 'POST', headers: { cookie, origin, 'content-type': 'application/json' }, body: '{}' }).then(async (r) => {
      answered = true;
      return { status: r.statusCode, body: (await r.body.json()) as { ok: boolean; value?: unknown[] } };
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(answered).toBe(false);
    release();
    running = await starting;
    const r = await call;
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, value: [] });
  });

  it('events the app sends reach a window that subscribed while it was loading', async () => {
    const { origin, cookie, release, starting } = await signedInWhileAppHeld();
    const stream = await request(`${origin}/events`, { headers: { cookie, origin } });
    let received = '';
    stream.body.on('data', (d: Buffer) => (received += d.toString()));
    release();
    running = await starting;
    running.app.events.emit('profiles.changed', { id: 'p-test', kind: 'added' });
    await expect.poll(() => received, { timeout: 5_000 }).toContain('p-test');
    stream.body.destroy();
  });

  it('an app that cannot start closes the host and the window, and rejects', async () => {
    const chromium = standInChromium();
    const failing = runBrowserHost({
      ...base(),
      chromium: chromium.path,
      print: () => undefined,
      createApp: async () => {
        // fails once the window is open: Chromium starts while the app loads
        await expect.poll(() => existsSync(join(chromium.record, 'done')), { timeout: 10_000 }).toBe(true);
        throw new Error('profiles folder unreadable');
      },
    });
    await expect(failing).rejects.toThrow(/profiles folder unreadable/);
    // the launch page Chromium was given is gone with it
    const page = /--app=file:\/\/(.*)/.exec(readFileSync(join(chromium.record, 'argv'), 'utf8'))![1]!;
    expect(existsSync(page)).toBe(false);
  });
});
