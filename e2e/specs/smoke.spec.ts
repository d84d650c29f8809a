import type {} from '../../renderer/src/lib/api.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { writeLaunchPage } from '../../main/shell/browser/launch-page.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';

// The real app (browser host) in Debian's Chromium, against the real local cloud.
let app: RunningApp;
// Another local web server (a dev server, another app): same site as the host (127.0.0.1), so
// Chromium sends the host's SameSite=Strict cookie along with its pages' requests.
let foreign: Server;
let foreignOrigin: string;
test.beforeAll(async () => {
  app = await startNovadesk();
  foreign = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>another local site</title>'));
  await new Promise<void>((r) => foreign.listen(0, '127.0.0.1', r));
  foreignOrigin = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  foreign?.close();
  await app?.stop();
});

test('the renderer gets the bridge and reaches the real cloud through the router', async ({ page }) => {
  await app.open(page);
  await expect(page).toHaveTitle('Novadesk');
  const profiles = await page.evaluate(() => window.novadesk.invoke('profiles.list', {}));
  expect(profiles.ok).toBe(true);
  if (!profiles.ok) return;
  const demo = profiles.value.find((p) => p.name === 'local-demo');
  expect(demo?.hasSecret).toBe(true);
  // a profile carries the auth type "password", never a password field
  expect(JSON.stringify(profiles.value)).not.toMatch(/"(password|secret|token)":/);

  const flavors = await page.evaluate((cloud) => window.novadesk.invoke('flavors.list', { cloud }), demo!.id);
  expect(flavors.ok && flavors.value.map((f) => f.name)).toEqual(expect.arrayContaining(['m1.tiny', 'm1.small']));

  const bad = await page.evaluate(() => window.novadesk.invoke('nope.nothing' as never, {} as never));
  expect(bad).toMatchObject({ ok: false, error: { kind: 'validation', field: 'channel' } });
  await page.screenshot({ path: 'e2e/artifacts/smoke.png' });
});

test('the file:// launch page that `npm start` gives Chromium signs the window in', async ({ page }) => {
  // what cli.ts does: the link goes into a private page, Chromium gets the page's file:// URL
  const launchPage = writeLaunchPage(await app.launchLink());
  try {
    await page.goto(launchPage.fileUrl);
    await page.waitForURL(`${app.origin}/`);
    await expect(page).toHaveTitle('Novadesk');
    const profiles = await page.evaluate(() => window.novadesk.invoke('profiles.list', {}));
    expect(profiles.ok).toBe(true);
  } finally {
    launchPage.remove();
  }
});

/**
 * Runs `request` in `page`; returns the headers Chromium put on the wire (cookies included,
 * from the DevTools protocol's extra info) and the host's status, which the page cannot read.
 */
async function hostAnswer(page: Page, path: string, request: (url: string) => Promise<unknown>) {
  const url = `${app.origin}${path}`;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const ids = new Set<string>();
  const sent = new Map<string, Record<string, string>>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url === url) ids.add(e.requestId);
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (e) => sent.set(e.requestId, Object.fromEntries(Object.entries(e.headers).map(([k, v]) => [k.toLowerCase(), String(v)]))));
  const seen = page.waitForResponse((r) => r.url() === url);
  void page.evaluate(request, url).catch(() => undefined);
  const response = await seen;
  await expect.poll(() => [...ids].some((id) => sent.has(id))).toBe(true);
  const headers = sent.get([...ids].find((id) => sent.has(id))!)!;
  await cdp.detach();
  return { status: response.status(), headers };
}

test('a page of another local origin is refused by the host although its requests carry the session cookie', async ({ page }) => {
  await app.open(page);
  await page.goto(foreignOrigin);
  // no preflight for either: a text/plain POST (the Origin check answers) and a no-cors GET,
  // which carries no Origin (the Fetch Metadata check answers)
  const post = await hostAnswer(page, '/ipc/profiles.list', (url) => fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', body: '{}' }));
  expect(post.headers.cookie).toMatch(/novadesk_session=/);
  expect(post.headers.origin).toBe(foreignOrigin);
  expect(post.status).toBe(403);

  const stream = await hostAnswer(page, '/events', (url) => fetch(url, { mode: 'no-cors', credentials: 'include' }));
  expect(stream.headers.cookie).toMatch(/novadesk_session=/);
  expect(stream.headers.origin).toBeUndefined();
  expect(stream.status).toBe(403);
});

test('a page of our own origin without the session cookie is refused by the host', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const first = await page.goto(`${app.origin}/`);
    expect(first?.status()).toBe(401);
    const ipc = await page.evaluate(async () => {
      const r = await fetch('/ipc/profiles.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return r.status;
    });
    expect(ipc).toBe(401);
  } finally {
    await context.close();
  }
});
