import { copyFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { RUN_PREFIX } from '../support/local-cloud.js';
import { oneActiveServer } from '../support/one-server.js';

// The remote console from the server's row menu, against the real Nova and its noVNC proxy:
// main asks Nova for the console, the browser host keeps its URL behind a one-time link, and
// the popup lands on noVNC connected to the local cloud's VNC server (1024x768).
const P = `${RUN_PREFIX}-console`;
const one = oneActiveServer(P);

test('Open console from the row menu: noVNC connects in a popup; the app never holds the URL, and its link works once', async () => {
  test.setTimeout(120_000);
  const { page, servers } = one;
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
  // connected comes before the first frame: wait until the screen's text is drawn
  await popup.waitForFunction(() => {
    const c = document.querySelector('canvas');
    const px = c?.getContext('2d')?.getImageData(0, 0, c.width, Math.min(c.height, 64)).data;
    return px?.some((v, i) => i % 4 !== 3 && v > 128) ?? false;
  });
  await popup.screenshot({ path: 'e2e/artifacts/servers-console.png' });
  copyFileSync('e2e/artifacts/servers-console.png', 'docs/screenshots/servers-console.png');
  await popup.close();
});

test('a stopped server offers no console, and says why', async () => {
  test.setTimeout(120_000);
  const { demo, id, servers } = one;
  await demo.servers.stop(id);
  await expect(servers.row(P)).toContainText('Shut off', { timeout: 90_000 });
  const menu = await servers.openMenu(P);
  const item = menu.getByRole('menuitem', { name: /^Open console/ });
  await expect(item).toHaveAttribute('aria-disabled', 'true');
  await expect(item).toContainText('not running');
  await servers.closeMenu(menu);
});
