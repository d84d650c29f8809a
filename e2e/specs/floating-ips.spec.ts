import { expect as baseExpect, test, type Page } from '@playwright/test';
import { copyFileSync } from 'node:fs';
import type { FloatingIp } from '../../shared/domain/floating-ip.js';
import { AppPage } from '../pages/app.js';
import { FloatingIpsPage } from '../pages/floating-ips.js';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, RUN_PREFIX } from '../support/local-cloud.js';
import { deleteServers, demoNet, imageId, NANO } from '../support/server-fixtures.js';
import { useTheme } from '../support/theme.js';

/**
 * Floating IPs against the real local cloud: from a server's row, associate a newly allocated
 * address (the row shows it at once, Neutron has it on the server's port, Nova's addresses
 * agree soon after) and disassociate it from the drawer; on the Floating IPs screen, allocate,
 * associate, disassociate and release, each checked against Neutron. The cloud's demo-net has
 * a router with its gateway on `public` (e2e/cloud/bootstrap.py), which association needs.
 */
test.describe.configure({ mode: 'serial' });

const P = `${RUN_PREFIX}-fip`;
const SERVER = `${P}-srv`;
const demo = clientFor('local-demo');
/** a busy shared cloud answers lookups in tens of seconds */
const expect = baseExpect.configure({ timeout: 60_000 });
/** what the row shows straight from Neutron's answer, without waiting for Nova's cache */
const AT_ONCE = { timeout: 2_000 };
let app: RunningApp;
let page: Page;
let shell: AppPage;
let servers: ServersPage;
let fips: FloatingIpsPage;
let serverId: string;
let portId: string;
/** every floating IP this run made, released afterwards */
const made = new Set<string>();
let fromRow: FloatingIp;
let onScreen: string;

const fipByAddress = async (address: string) => (await demo.floatingIps.list({ floatingIpAddress: address }))[0];
const novaAddresses = async () => JSON.stringify((await demo.servers.get(serverId)).addresses);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  const [image, net] = await Promise.all([imageId(demo), demoNet(demo)]);
  const created = await demo.servers.create({ name: SERVER, imageRef: image, flavorRef: NANO, networks: [{ netId: net.id }] });
  serverId = created.id!;
  await demo.servers.waitFor(serverId, 'ACTIVE', { intervalMs: 1000, timeoutMs: 240_000 });
  const [port] = await demo.ports.list({ deviceId: serverId });
  portId = port!.id;
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  shell = new AppPage(page, app);
  servers = new ServersPage(page);
  fips = new FloatingIpsPage(page);
  await shell.open('local-demo');
});

test.afterAll(async () => {
  test.setTimeout(300_000);
  try {
    await page?.close();
    await app?.stop();
    // also what a failed step left on the server's port before its id was noted
    if (portId) for (const f of await demo.floatingIps.list({ portId }).catch(() => [])) made.add(f.id);
    await Promise.allSettled([...made].map((id) => demo.floatingIps.delete(id)));
    await deleteServers(demo, P);
  } finally {
    await demo.close();
  }
});

test('from the server row: associate a newly allocated floating IP; the row shows it at once, Neutron has it on the port, Nova agrees', async () => {
  test.setTimeout(240_000);
  await shell.goto('servers');
  await servers.filter(SERVER);
  await expect(servers.row(SERVER)).toContainText('Active', { timeout: 90_000 });
  const dialog = await fips.openServerAssociate(SERVER);
  // free addresses of other runs may be offered first: allocate a new one, as asked
  await fips.chooseSource(dialog, 'Allocate a new one from public');
  // one port (dual stack: its IPv4 address): taken without asking
  await expect(dialog.getByText(/^Points at 198\.18\.0\.\d+ on demo-net\.$/)).toBeVisible();
  await expect(dialog.getByLabel(/^Port/)).toHaveCount(0);
  await useTheme(page, 'light');
  await shell.dismissToasts();
  await page.screenshot({ path: 'e2e/artifacts/floating-ip-associate.png' });
  copyFileSync('e2e/artifacts/floating-ip-associate.png', 'docs/screenshots/floating-ip-associate.png');
  await dialog.getByRole('button', { name: 'Associate', exact: true }).click();
  await expect(dialog).toBeHidden();
  // Neutron's answer is on the row before Nova's cache has it (about 2 s later here)
  await expect(servers.row(SERVER)).toContainText(/203\.0\.113\.\d{1,3}(?!\d)/, AT_ONCE);
  const shown = /203\.0\.113\.\d{1,3}(?!\d)/.exec((await servers.row(SERVER).textContent()) ?? '')?.[0];

  const [fip] = await demo.floatingIps.list({ portId });
  expect(fip).toBeDefined();
  made.add(fip!.id);
  fromRow = fip!;
  expect(fip).toMatchObject({ floatingIpAddress: shown, portId, fixedIpAddress: expect.stringMatching(/^198\.18\.0\./), port: { deviceId: serverId } });
  await expect(shell.toast(`${fip!.floatingIpAddress} associated with ${SERVER}`)).toBeVisible();
  // Nova's own answer (its network info cache) catches up, and the row still agrees
  await expect.poll(novaAddresses, { timeout: 60_000, intervals: [1000] }).toContain(fip!.floatingIpAddress);
  await servers.refresh();
  await expect(servers.row(SERVER)).toContainText(fip!.floatingIpAddress);
});

test('from the server drawer: disassociate; the row drops it at once, Neutron has it free, Nova agrees', async () => {
  test.setTimeout(180_000);
  const drawer = await servers.openDetails(SERVER);
  await drawer.getByRole('button', { name: /^Disassociate floating IP/ }).click();
  const dialog = page.getByRole('dialog', { name: `Disassociate a floating IP from ${SERVER}` });
  await expect(dialog).toContainText(`${fromRow.floatingIpAddress} will be taken off ${SERVER}`);
  await dialog.getByRole('button', { name: 'Disassociate', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(shell.toast(`Disassociate floating IP: ${SERVER}`)).toBeVisible();
  await expect(servers.row(SERVER)).not.toContainText(fromRow.floatingIpAddress, AT_ONCE);
  expect(await demo.floatingIps.get(fromRow.id)).toMatchObject({ portId: undefined, fixedIpAddress: undefined });
  await expect.poll(novaAddresses, { timeout: 60_000, intervals: [1000] }).not.toContain(fromRow.floatingIpAddress);
  await servers.closeDrawer(drawer);
});

test('the Floating IPs screen is in the navigation and the command palette', async () => {
  await shell.expectNavLink('Floating IPs');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill('floating');
  await expect(page.getByRole('option', { name: /Go to Floating IPs/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(fips.heading()).toHaveText('Floating IPs · local-demo');
});

test('allocate from the only external network: Neutron has a free address on public; the toggle shows it under Free only', async () => {
  onScreen = await fips.allocateFrom('public');
  const fip = await fipByAddress(onScreen);
  expect(fip).toMatchObject({ portId: undefined });
  made.add(fip!.id);
  const [pub] = await demo.networks.list({ name: 'public', external: true });
  expect(fip!.floatingNetworkId).toBe(pub!.id);
  await fips.filter(onScreen);
  await expect(fips.row(onScreen)).toContainText('public');
  await fips.show('Associated');
  await expect(fips.row(onScreen)).toHaveCount(0);
  await fips.show('Free');
  await expect(fips.row(onScreen)).toBeVisible();
  await fips.show('All');
});

test('associate it with the server (its only port taken without asking): Neutron has it on the port; the row links to the server', async () => {
  await fips.associate(onScreen, SERVER);
  await expect(shell.toast(`${onScreen} associated with ${SERVER}`)).toBeVisible();
  const fip = await fipByAddress(onScreen);
  expect(fip).toMatchObject({ portId, fixedIpAddress: expect.stringMatching(/^198\.18\.0\./) });
  const row = fips.row(onScreen);
  await expect(row).toContainText(fip!.fixedIpAddress!);
  await expect(row.getByRole('link', { name: SERVER })).toBeVisible();
  const drawer = await fips.openDetails(onScreen);
  await expect(drawer).toContainText(portId);
  await expect(drawer.getByRole('link', { name: SERVER })).toBeVisible();
  // the link opens the servers screen on that server's row, with the address on it
  await row.getByRole('link', { name: SERVER }).click();
  await expect(servers.heading('local-demo')).toBeVisible();
  await expect(servers.row(SERVER)).toContainText(onScreen);
  await expect(servers.dataRows()).toHaveCount(1);
});

test('disassociate it: Neutron has it free again', async () => {
  await shell.goto('floating-ips');
  await fips.filter(onScreen);
  await fips.rowAction(onScreen, /^Disassociate/);
  await expect(shell.toast(`Disassociate: ${onScreen} — done`)).toBeVisible();
  expect(await fipByAddress(onScreen)).toMatchObject({ portId: undefined, fixedIpAddress: undefined });
  await fips.show('Free');
  await expect(fips.row(onScreen)).toBeVisible();
  await fips.show('All');
});

test('release both addresses, with confirmation: gone from the list and from Neutron', async () => {
  for (const address of [onScreen, fromRow.floatingIpAddress]) {
    await fips.filter(address);
    await fips.rowAction(address, /^Release/);
    await fips.confirm(`Release ${address}?`, 'Release');
    await expect(shell.toast(`Release: ${address} — done`)).toBeVisible();
    await expect(fips.row(address)).toHaveCount(0);
    expect(await fipByAddress(address)).toBeUndefined();
  }
});
