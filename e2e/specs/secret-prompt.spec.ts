import { expect, test } from '@playwright/test';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { localCloud } from '../support/local-cloud.js';

// Issue 16: a cloud without its password (imported without one, no keychain), or whose stored
// one Keystone refuses (changed elsewhere), asks for it where it is used, the servers list,
// instead of a toast pointing at the Profiles screen.
let app: RunningApp;
test.beforeAll(async () => {
  app = await startNovadesk();
});
test.afterAll(async () => {
  await app?.stop();
});

test('the servers list asks for the missing password, and loads once it is given', async ({ page }) => {
  await app.open(page, '#/profiles');
  const servers = new ServersPage(page);
  await expect(servers.shell.switcher()).toBeEnabled();
  // the seeded profile as if imported without its password
  const forgot = await page.evaluate(async () => {
    const list = await window.novadesk.invoke('profiles.list', {});
    if (!list.ok) return list.error.message;
    const demo = list.value.find((p) => p.name === 'local-demo')!;
    const r = await window.novadesk.invoke('profiles.forgetSecret', { id: demo.id });
    return r.ok ? r.value.hasSecret : r.error.message;
  });
  expect(forgot).toBe(false);
  await page.getByRole('link', { name: 'Servers' }).click();
  await servers.shell.pickCloud('local-demo');

  const prompt = page.getByRole('dialog', { name: 'Secret of local-demo' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  // asked here, not sent to the Profiles screen by a toast
  await expect(servers.shell.alert(/set it on the Profiles screen/)).toHaveCount(0);
  await prompt.getByLabel('Password').fill(localCloud('local-demo').auth.password);
  await prompt.getByRole('button', { name: 'Save' }).click();
  await expect(prompt).toBeHidden();
  await servers.shell.expectCloud('local-demo', 'Connected', 30_000);
  await expect(servers.heading('local-demo')).toBeVisible();
  await expect(page.getByText(/^\d+ servers?$/)).toBeVisible({ timeout: 30_000 });
});

test('a stored password Keystone refuses (changed elsewhere) is asked for again where it was used, with its refusal', async ({ page }) => {
  await app.open(page, '#/profiles');
  const servers = new ServersPage(page);
  await expect(servers.shell.switcher()).toBeEnabled();
  const stored = await page.evaluate(async () => {
    const list = await window.novadesk.invoke('profiles.list', {});
    if (!list.ok) return list.error.message;
    const demo = list.value.find((p) => p.name === 'local-demo')!;
    const r = await window.novadesk.invoke('profiles.setSecret', { id: demo.id, secret: 'changed-elsewhere-1' });
    return r.ok ? r.value.hasSecret : r.error.message;
  });
  expect(stored).toBe(true);
  await page.getByRole('link', { name: 'Servers' }).click();
  await servers.shell.pickCloud('local-demo');

  const prompt = page.getByRole('dialog', { name: 'Secret of local-demo' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(prompt).toContainText('requires authentication');
  await expect(prompt.getByLabel('Remember in the keychain')).toBeVisible();
  await expect(servers.shell.alert(/set it on the Profiles screen/)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('secret-refused.png') });
  await prompt.getByLabel('Password').fill(localCloud('local-demo').auth.password);
  await prompt.getByRole('button', { name: 'Save' }).click();
  await expect(prompt).toBeHidden();
  await servers.shell.expectCloud('local-demo', 'Connected', 30_000);
  await expect(page.getByText(/^\d+ servers?$/)).toBeVisible({ timeout: 30_000 });
});
