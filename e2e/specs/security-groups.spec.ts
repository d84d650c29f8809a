import { expect as baseExpect, test, type Page } from '@playwright/test';
import { copyFile, mkdir } from 'node:fs/promises';
import type { SecurityGroupRule } from '../../shared/domain/security-group.js';
import { AppPage } from '../pages/app.js';
import { SecurityGroupsPage } from '../pages/security-groups.js';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, RUN_PREFIX } from '../support/local-cloud.js';
import { deleteServers, demoNet, imageId, NANO } from '../support/server-fixtures.js';
import { useTheme } from '../support/theme.js';

/**
 * The Security groups screen against the real local cloud: create a group, add rules from the
 * presets and a custom one (Neutron then holds exactly those), a bad CIDR and a duplicate
 * refused on the form, rename, put the group on a server's port and take it off again (Neutron's
 * port says so), delete refused while in use, then deleted. Cleaned up afterwards.
 */
test.describe.configure({ mode: 'serial' });

const P = `${RUN_PREFIX}-secg`;
const GROUP = `${P}-web`;
const RENAMED = `${P}-web2`;
const SERVER = `${P}-srv`;
const demo = clientFor('local-demo');
const expect = baseExpect.configure({ timeout: 60_000 });
let app: RunningApp;
let page: Page;
let shell: AppPage;
let screen: SecurityGroupsPage;

const groupNamed = async (name: string) => (await demo.securityGroups.list({ name }))[0];
/** A rule as one comparable line: direction, family, protocol, ports, remote. */
const line = (r: SecurityGroupRule, self: string) =>
  [r.direction, r.ethertype, r.protocol ?? 'any', r.portRangeMin === undefined ? '-' : `${r.portRangeMin}-${r.portRangeMax}`, r.remoteGroupId === self ? 'self' : (r.remoteGroupId ?? r.remoteIpPrefix ?? '*')].join(' ');
const neutronRules = async (id: string) => (await demo.securityGroups.listRules(id)).map((r) => line(r, id)).sort();
const portsOfServer = async () => {
  const [server] = await demo.servers.list({ name: `^${SERVER}$` });
  return server ? demo.ports.list({ deviceId: server.id }) : [];
};

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const [image, net] = await Promise.all([imageId(demo), demoNet(demo)]);
  await demo.servers.create({ name: SERVER, imageRef: image, flavorRef: NANO, networks: [{ netId: net.id }] });
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  shell = new AppPage(page, app);
  screen = new SecurityGroupsPage(page);
  await shell.open('local-demo');
  await shell.goto('security-groups');
  await expect(screen.heading()).toHaveText('Security groups · local-demo');
});

test.afterAll(async () => {
  test.setTimeout(300_000);
  try {
    await page?.close();
    await app?.stop();
    await deleteServers(demo, P);
    const mine = (await demo.securityGroups.list().catch(() => [])).filter((g) => g.name.startsWith(P));
    await Promise.all(mine.map((g) => demo.securityGroups.delete(g.id).catch(() => undefined)));
  } finally {
    await demo.close();
  }
});

test('create a group: Neutron has it, with its two default egress rules', async () => {
  await shell.expectNavLink('Security groups');
  await screen.create(GROUP, 'web servers');
  await expect(shell.toast(`Security group ${GROUP} created`)).toBeVisible();
  await screen.filter(P);
  await expect(screen.row(GROUP)).toContainText('web servers');
  await expect(screen.row(GROUP)).toContainText('2');
  const g = await groupNamed(GROUP);
  expect(g?.description).toBe('web servers');
  expect(await neutronRules(g!.id)).toEqual(['egress IPv4 any - *', 'egress IPv6 any - *']);
});

test('rules from the presets and a custom one: Neutron holds exactly those', async () => {
  test.setTimeout(180_000);
  const g = (await groupNamed(GROUP))!;
  const { drawer, table, form } = await screen.openRules(GROUP);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(1 + 2);
  for (const [i, preset] of ['SSH (22)', 'HTTPS (443)', 'ICMP (ping)', 'All from a group'].entries()) {
    await form.preset(preset);
    await form.add();
    await expect(rows).toHaveCount(1 + 2 + i + 1);
  }
  // custom: UDP 8000–8100 from a documentation prefix, described
  await form.select('Protocol').selectOption({ label: 'UDP' });
  await form.field('From port').fill('8000');
  await form.field('To port').fill('8100');
  await form.select('Remote').selectOption({ label: 'CIDR' });
  await form.field('Remote CIDR').fill('198.51.100.0/24');
  await form.field('Description').fill('game servers');
  await form.add();
  await expect(table.getByRole('row')).toHaveCount(1 + 7);
  await expect(drawer.getByRole('tab', { name: 'Rules (7)' })).toBeVisible();
  await expect(table).toContainText('8000–8100');
  await expect(table).toContainText(`group ${GROUP}`);
  expect(await neutronRules(g.id)).toEqual(
    [
      'egress IPv4 any - *',
      'egress IPv6 any - *',
      'ingress IPv4 tcp 22-22 0.0.0.0/0',
      'ingress IPv4 tcp 443-443 0.0.0.0/0',
      'ingress IPv4 icmp - 0.0.0.0/0',
      'ingress IPv4 any - self',
      'ingress IPv4 udp 8000-8100 198.51.100.0/24',
    ].sort(),
  );
  await useTheme(page, 'light');
  await shell.dismissToasts();
  await mkdir('e2e/artifacts', { recursive: true });
  await page.screenshot({ path: 'e2e/artifacts/security-groups-rules.png' });
  await copyFile('e2e/artifacts/security-groups-rules.png', 'docs/screenshots/security-groups-rules.png');
});

test('a bad CIDR, a CIDR of the other family, ports out of order: each refused on its field, nothing sent', async () => {
  const g = (await groupNamed(GROUP))!;
  const before = await neutronRules(g.id);
  const { form } = await screen.openRules(GROUP);
  await form.preset('SSH (22)');
  const cidr = form.field('Remote CIDR');
  await cidr.fill('10.0.0.0/33');
  await form.add();
  await expect(cidr).toHaveAttribute('aria-invalid', 'true');
  await expect(form.root).toContainText('Not a CIDR: an address and a prefix length');
  await cidr.fill('2001:db8::/32');
  await form.add();
  await expect(form.root).toContainText('This CIDR is of the other family than the ether type.');
  await cidr.fill('0.0.0.0/0');
  await form.field('From port').fill('9000');
  await form.field('To port').fill('80');
  await form.add();
  await expect(form.field('To port')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.root).toContainText('Must not be below the first port.');
  expect(await neutronRules(g.id)).toEqual(before);
});

test("a rule already in the group: Neutron's 409 is said on the form, naming the rule", async () => {
  const g = (await groupNamed(GROUP))!;
  const before = await neutronRules(g.id);
  const { form } = await screen.openRules(GROUP);
  await form.preset('SSH (22)');
  await form.add();
  await expect(form.alert()).toHaveText('This rule is already in the group: ingress IPv4 tcp 22 0.0.0.0/0.');
  expect(await neutronRules(g.id)).toEqual(before);
});

test('rename and describe: Neutron has the new name and description', async () => {
  await screen.edit(GROUP, RENAMED, 'web and game servers');
  await expect(shell.toast(`Security group ${RENAMED} saved`)).toBeVisible();
  await expect(screen.row(RENAMED)).toContainText('web and game servers');
  const g = await groupNamed(RENAMED);
  expect(g?.description).toBe('web and game servers');
  expect(await groupNamed(GROUP)).toBeUndefined();
});

test("on a server's port: added, Neutron's port has it; the group cannot be deleted then (409 on the dialog); removed", async () => {
  test.setTimeout(300_000);
  const g = (await groupNamed(RENAMED))!;
  await expect.poll(async () => (await portsOfServer()).length, { timeout: 180_000, intervals: [2000] }).toBe(1);
  const servers = new ServersPage(page);
  await shell.goto('servers');
  await servers.quickFilter().fill(SERVER);
  await expect(servers.row(SERVER)).toBeVisible({ timeout: 90_000 });
  await servers.rowAction(SERVER, /^Security groups/);
  const dialog = page.getByRole('dialog', { name: `Security groups of ${SERVER}` });
  await dialog.getByRole('combobox', { name: 'Add', exact: true }).selectOption({ label: RENAMED });
  await dialog.getByRole('button', { name: /^Add the group to port/ }).click();
  const remove = dialog.getByRole('button', { name: new RegExp(`^Remove ${RENAMED} from port`) });
  await expect(remove).toBeVisible();
  await expect.poll(async () => (await portsOfServer())[0]?.securityGroupIds.includes(g.id)).toBe(true);
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();

  await shell.goto('security-groups');
  await screen.filter(P);
  await screen.rowAction(RENAMED, /^Delete/);
  const confirm = page.getByRole('dialog', { name: `Delete the security group ${RENAMED}?` });
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm.getByRole('alert')).toContainText(/in use/i);
  expect(await groupNamed(RENAMED)).toBeDefined();
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await shell.goto('servers');
  await servers.quickFilter().fill(SERVER);
  await servers.rowAction(SERVER, /^Security groups/);
  await dialog.getByRole('button', { name: new RegExp(`^Remove ${RENAMED} from port`) }).click();
  await expect(dialog.getByRole('button', { name: new RegExp(`^Remove ${RENAMED} from port`) })).toBeHidden();
  await expect.poll(async () => (await portsOfServer())[0]?.securityGroupIds.includes(g.id)).toBe(false);
});

test('delete from the row menu, with confirmation: gone from the list and from Neutron', async () => {
  await shell.goto('security-groups');
  await screen.filter(P);
  await screen.rowAction(RENAMED, /^Delete/);
  await screen.confirm(`Delete the security group ${RENAMED}?`, 'Delete');
  await expect(shell.toast(`Delete: ${RENAMED} — done`)).toBeVisible();
  await expect(screen.dataRows()).toHaveCount(0);
  expect(await groupNamed(RENAMED)).toBeUndefined();
});
