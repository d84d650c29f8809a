import { expect, test, type Page } from '@playwright/test';
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

/**
 * Opens the app, gives the seeded local-demo another stored secret (`null`: none, as if
 * imported without its password), then goes to its servers list; the prompt is returned.
 */
async function serversWithSecret(page: Page, secret: string | null) {
  await app.open(page, '#/profiles');
  const servers = new ServersPage(page);
  await expect(servers.shell.switcher()).toBeEnabled();
  const hasSecret = await page.evaluate(async (s) => {
    const list = await window.novadesk.invoke('profiles.list', {});
    if (!list.ok) return list.error.message;
    const id = list.value.find((p) => p.name === 'local-demo')!.id;
    const r = s === null ? await window.novadesk.invoke('profiles.forgetSecret', { id }) : await window.novadesk.invoke('profiles.setSecret', { id, secret: s });
    return r.ok ? r.value.hasSecret : r.error.message;
  }, secret);
  expect(hasSecret).toBe(secret !== null);
  await page.getByRole('link', { name: 'Servers' }).click();
  await servers.shell.pickCloud('local-demo');
  const prompt = page.getByRole('dialog', { name: 'Secret of local-demo' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  // asked here, not sent to the Profiles screen by a toast
  await expect(servers.shell.alert(/set it on the Profiles screen/)).toHaveCount(0);
  return { servers, prompt };
}

/** Types the right password into the prompt: the cloud connects and its list loads. */
async function givePassword(page: Page, { servers, prompt }: Awaited<ReturnType<typeof serversWithSecret>>) {
  await prompt.getByLabel('Password').fill(localCloud('local-demo').auth.password);
  await prompt.getByRole('button', { name: 'Save' }).click();
  await expect(prompt).toBeHidden();
  await servers.shell.expectCloud('local-demo', 'Connected', 30_000);
  await expect(servers.heading('local-demo')).toBeVisible();
  await expect(page.getByText(/^\d+ servers?$/)).toBeVisible({ timeout: 30_000 });
}

test('the servers list asks for the missing password, and loads once it is given', async ({ page }) => {
  await givePassword(page, await serversWithSecret(page, null));
});

test('a stored password Keystone refuses (changed elsewhere) is asked for again where it was used, with its refusal', async ({ page }) => {
  const asked = await serversWithSecret(page, 'changed-elsewhere-1');
  await expect(asked.prompt).toContainText('requires authentication');
  await expect(asked.prompt.getByLabel('Remember in the keychain')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('secret-refused.png') });
  await givePassword(page, asked);
});
