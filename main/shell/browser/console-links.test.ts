import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../events.js';
import type { Router } from '../../ipc/router.js';
import { ConsoleLinks, CONSOLE_LINK_TTL_MS } from './console-links.js';
import { startBrowserHost, type BrowserHost } from './host.js';

const CONSOLE_URL = 'http://127.0.0.1:6080/vnc_lite.html?path=%3Ftoken%3D6a3c1e0b-5b8e-4b6e-9d0f-2c1f3a7d9e11';

describe('ConsoleLinks', () => {
  it('gives a link on the host with no trace of the URL, good once', () => {
    const links = new ConsoleLinks();
    const { link } = links.open({ url: CONSOLE_URL });
    expect(link).toMatch(/^\/console\/[A-Za-z0-9_-]{32}$/);
    const nonce = link.slice('/console/'.length);
    expect(links.redeem(nonce)).toBe(CONSOLE_URL);
    expect(links.redeem(nonce)).toBeUndefined();
  });

  it('keeps one link per console, and refuses an expired one', () => {
    let now = 0;
    const links = new ConsoleLinks(CONSOLE_LINK_TTL_MS, () => now);
    const a = links.open({ url: `${CONSOLE_URL}a` }).link.slice(9);
    const b = links.open({ url: `${CONSOLE_URL}b` }).link.slice(9);
    expect(links.size).toBe(2);
    now = CONSOLE_LINK_TTL_MS + 1;
    expect(links.redeem(a)).toBeUndefined();
    expect(links.size).toBe(0);
    expect(links.redeem(b)).toBeUndefined();
  });

  it('refuses a nonce it never gave', () => {
    const links = new ConsoleLinks();
    links.open({ url: CONSOLE_URL });
    expect(links.redeem('')).toBeUndefined();
    expect(links.redeem('x'.repeat(32))).toBeUndefined();
  });
});

describe('browser host /console/<nonce>', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-console-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  writeFileSync(join(dir, 'bridge.js'), '');
  const router: Router = { dispatch: async () => ({ ok: true, value: null }) };
  let now = 0;
  const links = new ConsoleLinks(CONSOLE_LINK_TTL_MS, () => now);
  let host: BrowserHost;
  let cookie: string;

  beforeAll(async () => {
    host = await startBrowserHost({ router, events: new EventBus(), rendererDir: dir, bridgeFile: join(dir, 'bridge.js'), consoleLinks: links });
    const launch = await request(host.issueLaunchUrl());
    await launch.body.dump();
    cookie = String(launch.headers['set-cookie']).split(';')[0]!;
  });
  afterAll(() => host.close());

  const open = async (link: string, withCookie = true) => {
    const r = await request(`${host.origin}${link}`, { headers: withCookie ? { cookie } : {} });
    const body = await r.body.text();
    return { status: r.statusCode, location: r.headers.location, referrer: r.headers['referrer-policy'], body };
  };

  it('redirects to the console once, telling the console page nothing of where it came from', async () => {
    const { link } = links.open({ url: CONSOLE_URL });
    const first = await open(link);
    expect(first).toMatchObject({ status: 302, location: CONSOLE_URL, referrer: 'no-referrer' });
    const second = await open(link);
    expect(second.status).toBe(410);
    expect(second.body).not.toContain('token');
  });

  it('refuses an expired link', async () => {
    now = 0;
    const { link } = links.open({ url: CONSOLE_URL });
    now = CONSOLE_LINK_TTL_MS + 1;
    expect((await open(link)).status).toBe(410);
  });

  it('asks for the session cookie first, and does not spend the link without it', async () => {
    now = 0;
    const { link } = links.open({ url: CONSOLE_URL });
    expect((await open(link, false)).status).toBe(401);
    expect((await open(link)).status).toBe(302);
  });
});
