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

beforeAll(async () => {
  host = await startBrowserHost({ router, events, rendererDir: dir, bridgeFile: join(dir, 'bridge.js') });
  const launch = await request(host.launchUrl);
  expect(launch.statusCode).toBe(302);
  const setCookie = String(launch.headers['set-cookie']);
  expect(setCookie).toMatch(/HttpOnly; SameSite=Strict/);
  cookie = setCookie.split(';')[0]!;
  await launch.body.dump();
});
afterAll(() => host.close());

describe('browser host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('the launch link works once', async () => {
    const again = await request(host.launchUrl);
    expect(again.statusCode).toBe(403);
    await again.body.dump();
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
    expect(host.launchUrl).not.toContain(secret);
  });
});
