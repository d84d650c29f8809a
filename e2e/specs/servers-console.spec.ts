import { copyFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { RUN_PREFIX, clientFor } from '../support/local-cloud.js';
import { NANO, deleteServers, imageId } from '../support/server-fixtures.js';

// The remote console from the server's row menu, against the real Nova and its noVNC proxy:
// main asks Nova for the console, the browser host keeps its URL behind a one-time link, and
// the popup lands on noVNC connected to the local cloud's VNC server (1024x768).
const P = `${RUN_PREFIX}-console`;
const demo = clientFor('local-demo');
let serverId: string;
let app: RunningApp;
let page: Page;
let servers: ServersPage;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const created = await demo.servers.create({ name: P, imageRef: await imageId(demo), flavorRef: NANO, networks: 'none' });
  serverId = created.id as string;
  await demo.servers.waitFor(serverId, (s) => s.status === 'ACTIVE' && !s.taskState, { intervalMs: 1000, timeoutMs: 150_000 });
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  servers = new ServersPage(page);
  await servers.openOn(app, 'local-demo');
  await servers.quickFilter().fill(P);
  await expect(servers.row(P)).toContainText('Active', { timeout: 90_000 });
});

test.afterAll(async () => {
  try {
    await page?.close();
    await app?.stop();
    await deleteServers(demo, P);
  } finally {
    await demo.close();
  }
});

test('Open console from the row menu: noVNC connects in a popup; the app never holds the URL, and its link works once', async () => {
  test.setTimeout(120_000);
  const linkRequest = page.context().waitForEvent('request', (r) => new URL(r.url()).pathname.startsWith('/console/'));
  const popupOpened = page.waitForEvent('popup');
  await servers.rowAction(P, /^Open console/);
  const popup = await popupOpened;
  const link = (await linkRequest).url();

  await expect(popup.locator('#status')).toHaveText(/^Connected/, { timeout: 30_000 });
  const canvas = popup.locator('canvas');
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height]), { timeout: 15_000 }).toEqual([1024, 768]);

  // the lifetime, said for what it is: Nova's default, not something the cloud told us
  await expect(page.getByText(/opened in a new window; its link works for about 10 minutes \(Nova's default\), until \d{1,2}:\d{2}/)).toBeVisible();

  // the popup's URL carries the token; none of it is in the app's page
  const token = new URLSearchParams(new URL(popup.url()).searchParams.get('path')?.replace(/^[^?]*\?/, '') ?? '').get('token');
  expect(token).toBeTruthy();
  const appHtml = await page.content();
  expect(appHtml).not.toContain(token!);
  expect(await page.locator('body').innerText()).not.toContain('token');

  // the host's link was spent by the popup: a second use is refused
  expect(await page.evaluate((url) => fetch(url, { redirect: 'manual' }).then((r) => r.status), link)).toBe(410);

  // the console window as the README shows it (noVNC shows no URL: nothing secret in view)
  expect(await popup.locator('body').innerText()).not.toContain(token!);
  await popup.screenshot({ path: 'e2e/artifacts/servers-console.png' });
  copyFileSync('e2e/artifacts/servers-console.png', 'docs/screenshots/servers-console.png');
  await popup.close();
});

test('a stopped server offers no console, and says why', async () => {
  test.setTimeout(120_000);
  await demo.servers.stop(serverId);
  await expect(servers.row(P)).toContainText('Shut off', { timeout: 90_000 });
  const menu = await servers.openMenu(P);
  const item = menu.getByRole('menuitem', { name: /^Open console/ });
  await expect(item).toHaveAttribute('aria-disabled', 'true');
  await expect(item).toContainText('not running');
  await servers.closeMenu(menu);
});
