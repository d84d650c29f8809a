import { expect, test, type Locator, type Page } from '@playwright/test';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { RUN_PREFIX, clientFor } from '../support/local-cloud.js';
import { saveDemoProfileVia } from '../support/proxied-profile.js';
import { UNSCHEDULABLE, deleteServers, imageId } from '../support/server-fixtures.js';

/**
 * Long transitional statuses in the servers list's fixed-width status column. Nova holds a
 * task state for seconds at most, so the rows are real servers of the local cloud (made here,
 * deleted after) whose status and task state the loopback proxy rewrites in Nova's own
 * answers, the list and each row's polling GET alike.
 */
const P = `${RUN_PREFIX}-st`;
const NAMES = { rebuild: `${P}-rebuild`, reboot: `${P}-reboot`, resized: `${P}-resized` };
/** what Nova would say mid-way, as it says it (power state 1 = running) */
const STATES: Record<string, Record<string, unknown>> = {
  [NAMES.rebuild]: { status: 'REBUILD', 'OS-EXT-STS:task_state': 'rebuild_block_device_mapping', 'OS-EXT-STS:power_state': 1 },
  [NAMES.reboot]: {
    status: 'HARD_REBOOT',
    'OS-EXT-STS:task_state': 'reboot_pending_hard',
    'OS-EXT-STS:power_state': 1,
    locked: true,
    locked_reason: 'e2e',
  },
  // deleted while the resize waits for its decision
  [NAMES.resized]: { status: 'VERIFY_RESIZE', 'OS-EXT-STS:task_state': 'deleting', 'OS-EXT-STS:power_state': 1 },
};
const demo = clientFor('local-demo');
let app: RunningApp;
let proxy: FaultProxy;
let page: Page;
let servers: ServersPage;

test.describe.configure({ mode: 'serial' });

function rewrite(body: unknown): unknown {
  const b = body as { servers?: Array<Record<string, unknown>>; server?: Record<string, unknown> };
  for (const s of [...(b.servers ?? []), ...(b.server ? [b.server] : [])]) Object.assign(s, STATES[String(s.name)]);
  return body;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const image = await imageId(demo);
  // the flavor no host can take and no network: cheap; the proxy gives them their state
  await Promise.all(Object.values(NAMES).map((name) => demo.servers.create({ name, imageRef: image, flavorRef: UNSCHEDULABLE, networks: 'none' })));
  proxy = await FaultProxy.start();
  proxy.inject({ service: 'compute', method: 'GET', path: /\/servers/, fault: { type: 'rewrite', json: rewrite } });
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  servers = new ServersPage(page);
  await app.open(page, '#/profiles');
  await expect(servers.shell.switcher()).toBeEnabled();
  // not containing P: the quick filter also matches the cloud name
  const cloud = `status-proxy-${RUN_PREFIX}`;
  expect(await saveDemoProfileVia(page, cloud, proxy.authUrl)).toBe(true);
  await servers.shell.pickCloud(cloud);
  await page.getByRole('link', { name: 'Servers' }).click();
  await expect(servers.heading(cloud)).toBeVisible();
});

test.afterAll(async () => {
  try {
    await page?.close();
    await app?.stop();
    await proxy?.close();
    await deleteServers(demo, P);
  } finally {
    await demo.close();
  }
});


/**
 * What the status cell draws past its edge (the cell clips it: unreadable, and nothing says
 * so), what it cuts short without an ellipsis, and whether the status word itself is cut.
 */
function cutParts(status: Locator): Promise<string[]> {
  return status.evaluate((el) => {
    const td = el.closest('td');
    if (!td) return ['the cell was drawn again while measured'];
    const right = td.getBoundingClientRect().right - parseFloat(getComputedStyle(td).paddingRight);
    const bad: string[] = [];
    for (const part of Array.from(el.querySelectorAll<HTMLElement>(':scope > *'))) {
      const what = part.textContent || part.className;
      if (part.getBoundingClientRect().right > right + 0.5) bad.push(`'${what}' runs past the cell`);
      if (part.scrollWidth > part.clientWidth && getComputedStyle(part).textOverflow !== 'ellipsis') bad.push(`'${what}' is cut without an ellipsis`);
    }
    // the word must end before the box that holds it does, and before the ellipsis if it has one
    const word = el.querySelector<HTMLElement>('.srv-status-word')!;
    const box = word.parentElement!;
    const probe = document.createElement('span');
    probe.textContent = '…';
    box.append(probe);
    const ellipsis = probe.getBoundingClientRect().width;
    probe.remove();
    const end = box.getBoundingClientRect().right - (box.scrollWidth > box.clientWidth ? ellipsis : 0);
    if (word.getBoundingClientRect().right > end + 0.5) bad.push(`the status '${word.textContent}' is cut`);
    return bad;
  });
}

/** The status word whole, the rest whole or ellipsed inside the cell, the whole line in the tooltip, the row 30 px. */
async function expectReadable(name: string, word: string, whole: string): Promise<void> {
  const r = servers.row(name);
  const status = r.locator('.srv-status');
  await expect(status).toHaveAttribute('title', whole);
  await expect(status.locator('.srv-status-word')).toHaveText(word);
  // polled: each row is polled (transitional), and may be drawn again while it is measured
  await expect.poll(() => cutParts(status)).toEqual([]);
  // the virtualizer places rows by a fixed height
  await expect.poll(async () => (await r.boundingBox())?.height).toBe(30);
}

test('long statuses with their task state: the status stays whole, the rest ends in an ellipsis, the tooltip has it all', async () => {
  test.setTimeout(120_000);
  await page.getByRole('searchbox', { name: 'Quick filter' }).fill(P);
  for (const name of Object.values(NAMES)) await expect(servers.row(name)).toBeVisible({ timeout: 60_000 });
  await expect(servers.row(NAMES.rebuild)).toContainText('rebuild: mapping block devices', { timeout: 30_000 });

  await expectReadable(NAMES.rebuild, 'Rebuilding', 'Rebuilding · rebuild: mapping block devices');
  await expectReadable(NAMES.reboot, 'Hard rebooting', 'Hard rebooting · hard reboot pending');
  await expect(servers.row(NAMES.reboot).getByText('locked', { exact: true })).toBeVisible();
  // the short word leaves room for the decisions; the full status is in the tooltip
  await expectReadable(NAMES.resized, 'Resized', 'Confirm or revert resize · deleting');
  await expect(servers.row(NAMES.resized).getByRole('button', { name: `Confirm resize: ${NAMES.resized}` })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/servers-status.png' });

  await page.evaluate(() => localStorage.setItem('novadesk.language', 'zh-CN'));
  await page.reload();
  await page.getByRole('searchbox').first().fill(P);
  await expect(servers.row(NAMES.rebuild)).toContainText('重建：映射块设备', { timeout: 60_000 });
  await expectReadable(NAMES.rebuild, '重建中', '重建中 · 重建：映射块设备');
  await expectReadable(NAMES.reboot, '硬重启中', '硬重启中 · 等待硬重启');
  await expectReadable(NAMES.resized, '已调整', '待确认或撤销调整 · 删除中');
  await page.screenshot({ path: 'e2e/artifacts/servers-status-zh.png' });
  await page.evaluate(() => localStorage.setItem('novadesk.language', 'en'));
});
