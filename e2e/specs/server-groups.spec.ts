import { expect as baseExpect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app.js';
import { LaunchPage } from '../pages/launch.js';
import { ServerGroupsPage } from '../pages/server-groups.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, RUN_PREFIX } from '../support/local-cloud.js';
import { deleteServers } from '../support/server-fixtures.js';
import { useTheme } from '../support/theme.js';

/**
 * The Server groups screen (built on the resource kit) against the real local cloud: create
 * with a policy and a rule, list and details, chosen in the launch wizard with Nova placing
 * the server in it, the member linking to its server, delete. Cleaned up afterwards.
 */
test.describe.configure({ mode: 'serial' });

const P = `${RUN_PREFIX}-sg`;
const GROUP = `${P}-anti`;
const SERVER = `${P}-srv`;
const demo = clientFor('local-demo');
const expect = baseExpect.configure({ timeout: 60_000 });
let app: RunningApp;
let page: Page;
let shell: AppPage;
let screen: ServerGroupsPage;

const groupByName = async () => (await demo.serverGroups.list()).find((g) => g.name === GROUP);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  shell = new AppPage(page, app);
  screen = new ServerGroupsPage(page);
  await shell.open('local-demo');
  await shell.goto('server-groups');
  await expect(screen.heading()).toHaveText('Server groups · local-demo');
});

test.afterAll(async () => {
  test.setTimeout(300_000);
  try {
    await page?.close();
    await app?.stop();
    await deleteServers(demo, P);
    const mine = (await demo.serverGroups.list().catch(() => [])).filter((g) => g.name.startsWith(P));
    await Promise.all(mine.map((g) => demo.serverGroups.delete(g.id).catch(() => undefined)));
  } finally {
    await demo.close();
  }
});

test('create an anti-affinity group with at most 2 servers per host: Nova has the policy and the rule', async () => {
  await shell.expectNavLink('Server groups');
  await screen.create(GROUP, 'Anti-affinity', 2);
  await expect(shell.toast(`Server group ${GROUP} created`)).toBeVisible();
  await expect(screen.row(GROUP)).toContainText('Anti-affinity');
  await expect(screen.row(GROUP)).toContainText('at most 2 per host');
  const nova = await groupByName();
  expect(nova?.policy).toBe('anti-affinity');
  expect(nova?.maxServerPerHost).toBe(2);
});

test('in Simplified Chinese the screen, its columns and the policy are translated', async () => {
  await page.evaluate(() => localStorage.setItem('novadesk.language', 'zh-CN'));
  await page.reload();
  try {
    await expect(page.getByRole('heading', { level: 1, name: '云主机组 · local-demo' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '策略' })).toBeVisible();
    await page.getByRole('searchbox', { name: '快速筛选' }).fill(GROUP);
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: GROUP, exact: true }) });
    await expect(row).toContainText('反亲和');
    await expect(row).toContainText('每台主机最多 2 个');
    await expect(row).not.toContainText('anti-affinity');
  } finally {
    await page.evaluate(() => localStorage.setItem('novadesk.language', 'en'));
    await page.reload();
  }
});

test('the server group is chosen in the launch wizard, and Nova places the server in it', async () => {
  test.setTimeout(300_000);
  const group = await groupByName();
  const launch = new LaunchPage(page);
  await launch.openFresh(app.origin);
  await launch.fillBasics(SERVER, 'tiny-raw', 'm1.nano', 'demo-net');
  await launch.chooseServerGroup(GROUP);
  await expect(launch.body()).toContainText(`"group": "${group!.id}"`);
  await launch.launch();
  await expect(launch.run(SERVER)).toBeVisible();
  await expect
    .poll(async () => {
      const [server] = await demo.servers.list({ name: `^${SERVER}$` });
      return server && (await demo.serverGroups.get(group!.id)).members.includes(server.id);
    }, { timeout: 240_000, intervals: [3000] })
    .toBe(true);
});

test('the list and the drawer show the member, which links to its server on the servers screen', async () => {
  test.setTimeout(180_000);
  await shell.goto('server-groups');
  await screen.filter(P);
  await expect(screen.dataRows()).toHaveCount(1);
  await expect(screen.row(GROUP)).toContainText('1');
  const drawer = await screen.openDetails(GROUP);
  await expect(drawer).toContainText('Anti-affinity');
  await drawer.getByRole('tab', { name: 'Members (1)' }).click();
  const link = drawer.getByRole('link', { name: SERVER });
  await expect(link).toBeVisible();
  await useTheme(page, 'light');
  await shell.dismissToasts();
  await page.screenshot({ path: 'docs/screenshots/server-groups.png' });
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Servers · local-demo' })).toBeVisible();
  const serverRow = page.getByRole('row').filter({ has: page.getByRole('button', { name: SERVER, exact: true }) });
  await expect(serverRow).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('checkbox', { name: /^Select (?!all shown)/ })).toHaveCount(1);
});

test('delete from the row menu, with confirmation: gone from the list and from Nova', async () => {
  test.setTimeout(180_000);
  // the group can go while its server lives; delete the server first anyway, as a user would
  await deleteServers(demo, P);
  await shell.goto('server-groups');
  await screen.filter(P);
  await screen.rowAction(GROUP, /^Delete/);
  await screen.confirm(`Delete the server group ${GROUP}?`, 'Delete');
  await expect(shell.toast(`Delete: ${GROUP} — done`)).toBeVisible();
  await expect(screen.dataRows()).toHaveCount(0);
  expect(await groupByName()).toBeUndefined();
});
