import { expect, test } from '@playwright/test';
import { RUN_PREFIX } from '../support/local-cloud.js';
import { oneActiveServer } from '../support/one-server.js';
import { demoNet, freeIp } from '../support/server-fixtures.js';

// Interfaces from the server's row menu, against the real Nova and Neutron: a server on no
// network gets a port on demo-net with a chosen fixed IP, then loses it.
const P = `${RUN_PREFIX}-nics`;
const one = oneActiveServer(P);

const bound = async () =>
  (await one.demo.network.get<{ ports: Array<{ fixed_ips: Array<{ ip_address: string }> }> }>('/ports', { device_id: one.id })).ports.flatMap((p) => p.fixed_ips.map((f) => f.ip_address));

test('attach a network with a fixed IP from the row menu, then detach it: Neutron binds and unbinds the port', async () => {
  test.setTimeout(150_000);
  const { demo, page, servers } = one;
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
