import { expect, test, type Browser, type Page } from '@playwright/test';
import type { LogEntry } from '../../shared/log.js';
import { PasscodePrompt } from '../pages/passcode-prompt.js';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { MFA_CLOUDS_YAML, MFA_PROFILE, mfaPasscode, wrongPasscode } from '../support/local-mfa.js';

// Issue 16: a password + TOTP profile (demo-mfa, whose Keystone rule wants both) asks for the
// passcode where the login is needed, once: a refused one is asked again with Keystone's
// refusal, and a project switch afterwards re-scopes the token instead of asking.
let app: RunningApp;
let page: Page;
let servers: ServersPage;
let prompt: PasscodePrompt;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  app = await startNovadesk({ seed: MFA_CLOUDS_YAML });
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  servers = new ServersPage(page);
  prompt = new PasscodePrompt(page, MFA_PROFILE);
});

test.afterAll(async () => {
  await page?.close();
  await app?.stop();
});

/** What the request log holds of the logins: the auth methods of each POST /v3/auth/tokens. */
async function loginMethods(): Promise<string[][]> {
  const entries = await page.evaluate(async () => {
    const r = await window.novadesk.invoke('log.list', {});
    return r.ok ? r.value : [];
  });
  return (entries as LogEntry[])
    .filter((e) => e.method === 'POST' && e.url.endsWith('/auth/tokens'))
    .map((e) => (JSON.parse(e.requestBody ?? '{}') as { auth: { identity: { methods: string[] } } }).auth.identity.methods);
}

test('a wrong passcode shows the refusal and asks again; the right one loads the list', async () => {
  // the only profile is the current cloud: its first login, for the list, asks at once
  await app.open(page, '#/servers');
  await prompt.enter(wrongPasscode());
  await expect(prompt.refusal()).toContainText('refused the login with this TOTP passcode');
  await expect(prompt.dialog()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('passcode-refused.png') });

  await prompt.enter(mfaPasscode());
  await expect(prompt.dialog()).toBeHidden();
  await servers.shell.expectCloud(MFA_PROFILE, 'Connected', 30_000);
  await expect(servers.heading(MFA_PROFILE)).toBeVisible();
  await expect(page.getByText(/^\d+ servers?$/)).toBeVisible({ timeout: 30_000 });
  expect(await loginMethods()).toEqual([
    ['password', 'totp'],
    ['password', 'totp'],
  ]);
});

test('switching project afterwards re-scopes the token and does not ask again', async () => {
  await servers.shell.pickScope('Projects', 'alt');
  await servers.shell.expectScope('alt', 'RegionOne');
  await expect(page.getByText(/^\d+ servers?$/)).toBeVisible({ timeout: 30_000 });
  await expect(prompt.dialog()).toHaveCount(0);
  expect(await loginMethods()).toEqual([['password', 'totp'], ['password', 'totp'], ['token']]);
  await page.screenshot({ path: test.info().outputPath('passcode-once.png') });
});

test('the profile editor shows the imported v3multifactor cloud as password + TOTP', async () => {
  await page.getByRole('link', { name: 'Profiles' }).click();
  await page.getByRole('button', { name: `Edit ${MFA_PROFILE}` }).click();
  await expect(page.getByLabel('Multi-factor: password + TOTP passcode')).toBeChecked();
  await expect(prompt.dialog()).toHaveCount(0);
});
