import { expect as baseExpect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app.js';
import { OverviewPage } from '../pages/overview.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { RUN_PREFIX, clientFor, novaAbsoluteLimits, openstackJson } from '../support/local-cloud.js';
import { bootActive, deleteKeypair, deleteServers, importKeypair } from '../support/server-fixtures.js';

/**
 * Issue 16, the project's overview: the demo project's quota bars against what the reference
 * client reads from the same Nova, and the across-clouds table with two scopes of one profile.
 * The server booted here carries RUN_PREFIX and is deleted afterwards.
 */
test.describe.configure({ mode: 'serial' });

const P = `${RUN_PREFIX}-ov`;
const demo = clientFor('local-demo');
/** a busy shared cloud answers in tens of seconds */
const expect = baseExpect.configure({ timeout: 60_000 });
let app: RunningApp;
let page: Page;
let overview: OverviewPage;

/** What the reference client (python-openstackclient) reads from the same cloud as the demo user. */
const openstack = <T,>(...args: string[]) => openstackJson<T>('local-demo', ...args);
const absoluteLimits = () => novaAbsoluteLimits('local-demo');

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  await Promise.all([bootActive(demo, `${P}-srv`), importKeypair(demo, `${P}-kp`)]);
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  overview = new OverviewPage(page);
  const shell = new AppPage(page, app);
  await shell.open('local-demo');
  await shell.goto('servers');
  await shell.expectNavLink('Overview');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(overview.heading()).toHaveText('Overview · local-demo');
});

test.afterAll(async () => {
  test.setTimeout(180_000);
  try {
    await page?.close();
    await app?.stop();
    await Promise.all([deleteServers(demo, P), deleteKeypair(demo, `${P}-kp`)]);
  } finally {
    await demo.close();
  }
});

test('the demo project shows the instances and vCPUs Nova counts, as openstack limits show --absolute reads them', async () => {
  test.setTimeout(150_000);
  const instances = overview.meter('Compute', 'Instances');
  const cores = overview.meter('Compute', 'vCPUs');
  // other runs share the demo project: compare both readings taken together until they agree
  await expect(async () => {
    await overview.refresh();
    const limits = absoluteLimits();
    expect(limits.totalInstancesUsed).toBeGreaterThanOrEqual(1);
    await baseExpect(instances).toHaveAttribute('aria-valuenow', String(limits.totalInstancesUsed), { timeout: 15_000 });
    await baseExpect(instances).toHaveAttribute('aria-valuemax', String(limits.maxTotalInstances));
    await baseExpect(instances).toHaveAttribute('aria-valuetext', `${limits.totalInstancesUsed!.toLocaleString('en')} of ${limits.maxTotalInstances!.toLocaleString('en')} used`);
    await baseExpect(cores).toHaveAttribute('aria-valuenow', String(limits.totalCoresUsed));
    await baseExpect(cores).toHaveAttribute('aria-valuemax', String(limits.maxTotalCores));
  }).toPass({ timeout: 90_000 });
  const { maxTotalInstances } = absoluteLimits();
  await expect(overview.section('Compute')).toContainText(`of ${maxTotalInstances!.toLocaleString('en')} used`);
  // Nova counts key pairs per user (its project detail says 0): the user's own, as openstack lists them
  const keypairs = overview.meter('Compute', 'Key pairs');
  await expect(async () => {
    await overview.refresh();
    const listed = openstack<unknown[]>('keypair', 'list').length;
    expect(listed).toBeGreaterThanOrEqual(1);
    await baseExpect(keypairs).toHaveAttribute('aria-valuenow', String(listed), { timeout: 15_000 });
  }).toPass({ timeout: 90_000 });

  // the other services show theirs beside it
  await expect(overview.meter('Network', 'Floating IPs')).toBeVisible();
  await expect(overview.meter('Network', 'Routers')).toBeVisible();
  await expect(overview.meter('Block storage', 'Volumes')).toBeVisible();
  await expect(overview.meter('Block storage', 'Volume storage')).toHaveAttribute('aria-valuetext', /GiB used|TiB used/);
  await page.screenshot({ path: 'docs/screenshots/overview.png' });
});

test('across clouds lists two scopes of local-demo, sorts by the room left, and a row opens its overview', async () => {
  // every seeded profile and the new scope log in and read three quotas
  test.setTimeout(180_000);
  // a second scope of the demo profile: its RegionTwo (the same services under another region)
  await overview.shell.pickScope('Regions', 'RegionTwo');
  await overview.shell.expectScope('demo', 'RegionTwo');
  await overview.shell.runCommand('compare quotas across clouds');
  await expect(overview.heading()).toHaveText('Overview · across clouds');
  await expect(overview.rows('local-demo')).toHaveCount(2);
  const regionOne = overview.rows('local-demo', 'RegionOne');
  const regionTwo = overview.rows('local-demo', 'RegionTwo');
  await expect(regionOne).toHaveCount(1);
  await expect(regionTwo).toHaveCount(1);
  // one project behind both scopes: Nova's instance limit in each
  const used = new RegExp(`^\\d[\\d,]* / ${absoluteLimits().maxTotalInstances!.toLocaleString('en')}$`);
  await expect(regionOne.getByRole('cell').nth(2)).toHaveText(used);
  await expect(regionTwo.getByRole('cell').nth(2)).toHaveText(used);
  // the other seeded profiles are open too
  await expect(overview.rows('local-alt')).toHaveCount(1);

  // every row answered: the first click on Instances puts the most room first, the second the least
  await expect(overview.table().getByText('…')).toHaveCount(0);
  const room = (text: string) => {
    const m = /^([\d,]+) \/ ([\d,]+|unlimited)$/.exec(text);
    if (!m?.[1] || !m[2]) return Number.NaN;
    return m[2] === 'unlimited' ? Number.POSITIVE_INFINITY : Number(m[2].replaceAll(',', '')) - Number(m[1].replaceAll(',', ''));
  };
  const rooms = async () => (await overview.columnTexts('Instances')).map(room);
  await overview.sortBy('Instances');
  await expect(overview.table().getByRole('columnheader', { name: 'Instances' })).toHaveAttribute('aria-sort', 'descending');
  const desc = await rooms();
  expect(desc.length).toBeGreaterThanOrEqual(5);
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await overview.sortBy('Instances');
  await expect(overview.table().getByRole('columnheader', { name: 'Instances' })).toHaveAttribute('aria-sort', 'ascending');
  const asc = await rooms();
  expect(asc).toEqual([...desc].sort((a, b) => a - b));
  await overview.sortBy('Instances');
  await page.screenshot({ path: 'docs/screenshots/overview-across.png' });

  await overview.rows('local-alt').getByRole('button', { name: 'local-alt', exact: true }).click();
  await overview.shell.expectCloud('local-alt');
  await expect(overview.heading()).toHaveText('Overview · local-alt');
  await expect(overview.meter('Compute', 'Instances')).toBeVisible();
  await overview.show('Across clouds');
  await expect(overview.rows('local-alt')).toHaveClass(/open/);
});
