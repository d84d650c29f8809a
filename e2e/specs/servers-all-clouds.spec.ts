import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { RUN_PREFIX, clientFor, localCloud } from '../support/local-cloud.js';
import { saveDemoProfileVia } from '../support/proxied-profile.js';
import { NANO, UNSCHEDULABLE, deleteServers, demoNet, imageId } from '../support/server-fixtures.js';

// Issue 13: All clouds lists a server once however many profiles reach its project on the
// same Nova, naming every one of them. The seeded profiles local-demo and
// local-demo-regiontwo already do (RegionTwo aliases RegionOne's services); a third one is
// added here, with a long name, which also shows the Cloud cell clipping with an ellipsis.
const P = `${RUN_PREFIX}-xc`;
const NAMES = { net: `${P}-net`, err: `${P}-err` };
// not containing P: the quick filter also matches the cloud name
const THIRD = `demo-once-more-through-a-third-profile-${RUN_PREFIX}`;
const SAME_PROJECT = ['local-demo', 'local-demo-regiontwo', THIRD];
const demo = clientFor('local-demo');
let app: RunningApp;
let page: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(120_000);
  const [image, net] = await Promise.all([imageId(demo), demoNet(demo)]);
  // one on demo-net (an IPv4 and an IPv6 address), one no host can take (ERROR, cheaply)
  await Promise.all([
    demo.servers.create({ name: NAMES.net, imageRef: image, flavorRef: NANO, networks: [{ netId: net.id }] }),
    demo.servers.create({ name: NAMES.err, imageRef: image, flavorRef: UNSCHEDULABLE, networks: 'none' }),
  ]);
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await app.open(page, '#/profiles');
  await expect(page.getByRole('button', { name: /^Cloud:/ })).toBeEnabled();
  expect(await saveDemoProfileVia(page, THIRD, localCloud('local-demo').auth.auth_url)).toBe(true);
  await page.getByRole('button', { name: /^Cloud:/ }).click();
  await page.getByRole('menuitemradio', { name: /^local-demo(\s|$)/ }).click();
  await page.getByRole('link', { name: 'Servers' }).click();
});

test.afterAll(async () => {
  try {
    await page?.close();
    // the app's data folder, the added profile with it, goes with the app
    await app?.stop();
    await deleteServers(demo, P);
  } finally {
    await demo.close();
  }
});

const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });
const dataRows = () => page.getByRole('checkbox', { name: /^Select (?!all shown)/ });
const cloudCell = (name: string) => row(name).locator('.srv-cloud-name');

/**
 * The element's text does not fit and ends in an ellipsis. text-overflow only draws one in a
 * block container: in a flex container the text sits in flex items and is cut off bare.
 */
async function expectEllipsis(el: Locator): Promise<void> {
  const box = await el.evaluate((e) => {
    const s = getComputedStyle(e);
    return { textOverflow: s.textOverflow, overflow: s.overflowX, display: s.display, scroll: e.scrollWidth, client: e.clientWidth };
  });
  expect(box).toMatchObject({ textOverflow: 'ellipsis', overflow: 'hidden', display: expect.stringMatching(/^(block|inline-block)$/) });
  expect(box.scroll).toBeGreaterThan(box.client);
}

test('a server three profiles reach in one project is one row naming all three', async () => {
  test.setTimeout(150_000);
  await page.getByRole('switch', { name: 'All clouds' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Servers · all clouds' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Quick filter' }).fill(P);
  // every cloud answers; rows of the same server merge once each profile's endpoint is known
  await expect(page.getByRole('status').filter({ hasText: /^Loading servers from/ })).toHaveCount(0, { timeout: 90_000 });
  // named in the app's profile order: the first one is the one the row's actions go through
  const order = await page.evaluate(async () => {
    const r = await window.novadesk.invoke('profiles.list', {});
    return r.ok ? r.value.map((p) => p.name) : [];
  });
  const names = order.filter((n) => SAME_PROJECT.includes(n)).join(', ');
  expect(names.split(', ').sort()).toEqual([...SAME_PROJECT].sort());
  for (const name of Object.values(NAMES)) {
    await expect(row(name)).toHaveCount(1, { timeout: 60_000 });
    for (const cloud of SAME_PROJECT) await expect(cloudCell(name)).toContainText(cloud);
    await expect(row(name).locator('.srv-cloud-chip')).toHaveAttribute('title', names);
  }
  // the count says servers, not rows ("2 servers" when no other project's are in view)
  await expect(dataRows()).toHaveCount(2);
  await expect(page.getByText(/^2 (servers|of \d+)$/)).toBeVisible();
  // the details name them too
  await page.getByRole('button', { name: NAMES.err, exact: true }).click();
  const drawer = page.getByRole('dialog', { name: NAMES.err });
  await expect(drawer).toContainText(names);
  await drawer.getByRole('button', { name: 'Close details' }).click();
  await expect(drawer).toBeHidden();
  // the quick filter finds a server by any profile that sees it
  await page.getByRole('searchbox', { name: 'Quick filter' }).fill(`${P} ${THIRD}`);
  await expect(dataRows()).toHaveCount(2);
  await page.screenshot({ path: 'e2e/artifacts/servers-all-clouds.png' });
});

test('a long cloud list and a long IPv6 address end in an ellipsis, the whole text in the tooltip', async () => {
  test.setTimeout(120_000);
  await page.getByRole('searchbox', { name: 'Quick filter' }).fill(P);
  await expectEllipsis(cloudCell(NAMES.err));
  const addresses = row(NAMES.net).locator('.srv-addresses');
  await expect(addresses).toContainText(/fd00:198:18:[0-9a-f:]+/, { timeout: 90_000 });
  await expect(addresses).toHaveAttribute('title', /demo-net: .*fd00:198:18:/);
  await expectEllipsis(addresses);
});
