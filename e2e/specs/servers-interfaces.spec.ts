import { expect, test, type Page } from '@playwright/test';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { RUN_PREFIX, clientFor } from '../support/local-cloud.js';
import { NANO, deleteServers, demoNet, freeIp, imageId } from '../support/server-fixtures.js';

// Interfaces from the server's row menu, against the real Nova and Neutron: a server on no
// network gets a port on demo-net with a chosen fixed IP, then loses it.
const P = `${RUN_PREFIX}-nics`;
const demo = clientFor('local-demo');
let serverId: string;
let app: RunningApp;
let page: Page;
let servers: ServersPage;

const bound = async () =>
  (await demo.network.get<{ ports: Array<{ fixed_ips: Array<{ ip_address: string }> }> }>('/ports', { device_id: serverId })).ports.flatMap((p) => p.fixed_ips.map((f) => f.ip_address));

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

test('attach a network with a fixed IP from the row menu, then detach it: Neutron binds and unbinds the port', async () => {
  test.setTimeout(150_000);
  const net = await demoNet(demo);
  const ip = await freeIp(demo, net.id, net.v4);
  await servers.rowAction(P, /^Interfaces/);
  const dialog = page.getByRole('dialog', { name: `Interfaces of ${P}` });
  await expect(dialog.getByText('No interfaces: the server is on no network.')).toBeVisible({ timeout: 30_000 });

  // what Nova would refuse is refused on its field first
  await dialog.getByRole('combobox', { name: /^Network/ }).selectOption({ label: 'demo-net' });
  await dialog.getByLabel('Fixed IP (optional)').fill('10.0.0.300');
  await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(dialog.locator('.field-error')).toBeVisible();
  await dialog.getByLabel('Fixed IP (optional)').fill(ip);
  await page.screenshot({ path: 'e2e/artifacts/servers-interfaces.png' });
  await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(bound, { timeout: 60_000 }).toEqual([ip]);
  // the row follows Nova's answer once its info cache has the port
  await expect(servers.row(P)).toContainText(ip, { timeout: 60_000 });

  await servers.rowAction(P, /^Interfaces/);
  const table = dialog.getByRole('table', { name: 'Interfaces' });
  await expect(table).toContainText(ip, { timeout: 30_000 });
  await expect(table).toContainText('demo-net');
  await dialog.getByRole('button', { name: `Detach the interface ${ip}` }).click();
  await expect.poll(bound, { timeout: 60_000 }).toEqual([]);
  await expect(servers.row(P)).not.toContainText(ip, { timeout: 60_000 });
});
