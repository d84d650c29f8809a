import { expect, test } from '@playwright/test';
import type { CloudClient } from '../../main/openstack/cloud-client.js';
import { findSecrets, makeCanaries, pemLines } from '../reliability/support/canaries.js';
import { createCanaryUser, type CanaryUser } from '../reliability/support/canary-user.js';
import { capComputeVersion } from '../reliability/support/version-cap.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { clientFor, RUN_PREFIX } from '../support/local-cloud.js';
import { deleteServers, IMAGE_NAME, UNSCHEDULABLE } from '../support/server-fixtures.js';

/**
 * Canary secrets never reach the renderer's DOM, its storage or its console (issue 8,
 * plan case 16): a real Keystone user whose password and application credential secret are
 * canaries, a server created with adminPass and user data canaries, a keypair Nova generates
 * (its private key is handed to the page once, as the user asked), then every screen and the
 * log drawer rendered. The only place the key may be is that one answer.
 */
const PREFIX = `${RUN_PREFIX}-domcanary`;
const c = makeCanaries();
let proxy: FaultProxy;
let user: CanaryUser;
let app: RunningApp;
let owner: CloudClient;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  owner = clientFor('local-alt');
  proxy = await FaultProxy.start();
  await capComputeVersion(proxy, '2.91');
  user = await createCanaryUser(`${PREFIX}-user`, c.password, c.appCredentialSecret);
  app = await startNovadesk({ seed: false });
});

test.afterAll(async () => {
  await app?.stop();
  await deleteServers(owner, PREFIX).catch(() => undefined);
  await user?.remove();
  await proxy?.close();
  await owner?.close();
});

test('no canary secret in the DOM, web storage or console of any screen', async ({ page }) => {
  test.setTimeout(240_000);
  const consoleText: string[] = [];
  page.on('console', (m) => consoleText.push(m.text()));
  await app.open(page);
  await expect(page).toHaveTitle('Novadesk');

  const made = await page.evaluate(
    async ({ c, u, authUrl, prefix, image, flavor }) => {
      const api = window.novadesk;
      const must = async <T,>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> => {
        const r = await p;
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const domain = { name: 'Default' };
      const project = { name: u.projectName, domain };
      const pw = await must(
        api.invoke('profiles.save', { profile: { name: `${prefix}-pw`, auth: { type: 'password', authUrl, user: { name: u.userName, domain }, project }, rememberSecret: true }, secret: c.password }),
      );
      await must(api.invoke('profiles.save', { profile: { name: `${prefix}-ac`, auth: { type: 'application_credential', authUrl, applicationCredential: { id: u.appCredentialId } } }, secret: c.appCredentialSecret }));
      await must(api.invoke('clouds.connect', { cloud: pw.id }));
      const images = await must(api.invoke('images.list', { cloud: pw.id, name: image }));
      await must(
        api.invoke('servers.create', {
          cloud: pw.id,
          server: { name: `${prefix}-server`, flavorRef: flavor, imageRef: images[0]!.id, networks: 'none', adminPass: c.adminPass, userData: { text: c.userData } },
        }),
      );
      const key = await must(api.invoke('keypairs.create', { cloud: pw.id, keypair: { name: `${prefix}-kp` } }));
      return { cloud: pw.id, privateKey: key.privateKey };
    },
    { c, u: { projectName: user.projectName, userName: user.userName, appCredentialId: user.appCredentialId }, authUrl: proxy.authUrl, prefix: PREFIX, image: IMAGE_NAME, flavor: UNSCHEDULABLE },
  );
  expect(pemLines(made.privateKey).length).toBeGreaterThan(3);

  // a fresh page: whatever the renderer shows now comes from main
  const seen: Record<string, string> = {};
  for (const route of ['servers', 'launch', 'profiles']) {
    await page.goto(`${app.origin}/#/${route}`);
    await page.waitForTimeout(2_500);
    if (route === 'servers') {
      await page.keyboard.press('Control+J');
      await page.waitForTimeout(1_000);
    }
    seen[`${route}: DOM`] = await page.content();
    seen[`${route}: text`] = await page.evaluate(() => document.body.innerText);
    seen[`${route}: storage`] = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
    await page.screenshot({ path: `e2e/artifacts/canary-${route}.png`, fullPage: true });
  }
  seen.console = consoleText.join('\n');
  const secrets = {
    ...c,
    ...Object.fromEntries(pemLines(made.privateKey).map((l, i) => [`private key line ${i}`, l])),
  };
  expect(findSecrets(secrets, seen)).toEqual([]);
  // the screens rendered something of this run: the search looked at real pages
  expect(Object.values(seen).join('\n')).toContain(`${PREFIX}-pw`);
});
