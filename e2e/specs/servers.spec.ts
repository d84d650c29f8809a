import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { RUN_PREFIX, clientFor } from '../support/local-cloud.js';
import { saveDemoProfileVia } from '../support/proxied-profile.js';
import { NANO, UNSCHEDULABLE, deleteServers, demoNet, imageId } from '../support/server-fixtures.js';
import { useTheme } from '../support/theme.js';

// The servers list of the real app (browser host) against the real local cloud. The servers
// are made here with the client library, named with this run's prefix, and deleted after.
const P = `${RUN_PREFIX}-srv`;
const NAMES = { ok: `${P}-ok`, err: `${P}-err`, del: `${P}-del` };
const demo = clientFor('local-demo');
let app: RunningApp;
let page: Page;
let servers: ServersPage;

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
  servers = new ServersPage(page);
  await servers.openOn(app, 'local-demo');
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

test('servers made on the cloud appear with their status', async () => {
  test.setTimeout(180_000);
  await servers.switchTo('local-demo');
  await servers.quickFilter().fill(P);
  // the shared cloud can be slow under other test runs: the first list may take a while
  await expect(servers.dataRows()).toHaveCount(3, { timeout: 90_000 });
  await expect(servers.row(NAMES.err)).toContainText('Error', { timeout: 60_000 });
  await expect(servers.row(NAMES.del)).toContainText('Error', { timeout: 60_000 });
  // BUILD → ACTIVE arrives by polling the moving row, without a reload
  await expect(servers.row(NAMES.ok)).toContainText('Active', { timeout: 90_000 });
  await expect(servers.row(NAMES.ok)).toContainText('demo-net');
  await expect(servers.row(NAMES.ok)).toContainText('tiny-raw');
  await expect(servers.row(NAMES.ok)).toContainText('m1.nano');
  await servers.quickFilter().fill('');
  await expect(page.getByText(/^\d+ servers$/)).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/servers.png' });
  await useTheme(page, 'dark');
  await expect(servers.row(NAMES.ok)).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/servers-dark.png' });
  await useTheme(page, 'light');
});

test('the quick filter narrows the rows instantly', async () => {
  await servers.quickFilter().fill(`${P}-err`);
  await expect(servers.dataRows()).toHaveCount(1, { timeout: 1000 });
  await expect(servers.row(NAMES.err)).toBeVisible();
  await servers.quickFilter().fill(`${P} error`);
  await expect(servers.dataRows()).toHaveCount(2, { timeout: 1000 });
  await servers.quickFilter().fill(P);
  await expect(servers.dataRows()).toHaveCount(3, { timeout: 1000 });
});

test('an ERROR server shows its fault in the drawer', async () => {
  await page.getByRole('button', { name: NAMES.err, exact: true }).click();
  const drawer = page.getByRole('dialog', { name: NAMES.err });
  await expect(drawer).toBeVisible();
  // the fault comes with the server's own GET (Nova's list leaves it out)
  await expect(drawer.getByRole('heading', { name: 'Fault' })).toBeVisible({ timeout: 30_000 });
  await expect(drawer).toContainText(/No valid host/i);
  // the action log is the drawer's second tab
  await drawer.getByRole('tab', { name: 'Action log' }).click();
  await expect(drawer.getByRole('heading', { name: /Action log/ })).toBeVisible();
  await expect(drawer.getByRole('table', { name: 'Action log' })).toContainText('create', { timeout: 15_000 });
  await page.screenshot({ path: 'e2e/artifacts/servers-drawer.png' });
  await servers.closeDrawer(drawer);
});

test('stop → SHUTOFF and start → ACTIVE through the row actions', async () => {
  test.setTimeout(150_000);
  await expect(servers.row(NAMES.ok)).toContainText('Active', { timeout: 60_000 });
  await servers.rowAction(NAMES.ok, /^Stop/);
  await expect(servers.row(NAMES.ok)).toContainText('Shut off', { timeout: 60_000 });
  await servers.rowAction(NAMES.ok, /^Start/);
  await expect(servers.row(NAMES.ok)).toContainText('Active', { timeout: 60_000 });
  await expect(servers.row(NAMES.ok)).toContainText('Running', { timeout: 30_000 });
});

/** The ACTIVE server as Nova has it now. */
async function okServer() {
  const [s] = await demo.servers.list({ name: `^${NAMES.ok}$` });
  if (!s) throw new Error(`${NAMES.ok} is gone`);
  return s;
}
const recorded = async (action: string) => (await demo.servers.instanceActions.list((await okServer()).id)).filter((a) => a.action === action).length;

test('soft reboot, then hard reboot: each is sent as chosen, Nova records it, the server is back to ACTIVE and running', async () => {
  test.setTimeout(180_000);
  const before = await recorded('reboot');
  await servers.rowAction(NAMES.ok, /^Reboot/);
  await expect(servers.shell.status(`Reboot: ${NAMES.ok} — sent`)).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => recorded('reboot'), { timeout: 60_000 }).toBe(before + 1);
  await expect(servers.row(NAMES.ok)).toContainText('Active', { timeout: 60_000 });
  await expect(servers.row(NAMES.ok)).toContainText('Running', { timeout: 60_000 });

  await servers.rowAction(NAMES.ok, /^Hard reboot/);
  await expect(servers.shell.status(`Hard reboot: ${NAMES.ok} — sent`)).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => recorded('reboot'), { timeout: 60_000 }).toBe(before + 2);
  await expect(servers.row(NAMES.ok)).toContainText('Active', { timeout: 60_000 });
  await expect(servers.row(NAMES.ok)).toContainText('Running', { timeout: 60_000 });
  // Start is not offered to a running server: the menu keeps it, disabled, with the reason
  const menu = await servers.openMenu(NAMES.ok);
  await expect(menu.getByRole('menuitem', { name: /^Start/ })).toHaveAttribute('aria-disabled', 'true');
  await expect(menu.getByRole('menuitem', { name: /^Start/ })).toContainText('not stopped');
  await servers.closeMenu(menu);
});

/** The control is drawn whole inside its table cell (a cell clips what overflows it). */
async function expectWithinCell(control: Locator): Promise<void> {
  await expect(control).toBeVisible();
  const [box, cell] = await Promise.all([control.boundingBox(), control.locator('xpath=ancestor::td[1]').boundingBox()]);
  expect(box && cell).toBeTruthy();
  expect(box!.x).toBeGreaterThanOrEqual(cell!.x);
  expect(box!.x + box!.width).toBeLessThanOrEqual(cell!.x + cell!.width);
}

test('resize, then confirm: the row waits for the decision, then runs the new flavor', async () => {
  test.setTimeout(240_000);
  const from = (await okServer()).flavor.name;
  expect(from).toBe('m1.nano');
  await servers.resize(NAMES.ok, 'm1.micro');
  await expect(servers.row(NAMES.ok)).toContainText('Resized', { timeout: 120_000 });
  expect((await okServer()).status).toBe('VERIFY_RESIZE');
  // both decisions are on the row, whole: not cut off by the status column
  await expectWithinCell(page.getByRole('button', { name: `Confirm resize: ${NAMES.ok}` }));
  await expectWithinCell(page.getByRole('button', { name: `Revert resize: ${NAMES.ok}` }));
  await page.screenshot({ path: 'e2e/artifacts/servers-verify-resize.png' });
  await page.getByRole('button', { name: `Confirm resize: ${NAMES.ok}` }).click();
  await expect(servers.row(NAMES.ok)).toContainText('Active', { timeout: 120_000 });
  await expect(servers.row(NAMES.ok)).not.toContainText('Resized');
  // and it stays so: a poll sent before the confirm and landing later must not bring "Resized" back
  for (let i = 0; i < 16; i++) {
    await page.waitForTimeout(500);
    await expect(servers.row(NAMES.ok)).not.toContainText('Resized', { timeout: 1 });
  }
  await expect(servers.row(NAMES.ok)).toContainText('m1.micro', { timeout: 30_000 });
  await expect.poll(async () => (await okServer()).flavor.name, { timeout: 30_000 }).toBe('m1.micro');
  expect(await recorded('confirmResize')).toBe(1);
});

test('resize, then revert from the row menu: the server goes back to the flavor it had', async () => {
  test.setTimeout(240_000);
  await servers.resize(NAMES.ok, 'm1.nano');
  await expect(servers.row(NAMES.ok)).toContainText('Resized', { timeout: 120_000 });
  await expect(servers.row(NAMES.ok)).toContainText('m1.nano');
  await servers.rowAction(NAMES.ok, /^Revert resize/);
  await expect(servers.row(NAMES.ok)).toContainText('Active', { timeout: 120_000 });
  await expect(servers.row(NAMES.ok)).not.toContainText('Resized');
  await expect(servers.row(NAMES.ok)).toContainText('m1.micro', { timeout: 30_000 });
  const s = await okServer();
  expect(s.status).toBe('ACTIVE');
  expect(s.flavor.name).toBe('m1.micro');
  expect(await recorded('revertResize')).toBe(1);
});

test('a locked server offers only Unlock: what Nova would refuse is disabled with the lock\'s reason', async () => {
  test.setTimeout(150_000);
  const menu = page.getByRole('menu', { name: `Actions for ${NAMES.ok}` });
  const item = (name: RegExp) => menu.getByRole('menuitem', { name });
  const openMenu = () => servers.openMenu(NAMES.ok);
  const closeMenu = () => servers.closeMenu(menu);

  // locked elsewhere (another client, an operator), with a reason (compute 2.73+)
  const reason = `e2e maintenance ${RUN_PREFIX}`;
  await demo.servers.lock((await okServer()).id, reason);
  await servers.refresh();
  await expect(servers.row(NAMES.ok)).toContainText('locked', { timeout: 30_000 });
  await openMenu();
  await expect(item(/^Stop/)).toHaveAttribute('aria-disabled', 'true');
  await expect(item(/^Stop/)).toHaveAttribute('title', `locked: ${reason}`);
  await expect(item(/^Delete/)).toHaveAttribute('aria-disabled', 'true');
  await expect(item(/^Lock/)).toHaveAttribute('aria-disabled', 'true');
  await expect(item(/^Unlock/)).not.toHaveAttribute('aria-disabled', 'true');
  await page.screenshot({ path: 'e2e/artifacts/servers-locked-menu.png' });
  await closeMenu();

  await servers.rowAction(NAMES.ok, /^Unlock/);
  await expect.poll(async () => (await okServer()).locked, { timeout: 30_000 }).toBe(false);
  await expect(servers.row(NAMES.ok)).not.toContainText('locked', { timeout: 30_000 });
  await openMenu();
  await expect(item(/^Stop/)).not.toHaveAttribute('aria-disabled', 'true');
  await expect(item(/^Lock/)).not.toHaveAttribute('aria-disabled', 'true');
  await closeMenu();

  // lock from the menu, unlock from the drawer, where the blocked actions stay in view, disabled
  await servers.rowAction(NAMES.ok, /^Lock/);
  await servers.lock(NAMES.ok);
  await expect.poll(async () => (await okServer()).locked, { timeout: 30_000 }).toBe(true);
  await page.getByRole('button', { name: NAMES.ok, exact: true }).click();
  const drawer = page.getByRole('dialog', { name: NAMES.ok });
  const stop = drawer.getByRole('button', { name: 'Stop', exact: true });
  await expect(stop).toBeDisabled({ timeout: 30_000 });
  await expect(stop).toHaveAttribute('title', 'locked');
  await drawer.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(stop).toBeEnabled({ timeout: 30_000 });
  expect((await okServer()).locked).toBe(false);
  await servers.closeDrawer(drawer);
  expect(await recorded('lock')).toBe(2);
  expect(await recorded('unlock')).toBe(2);
});

test('a server never scheduled offers no Stop, Hard reboot or Console log, saying why (Nova would answer 409)', async () => {
  const menu = await servers.openMenu(NAMES.err);
  for (const name of [/^Stop/, /^Hard reboot/, /^Console log/]) {
    await expect(menu.getByRole('menuitem', { name })).toHaveAttribute('aria-disabled', 'true');
    await expect(menu.getByRole('menuitem', { name })).toContainText('never scheduled');
  }
  await expect(menu.getByRole('menuitem', { name: /^Delete/ })).not.toHaveAttribute('aria-disabled', 'true');
  await servers.closeMenu(menu);
});

test("console log shows the server's console output, as Nova returns it", async () => {
  const id = (await okServer()).id;
  await servers.rowAction(NAMES.ok, /^Console log/);
  const dialog = page.getByRole('dialog', { name: `Console log · ${NAMES.ok}` });
  const output = dialog.getByLabel('Console output');
  await expect(output).toBeVisible({ timeout: 30_000 });
  const fromNova = await demo.servers.consoleOutput(id, 200);
  expect(fromNova.trim().length).toBeGreaterThan(0);
  await expect(output).toHaveText(fromNova);
  await dialog.getByLabel('Last lines').selectOption('50');
  await expect(output).toHaveText(await demo.servers.consoleOutput(id, 50));

  // followed while open: asked again every few seconds, until the reader turns it off
  const asked = async () => {
    const log = await page.evaluate(() => window.novadesk.invoke('log.list', {}));
    return log.ok ? log.value.filter((e) => e.url.endsWith(`/servers/${id}/action`) && e.requestBody?.includes('os-getConsoleOutput')).length : 0;
  };
  await expect(dialog.getByRole('status')).toHaveText(/^Following: asked again every \d+ s$/);
  const before = await asked();
  await expect.poll(asked, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 2);
  await dialog.getByRole('checkbox', { name: 'Follow' }).uncheck();
  await expect(dialog.getByRole('status')).toHaveText('');
  const stopped = await asked();
  await page.waitForTimeout(7_000);
  expect(await asked()).toBe(stopped);

  // and saved as Nova gave it
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const { readFile } = await import('node:fs/promises');
  expect((await download).suggestedFilename()).toBe(`${NAMES.ok}-console.log`);
  expect(await readFile((await (await download).path())!, 'utf8')).toBe(await demo.servers.consoleOutput(id, 50));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('action log lists what Nova recorded for the server, newest first', async () => {
  const actions = await demo.servers.instanceActions.list((await okServer()).id);
  // create, stop, start, two reboots, resize, confirm, resize, revert, two locks, two unlocks
  expect(actions.length).toBeGreaterThanOrEqual(13);
  await servers.rowAction(NAMES.ok, /^Action log/);
  const drawer = page.getByRole('dialog', { name: NAMES.ok });
  const log = drawer.getByRole('table', { name: 'Action log' });
  await expect(log.getByRole('row')).toHaveCount(actions.length + 1, { timeout: 30_000 });
  const newestFirst = [...actions].sort((a, b) => b.startTime.localeCompare(a.startTime));
  // each action's name follows its events' disclosure mark (▸ closed, ▾ open)
  const cells = (await log.getByRole('row').locator('td:first-child').allTextContents()).map((c) => c.replace(/^[▸▾]\s*/, ''));
  expect(cells).toEqual(newestFirst.map((a) => a.action));
  for (const a of actions) await expect(log).toContainText(a.requestId);
  await page.screenshot({ path: 'e2e/artifacts/servers-action-log.png' });
  await servers.closeDrawer(drawer);
});

test("a resize no host can take is not silent: the row and a toast say so, with Nova's reason", async () => {
  test.setTimeout(180_000);
  const huge = (await demo.flavors.get(UNSCHEDULABLE)).name;
  await servers.resize(NAMES.ok, huge);
  await expect(page.getByRole('alert').filter({ hasText: `Resize of ${NAMES.ok} failed: it is back on m1.micro` })).toBeVisible({ timeout: 120_000 });
  await expect(servers.row(NAMES.ok)).toContainText('Resize failed');
  const s = await okServer();
  expect(s.status).toBe('ACTIVE');
  expect(s.flavor.name).toBe('m1.micro');
  // dismissed from the row
  await servers.row(NAMES.ok).getByRole('button', { name: /^Resize failed:/ }).click();
  await expect(servers.row(NAMES.ok)).not.toContainText('Resize failed');
});

test('shelve from the row menu, then unshelve into a zone chosen in its dialog (2.77): Nova offloads the server and boots it there', async () => {
  test.setTimeout(240_000);
  await servers.rowAction(NAMES.ok, /^Shelve/);
  await expect(servers.row(NAMES.ok)).toContainText('Shelved (offloaded)', { timeout: 120_000 });
  expect((await okServer()).status).toBe('SHELVED_OFFLOADED');
  // shelved: Unshelve is offered, Shelve and Stop are not
  const menu = await servers.openMenu(NAMES.ok);
  await expect(menu.getByRole('menuitem', { name: /^Shelve/ })).toHaveAttribute('aria-disabled', 'true');
  await expect(menu.getByRole('menuitem', { name: /^Stop/ })).toHaveAttribute('aria-disabled', 'true');
  await menu.getByRole('menuitem', { name: /^Unshelve/ }).click();
  // the local cloud speaks well above 2.77: the dialog asks where, from the cloud's zones
  await servers.unshelveTo(`Unshelve ${NAMES.ok}`, 'nova');
  await expect(servers.row(NAMES.ok)).toContainText('Active', { timeout: 120_000 });
  expect((await okServer()).availabilityZone).toBe('nova');
  expect(await recorded('shelve')).toBe(1);
  expect(await recorded('unshelve')).toBe(1);
});

test("the command palette finds a server by name or id and runs its actions", async () => {
  const id = (await okServer()).id;
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.press('Control+K');
  await page.keyboard.type(`console log ${NAMES.ok}`);
  await expect(palette.getByRole('option', { name: new RegExp(`^Console log ${NAMES.ok}`) })).toBeVisible();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Console log · ${NAMES.ok}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // by id: its details open; what the server's state rules out is not offered
  await page.keyboard.press('Control+K');
  await page.keyboard.type(id.slice(0, 13));
  await expect(palette.getByRole('option', { name: /^Start / })).toHaveCount(0);
  await palette.getByRole('option', { name: new RegExp(`^Open ${NAMES.ok}`) }).click();
  const drawer = page.getByRole('dialog', { name: NAMES.ok });
  await expect(drawer).toBeVisible();
  await servers.closeDrawer(drawer);
});

test('delete asks first, then the row goes', async () => {
  test.setTimeout(120_000);
  await servers.rowAction(NAMES.del, /^Delete/);
  const dialog = page.getByRole('dialog', { name: `Delete ${NAMES.del}?` });
  await expect(dialog).toBeVisible();
  // cancel keeps it
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(servers.row(NAMES.del)).toBeVisible();
  await servers.rowAction(NAMES.del, /^Delete/);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(servers.row(NAMES.del)).toHaveCount(0, { timeout: 90_000 });
  await expect(servers.dataRows()).toHaveCount(2);
});

test('the all-clouds view names each row\'s cloud and keeps the others\' rows', async () => {
  test.setTimeout(90_000);
  await servers.allClouds().check();
  await expect(servers.heading('all clouds')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Cloud' })).toBeVisible();
  // demo's list is in memory: its rows stay while the other clouds answer
  await expect(servers.row(NAMES.ok)).toContainText('local-demo');
  await expect(page.getByRole('status').filter({ hasText: /^Loading servers from/ })).toHaveCount(0, { timeout: 60_000 });
  await servers.allClouds().uncheck();
  await expect(page.getByRole('columnheader', { name: 'Cloud' })).toHaveCount(0);
});

test("the alt profile does not show demo's servers", async () => {
  await servers.quickFilter().fill('');
  await servers.switchTo('local-alt');
  await expect(page.getByText(/^\d+ servers?$/)).toBeVisible({ timeout: 30_000 });
  await servers.quickFilter().fill(P);
  await expect(servers.dataRows()).toHaveCount(0);
  await expect(page.getByText('No loaded server matches the quick filter.').or(page.getByText('No servers in this project.'))).toBeVisible();
  // and switching back shows demo's list at once, from memory
  await servers.switchTo('local-demo');
  await expect(servers.dataRows()).toHaveCount(2, { timeout: 1000 });
});

test('an unreachable cloud keeps its last list on screen, with its time', async () => {
  test.setTimeout(150_000);
  // the demo project again, reached through a loopback proxy that can cut Nova off
  const proxy = await FaultProxy.start();
  // not containing P: the quick filter also matches the cloud name
  const name = `via-proxy-${RUN_PREFIX}`;
  try {
    expect(await saveDemoProfileVia(page, name, proxy.authUrl)).toBe(true);
    await servers.switchTo(name);
    await servers.quickFilter().fill(P);
    await expect(servers.dataRows()).toHaveCount(2, { timeout: 60_000 });

    proxy.inject({ service: 'compute', path: /\/servers/, fault: { type: 'drop-after-body' } });
    await servers.refresh();
    const banner = page.getByRole('status').filter({ hasText: /is unreachable\. Showing the list from .+ ago\)/ });
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(banner).toContainText(name);
    // the rows stay, usable
    await expect(servers.dataRows()).toHaveCount(2);
    await page.screenshot({ path: 'e2e/artifacts/servers-offline.png' });

    proxy.clearFaults();
    await banner.getByRole('button', { name: `Retry ${name}` }).click();
    await expect(banner).toBeHidden({ timeout: 60_000 });
    await expect(servers.dataRows()).toHaveCount(2);
  } finally {
    await servers.switchTo('local-demo').catch(() => undefined);
    await page.evaluate(async (name) => {
      const list = await window.novadesk.invoke('profiles.list', {});
      const p = list.ok ? list.value.find((x) => x.name === name) : undefined;
      if (p) await window.novadesk.invoke('profiles.remove', { id: p.id });
    }, name);
    await proxy.close();
  }
});
