import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../events.js';
import type { Router } from '../../ipc/router.js';
import { startBrowserHost, type BrowserHost } from './host.js';
import { SESSION_COOKIE } from './security.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-host-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
writeFileSync(join(dir, 'bridge.js'), 'window.bridge = 1;');
writeFileSync(join(tmpdir(), 'nd-outside.txt'), 'outside');

const dispatched: unknown[] = [];
const router: Router = {
  async dispatch(channel, input) {
    dispatched.push({ channel, input });
    return { ok: true, value: { channel, input } };
  },
};
const events = new EventBus();
let host: BrowserHost;
let cookie: string;

async function get(path: string, headers: Record<string, string> = {}) {
  return request(`${host.origin}${path}`, { headers: { cookie, ...headers } });
}

let launchUrl: string;

/** Redeems a launch link as the browser would; the session cookie, or the refusal's status. */
async function redeem(url: string): Promise<{ status: number; cookie?: string; body: string }> {
  const r = await request(url);
  const setCookie = r.headers['set-cookie'];
  return { status: r.statusCode, body: await r.body.text(), ...(setCookie ? { cookie: String(setCookie) } : {}) };
}

beforeAll(async () => {
  host = await startBrowserHost({ router, events, rendererDir: dir, bridgeFile: join(dir, 'bridge.js') });
  launchUrl = host.issueLaunchUrl();
  const launch = await redeem(launchUrl);
  expect(launch.status).toBe(200);
  // a page that moves on to / itself (same-site, so the Strict cookie goes along)
  expect(launch.body).toMatch(/<meta http-equiv="refresh" content="0; url=\/">/);
  expect(launch.cookie).toMatch(/HttpOnly; SameSite=Strict/);
  cookie = launch.cookie!.split(';')[0]!;
});
afterAll(() => host.close());

describe('browser host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('the launch link works once', async () => {
    expect((await redeem(launchUrl)).status).toBe(403);
  });

  it('a launch link issued later retires the earlier unused one', async () => {
    const first = host.issueLaunchUrl();
    const second = host.issueLaunchUrl();
    expect((await redeem(first)).status).toBe(403);
    expect((await redeem(second)).status).toBe(200);
  });

  it('refuses requests without the session cookie', async () => {
    const r = await request(`${host.origin}/`);
    expect(r.statusCode).toBe(401);
    const ipc = await request(`${host.origin}/ipc/flavors.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(ipc.statusCode).toBe(401);
    await Promise.all([r.body.dump(), ipc.body.dump()]);
    expect(dispatched).toHaveLength(0);
  });

  it('refuses a foreign Origin or Host even with the cookie (CSRF, DNS rebinding)', async () => {
    const foreign = await request(`${host.origin}/ipc/flavors.list`, {
      method: 'POST',
      headers: { cookie, origin: 'http://evil.example', 'content-type': 'application/json' },
      body: '{"cloud":"a"}',
    });
    expect(foreign.statusCode).toBe(403);
    const rebound = await get('/', { host: `evil.example:${host.port}` });
    expect(rebound.statusCode).toBe(403);
    await Promise.all([foreign.body.dump(), rebound.body.dump()]);
    expect(dispatched).toHaveLength(0);
  });

  it('serves the renderer with the bridge injected and a strict CSP', async () => {
    const r = await get('/');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(await r.body.text()).toContain('<script src="/novadesk-bridge.js"></script>');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../nd-outside.txt', '/%2e%2e/nd-outside.txt', '/..%2fnd-outside.txt']) {
      const r = await get(path);
      expect([403, 404]).toContain(r.statusCode);
      expect(await r.body.text()).not.toContain('outside');
    }
  });

  it('passes IPC to the router and returns its envelope', async () => {
    const r = await request(`${host.origin}/ipc/flavors.list`, {
      method: 'POST',
      headers: { cookie, origin: host.origin, 'content-type': 'application/json' },
      body: '{"cloud":"local-demo"}',
    });
    expect(await r.body.json()).toEqual({ ok: true, value: { channel: 'flavors.list', input: { cloud: 'local-demo' } } });
  });

  it('refuses non-JSON and oversized bodies before the router', async () => {
    const before = dispatched.length;
    const form = await request(`${host.origin}/ipc/flavors.list`, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'cloud=a' });
    expect(form.statusCode).toBe(415);
    const big = await request(`${host.origin}/ipc/flavors.list`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ cloud: 'x'.repeat(17 * 1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    await Promise.all([form.body.dump(), big.body.dump()]);
    expect(dispatched.length).toBe(before);
  });

  it('pushes events to the page over server-sent events', async () => {
    const r = await get('/events');
    const reader = r.body[Symbol.asyncIterator]();
    await reader.next(); // ": connected"
    events.emit('log.entry', { seq: 1, at: 'now', method: 'GET', url: 'http://x', service: 'compute', elapsedMs: 1, attempt: 1 });
    const chunk = String((await reader.next()).value);
    expect(chunk).toContain('event: log.entry');
    expect(chunk).toContain('"service":"compute"');
    r.body.destroy();
  });

  it('the session secret never appears in what the page can read', async () => {
    const secret = cookie.slice(SESSION_COOKIE.length + 1);
    const page = await (await get('/')).body.text();
    const bridge = await (await get('/novadesk-bridge.js')).body.text();
    expect(page + bridge).not.toContain(secret);
    expect(launchUrl).not.toContain(secret);
  });
});

// Requests a page of another origin can make without a CORS preflight (a form, a no-cors or
// simple fetch, an EventSource): only the host's own checks stand between them and the router.
// A page on 127.0.0.1 at another port is same-site, so the SameSite=Strict cookie rides along.
describe('simple cross-origin requests (item 15)', () => {
  const foreign = 'http://127.0.0.1:1';

  it('a foreign Origin with a valid cookie is refused with 403, whatever the request', async () => {
    const before = dispatched.length;
    const streamsBefore = host.openStreams();
    const form = await request(`${host.origin}/ipc/profiles.list`, {
      method: 'POST',
      headers: { cookie, origin: foreign, 'content-type': 'text/plain;charset=UTF-8' },
      body: '{}',
    });
    const stream = await get('/events', { origin: foreign });
    const page = await get('/', { origin: foreign });
    expect([form.statusCode, stream.statusCode, page.statusCode]).toEqual([403, 403, 403]);
    await Promise.all([form.body.dump(), stream.body.dump(), page.body.dump()]);
    expect(host.openStreams()).toBeLessThanOrEqual(streamsBefore);
    expect(dispatched.length).toBe(before);
  });

  it('a same-site no-cors GET (no Origin, Fetch Metadata says same-site) with a valid cookie is refused with 403', async () => {
    const streamsBefore = host.openStreams();
    const stream = await get('/events', { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors' });
    const page = await get('/', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' });
    expect([stream.statusCode, page.statusCode]).toEqual([403, 403]);
    await Promise.all([stream.body.dump(), page.body.dump()]);
    expect(host.openStreams()).toBeLessThanOrEqual(streamsBefore);
    // our own pages and what the user opens are served
    const own = await get('/', { 'sec-fetch-site': 'same-origin' });
    const typed = await get('/', { 'sec-fetch-site': 'none' });
    expect([own.statusCode, typed.statusCode]).toEqual([200, 200]);
    await Promise.all([own.body.dump(), typed.body.dump()]);
  });

  it('our own Origin without the cookie is refused with 401', async () => {
    const before = dispatched.length;
    const ipc = await request(`${host.origin}/ipc/profiles.list`, {
      method: 'POST',
      headers: { origin: host.origin, 'content-type': 'application/json' },
      body: '{}',
    });
    const stream = await request(`${host.origin}/events`, { headers: { origin: host.origin } });
    const page = await request(`${host.origin}/`, { headers: { origin: host.origin } });
    expect([ipc.statusCode, stream.statusCode, page.statusCode]).toEqual([401, 401, 401]);
    await Promise.all([ipc.body.dump(), stream.body.dump(), page.body.dump()]);
    expect(dispatched.length).toBe(before);
  });
});
