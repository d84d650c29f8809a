import { expect, test, type Browser, type Page } from '@playwright/test';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { RUN_PREFIX, clientFor, localCloud } from '../support/local-cloud.js';
import { NANO, UNSCHEDULABLE, deleteServers, demoNet, imageId } from '../support/server-fixtures.js';

// The servers list of the real app (browser host) against the real local cloud. The servers
// are made here with the client library, named with this run's prefix, and deleted after.
const P = `${RUN_PREFIX}-srv`;
const NAMES = { ok: `${P}-ok`, err: `${P}-err`, del: `${P}-del` };
const demo = clientFor('local-demo');
let app: RunningApp;
let page: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(120_000);
  const [image, net] = await Promise.all([imageId(demo), demoNet(demo)]);
  // one that reaches ACTIVE on demo-net, two that no host can take (ERROR with a fault, cheaply)
  await Promise.all([
    demo.servers.create({ name: NAMES.ok, imageRef: image, flavorRef: NANO, networks: [{ netId: net.id }], metadata: { purpose: 'e2e' } }),
    demo.servers.create({ name: NAMES.err, imageRef: image, flavorRef: UNSCHEDULABLE, networks: 'none' }),
    demo.servers.create({ name: NAMES.del, imageRef: image, flavorRef: UNSCHEDULABLE, networks: 'none' }),
  ]);
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  // start on the profiles screen and pick demo there: the default cloud (admin, with every
  // project's servers on this shared cloud) would otherwise be listed first, for nothing
  await page.goto(`${app.launchUrl}#/profiles`);
  await expect(page.getByRole('button', { name: /^Cloud:/ })).toBeEnabled();
  await pickCloud('local-demo');
  await page.getByRole('link', { name: 'Servers' }).click();
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

async function pickCloud(cloud: string): Promise<void> {
  await page.getByRole('button', { name: /^Cloud:/ }).click();
  await page.getByRole('menuitemradio', { name: new RegExp(`^${cloud}(\\s|$)`) }).click();
}

async function switchTo(cloud: string): Promise<void> {
  await pickCloud(cloud);
  await expect(page.getByRole('heading', { level: 1, name: `Servers · ${cloud}` })).toBeVisible();
}

const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });
/** one "Select <name>" checkbox per data row */
const dataRows = () => page.getByRole('checkbox', { name: /^Select (?!all shown)/ });
const quick = () => page.getByRole('searchbox', { name: 'Quick filter' });

async function rowAction(name: string, action: RegExp): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menu', { name: `Actions for ${name}` }).getByRole('menuitem', { name: action }).click();
}

test('servers made on the cloud appear with their status', async () => {
  test.setTimeout(180_000);
  await switchTo('local-demo');
  await quick().fill(P);
  // the shared cloud can be slow under other test runs: the first list may take a while
  await expect(dataRows()).toHaveCount(3, { timeout: 90_000 });
  await expect(row(NAMES.err)).toContainText('Error', { timeout: 60_000 });
  await expect(row(NAMES.del)).toContainText('Error', { timeout: 60_000 });
  // BUILD → ACTIVE arrives by polling the moving row, without a reload
  await expect(row(NAMES.ok)).toContainText('Active', { timeout: 90_000 });
  await expect(row(NAMES.ok)).toContainText('demo-net');
  await expect(row(NAMES.ok)).toContainText('tiny-raw');
  await expect(row(NAMES.ok)).toContainText('m1.nano');
  await quick().fill('');
  await expect(page.getByText(/^\d+ servers$/)).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/servers.png' });
});

test('the quick filter narrows the rows instantly', async () => {
  await quick().fill(`${P}-err`);
  await expect(dataRows()).toHaveCount(1, { timeout: 1000 });
  await expect(row(NAMES.err)).toBeVisible();
  await quick().fill(`${P} error`);
  await expect(dataRows()).toHaveCount(2, { timeout: 1000 });
  await quick().fill(P);
  await expect(dataRows()).toHaveCount(3, { timeout: 1000 });
});

test('an ERROR server shows its fault in the drawer', async () => {
  await page.getByRole('button', { name: NAMES.err, exact: true }).click();
  const drawer = page.getByRole('dialog', { name: NAMES.err });
  await expect(drawer).toBeVisible();
  // the fault comes with the server's own GET (Nova's list leaves it out)
  await expect(drawer.getByRole('heading', { name: 'Fault' })).toBeVisible({ timeout: 30_000 });
  await expect(drawer).toContainText(/No valid host/i);
  await expect(drawer.getByRole('heading', { name: /Action log/ })).toBeVisible();
  await expect(drawer.getByRole('table', { name: 'Action log' })).toContainText('create', { timeout: 15_000 });
  await page.screenshot({ path: 'e2e/artifacts/servers-drawer.png' });
  await drawer.getByRole('button', { name: 'Close details' }).click();
  await expect(drawer).toBeHidden();
});

test('stop → SHUTOFF and start → ACTIVE through the row actions', async () => {
  test.setTimeout(150_000);
  await expect(row(NAMES.ok)).toContainText('Active', { timeout: 60_000 });
  await rowAction(NAMES.ok, /^Stop/);
  await expect(row(NAMES.ok)).toContainText('Shut off', { timeout: 60_000 });
  await rowAction(NAMES.ok, /^Start/);
  await expect(row(NAMES.ok)).toContainText('Active', { timeout: 60_000 });
  await expect(row(NAMES.ok)).toContainText('Running', { timeout: 30_000 });
});

test('delete asks first, then the row goes', async () => {
  test.setTimeout(120_000);
  await rowAction(NAMES.del, /^Delete/);
  const dialog = page.getByRole('dialog', { name: `Delete ${NAMES.del}?` });
  await expect(dialog).toBeVisible();
  // cancel keeps it
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(row(NAMES.del)).toBeVisible();
  await rowAction(NAMES.del, /^Delete/);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(row(NAMES.del)).toHaveCount(0, { timeout: 90_000 });
  await expect(dataRows()).toHaveCount(2);
});

test('the all-clouds view names each row\'s cloud and keeps the others\' rows', async () => {
  test.setTimeout(90_000);
  await page.getByRole('switch', { name: 'All clouds' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Servers · all clouds' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Cloud' })).toBeVisible();
  // demo's list is in memory: its rows stay while the other clouds answer
  await expect(row(NAMES.ok)).toContainText('local-demo');
  await expect(page.getByRole('status').filter({ hasText: /^Loading servers from/ })).toHaveCount(0, { timeout: 60_000 });
  await page.getByRole('switch', { name: 'All clouds' }).uncheck();
  await expect(page.getByRole('columnheader', { name: 'Cloud' })).toHaveCount(0);
});

test("the alt profile does not show demo's servers", async () => {
  await quick().fill('');
  await switchTo('local-alt');
  await expect(page.getByText(/^\d+ servers?$/)).toBeVisible({ timeout: 30_000 });
  await quick().fill(P);
  await expect(dataRows()).toHaveCount(0);
  await expect(page.getByText('No loaded server matches the quick filter.').or(page.getByText('No servers in this project.'))).toBeVisible();
  // and switching back shows demo's list at once, from memory
  await switchTo('local-demo');
  await expect(dataRows()).toHaveCount(2, { timeout: 1000 });
});

test('an unreachable cloud keeps its last list on screen, with its time', async () => {
  test.setTimeout(150_000);
  // the demo project again, reached through a loopback proxy that can cut Nova off
  const proxy = await FaultProxy.start();
  const auth = localCloud('local-demo').auth;
  // not containing P: the quick filter also matches the cloud name
  const name = `via-proxy-${RUN_PREFIX}`;
  try {
    const saved = await page.evaluate(
      ({ name, authUrl, password }) =>
        window.novadesk.invoke('profiles.save', {
          profile: {
            name,
            auth: { type: 'password', authUrl, user: { name: 'demo', domain: { name: 'Default' } }, project: { name: 'demo', domain: { name: 'Default' } } },
            region: 'RegionOne',
          },
          secret: password,
        }),
      { name, authUrl: proxy.authUrl, password: auth.password },
    );
    expect(saved.ok).toBe(true);
    await switchTo(name);
    await quick().fill(P);
    await expect(dataRows()).toHaveCount(2, { timeout: 60_000 });

    proxy.inject({ service: 'compute', path: /\/servers/, fault: { type: 'drop-after-body' } });
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    const banner = page.getByRole('status').filter({ hasText: /is unreachable\. Showing the list from .+ ago\)/ });
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(banner).toContainText(name);
    // the rows stay, usable
    await expect(dataRows()).toHaveCount(2);
    await page.screenshot({ path: 'e2e/artifacts/servers-offline.png' });

    proxy.clearFaults();
    await banner.getByRole('button', { name: `Retry ${name}` }).click();
    await expect(banner).toBeHidden({ timeout: 60_000 });
    await expect(dataRows()).toHaveCount(2);
  } finally {
    await switchTo('local-demo').catch(() => undefined);
    await page.evaluate(async (name) => {
      const list = await window.novadesk.invoke('profiles.list', {});
      const p = list.ok ? list.value.find((x) => x.name === name) : undefined;
      if (p) await window.novadesk.invoke('profiles.remove', { id: p.id });
    }, name);
    await proxy.close();
  }
});
