import type {} from '../../renderer/src/lib/api.js';
import { expect, test } from '@playwright/test';
import { startNovadesk, type RunningApp } from '../support/app-host.js';

// The real app (browser host) in Debian's Chromium, against the real local cloud.
let app: RunningApp;
test.beforeAll(async () => {
  app = await startNovadesk();
});
test.afterAll(async () => {
  await app?.stop();
});

test('the renderer gets the bridge and reaches the real cloud through the router', async ({ page }) => {
  await page.goto(app.launchUrl);
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

test('a page from another origin cannot call the host', async ({ page }) => {
  await page.goto('about:blank');
  const status = await page.evaluate(async (origin) => {
    try {
      const r = await fetch(`${origin}/ipc/profiles.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return r.status;
    } catch {
      return 'blocked';
    }
  }, app.origin);
  expect(status === 'blocked' || status === 401 || status === 403).toBe(true);
});
