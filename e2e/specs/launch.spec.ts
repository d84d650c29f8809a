import { expect as baseExpect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, RUN_PREFIX } from '../support/local-cloud.js';

/**
 * The launch screen, driven like a user would (roles and labels), through the browser host
 * against the real local cloud. Servers are named with RUN_PREFIX and deleted afterwards.
 */
test.describe.configure({ mode: 'serial' });

let app: RunningApp;
let page: Page;
const client = clientFor('local-demo');
/** an image whose min_ram and min_disk rule out the small flavors */
const NEEDY_IMAGE = `${RUN_PREFIX}-needs-256mb`;
let needyImageId: string | undefined;
const KEY_NAME = `${RUN_PREFIX}-ed25519`;
/**
 * A server is ACTIVE in 1–3 s on an idle cloud, but this cloud's nova-api has two single-threaded
 * workers shared with every other suite running at the same time: waits are for a busy cloud.
 */
const NOVA = 180_000;
const SLOW = 300_000;
/** lookups answer in a second on an idle cloud; a busy one can take tens */
const expect = baseExpect.configure({ timeout: 60_000 });

async function createNeedyImage(): Promise<string> {
  const created = await client.image.post<{ id: string }>('/images', {
    name: NEEDY_IMAGE,
    disk_format: 'raw',
    container_format: 'bare',
    min_ram: 256,
    min_disk: 30,
    visibility: 'private',
  });
  // Glance lists only active images to the wizard: give it some bytes (the library speaks JSON only)
  const token = await client.session.token();
  const r = await fetch(await client.image.url(`/images/${created.id}/file`), {
    method: 'PUT',
    headers: { 'x-auth-token': token.value, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(512),
  });
  expect(r.status).toBe(204);
  return created.id;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(SLOW);
  app = await startNovadesk();
  needyImageId = await createNeedyImage();
  // the launch link is single-use: one page for the whole file
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(app.launchUrl);
  const profiles = await page.evaluate(() => window.novadesk.invoke('profiles.list', {}));
  if (!profiles.ok) throw new Error(profiles.error.message);
  const demo = profiles.value.find((p) => p.name === 'local-demo');
  if (!demo) throw new Error('no local-demo profile');
  await page.evaluate((id) => localStorage.setItem('novadesk.currentCloud', id), demo.id);
});

test.afterAll(async () => {
  test.setTimeout(300_000);
  const mine = await client.servers.list({ name: `^${RUN_PREFIX}` }).catch(() => []);
  await Promise.all(mine.map((s) => client.servers.delete(s.id).catch(() => undefined)));
  if (needyImageId) await client.image.delete(`/images/${needyImageId}`).catch(() => undefined);
  await client.keypairs.delete(KEY_NAME).catch(() => undefined);
  await page?.close();
  await app?.stop();
  await client.close();
});

/** A fresh launch screen on local-demo, with an empty draft. */
async function openLaunch(): Promise<void> {
  await page.evaluate(() => localStorage.removeItem('novadesk.launch'));
  await page.goto(`${app.origin}/#/launch`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Launch servers' })).toBeVisible();
  await expect(page.getByText('on local-demo')).toBeVisible();
}

const tab = (name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const body = () => page.getByLabel('Request body');

async function fillBasics(name: string, flavor: string): Promise<void> {
  await page.getByLabel('Name *').fill(name);
  await tab('Source').click();
  await page.getByRole('radio', { name: 'tiny-raw', exact: true }).check();
  await tab('Flavor').click();
  await page.getByRole('radio', { name: flavor, exact: true }).check();
  await tab('Networks').click();
  await page.getByRole('button', { name: 'Add demo-net' }).click();
}

/** The progress entry of one launch. */
const run = (name: string) => page.getByRole('article', { name: `Launch of ${name}` });

test('launch one server on demo-net with m1.nano and tiny-raw: the preview shows the body, progress reaches ACTIVE', async () => {
  test.setTimeout(SLOW);
  await openLaunch();
  const name = `${RUN_PREFIX}-one`;
  await fillBasics(name, 'm1.nano');

  // the preview is computed from the form: networks, the negotiated microversion, the default group by id
  await expect(body()).toContainText('"networks"');
  await expect(body()).toContainText(`"name": "${name}"`);
  await expect(body()).toContainText('"security_groups"');
  await expect(page.getByLabel('Request line and headers')).toContainText('OpenStack-API-Version: compute 2.93');
  await expect(page.getByRole('region', { name: 'Will it fit?' })).toContainText('Instances');
  await page.screenshot({ path: 'e2e/artifacts/launch.png', fullPage: true });
  await page.getByRole('complementary', { name: 'Quota and request preview' }).screenshot({ path: 'e2e/artifacts/launch-preview.png' });
  const previewed = JSON.parse((await body().textContent()) ?? '{}') as { server: Record<string, unknown> };

  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(run(name)).toBeVisible();
  await expect(run(name)).toContainText(/BUILD|ACTIVE/, { timeout: NOVA });
  await expect(run(name).getByRole('listitem', { name: `${name}: ACTIVE` })).toBeVisible({ timeout: NOVA });
  await expect(run(name)).toContainText('Done: 1 active');
  await page.screenshot({ path: 'e2e/artifacts/launch-progress.png', fullPage: true });

  // what Nova recorded matches what the preview said would be sent
  const [server] = await client.servers.list({ name: `^${name}$` });
  expect(server?.status).toBe('ACTIVE');
  expect(server?.flavor.name).toBe('m1.nano');
  expect(Object.keys(server?.addresses ?? {})).toEqual(['demo-net']);
  expect(previewed.server.flavorRef).toBe('42');
  expect(previewed.server.imageRef).toBe(server?.imageId);
});

test('launch with x1.unschedulable: the server ends in ERROR with the NoValidHost fault shown', async () => {
  test.setTimeout(SLOW);
  await openLaunch();
  const name = `${RUN_PREFIX}-novalidhost`;
  await fillBasics(name, 'x1.unschedulable');
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(run(name).getByRole('listitem', { name: `${name}: ERROR` })).toBeVisible({ timeout: NOVA });
  await expect(run(name)).toContainText(/No valid host/i);
  await expect(run(name)).toContainText('Fault 500:');
  await page.getByRole('complementary', { name: 'Quota and request preview' }).screenshot({ path: 'e2e/artifacts/launch-error.png' });
});

test('a fixed IPv4 and IPv6 on one NIC: the field error shows and nothing is sent', async () => {
  test.setTimeout(SLOW);
  await openLaunch();
  const name = `${RUN_PREFIX}-v4v6`;
  await fillBasics(name, 'm1.nano');
  await page.getByLabel('Fixed IPv4 for NIC 1').fill('198.18.0.77');
  await page.getByLabel('Fixed IPv6 for NIC 1').fill('fd00:198:18::77');
  const nic = page.getByRole('group', { name: 'NIC 1: demo-net' });
  await expect(nic).toContainText('Give either a fixed IPv4 or a fixed IPv6 address, not both');
  await expect(page.getByLabel('Fixed IPv6 for NIC 1')).toHaveAttribute('aria-invalid', 'true');

  // the draft survives leaving the screen, and so does the message
  await page.evaluate(() => (location.hash = '#/servers'));
  await expect(page.getByRole('heading', { name: 'Launch servers' })).toHaveCount(0);
  await page.evaluate(() => (location.hash = '#/launch'));
  await expect(page.getByLabel('Fixed IPv4 for NIC 1')).toHaveValue('198.18.0.77');
  await expect(page.getByLabel('Fixed IPv6 for NIC 1')).toHaveValue('fd00:198:18::77');
  await expect(nic).toContainText('Give either a fixed IPv4 or a fixed IPv6 address, not both');
  await expect(page.getByRole('tab', { name: /^Networks.*1 problem/ })).toBeVisible();
  // the preview says the same thing main would
  await expect(page.getByRole('list', { name: 'What main would refuse' })).toContainText('networks.0');

  const posts = async () => {
    const log = await page.evaluate(() => window.novadesk.invoke('log.list', {}));
    return log.ok ? log.value.filter((e) => e.method === 'POST' && /\/servers$/.test(e.url)).length : -1;
  };
  const before = await posts();
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'before launching' });
  await expect(summary).toContainText('Networks › NIC 1');
  await expect(run(name)).toHaveCount(0);
  expect(await posts()).toBe(before);
  expect(await client.servers.list({ name: `^${name}` })).toEqual([]);
  await page.screenshot({ path: 'e2e/artifacts/launch-validation.png', fullPage: true });
});

test('the flavor table says which flavors the image rules out, and why; a count beyond the quota is capped', async () => {
  test.setTimeout(SLOW);
  await openLaunch();
  await tab('Source').click();
  await page.getByRole('radio', { name: NEEDY_IMAGE, exact: true }).check();
  await tab('Flavor').click();
  const row = (flavor: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: flavor, exact: true }) });
  await expect(row('m1.nano')).toContainText('Image needs 256 MiB RAM; this flavor has 128 MiB');
  await expect(page.getByRole('radio', { name: 'm1.nano', exact: true })).toBeDisabled();
  await expect(row('m1.small')).toContainText('Image needs a 30 GB root disk; this flavor has 20 GB');
  await expect(row('m1.medium')).toContainText('fits');
  await expect(page.getByRole('radio', { name: 'm1.medium', exact: true })).toBeEnabled();
  await page.screenshot({ path: 'e2e/artifacts/launch-flavors.png', fullPage: true });

  await tab('Details').click();
  const count = page.getByLabel('Count');
  await count.fill('5000');
  await expect(page.getByRole('status').filter({ hasText: 'You asked for 5000' })).toContainText('the instance quota allows');
  const capped = Number(await count.inputValue());
  expect(capped).toBeGreaterThan(0);
  expect(capped).toBeLessThanOrEqual(1000);
});

test('count 2 is followed by reservation id until both servers are ACTIVE', async () => {
  test.setTimeout(SLOW);
  await openLaunch();
  const name = `${RUN_PREFIX}-pair`;
  await fillBasics(name, 'm1.nano');
  await tab('Details').click();
  await page.getByLabel('Count').fill('2');
  await expect(body()).toContainText('"return_reservation_id": true');
  await expect(body()).toContainText('"max_count": 2');
  await page.getByRole('button', { name: 'Launch 2 servers' }).click();
  await expect(run(name)).toContainText('reservation r-', { timeout: NOVA });
  await expect(run(name).getByRole('listitem', { name: `${name}-1: ACTIVE` })).toBeVisible({ timeout: NOVA });
  await expect(run(name).getByRole('listitem', { name: `${name}-2: ACTIVE` })).toBeVisible({ timeout: NOVA });
});

test('generate an ed25519 key pair here: the private key is saved by the user, Nova gets the matching public key', async () => {
  test.setTimeout(SLOW);
  await openLaunch();
  await tab('Key pair').click();
  // Headless Chromium has no save dialog to drive: take the download path the app falls back to.
  await page.evaluate(() => {
    (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker = undefined;
  });
  const card = page.getByRole('form', { name: 'Generate an ed25519 key pair' });
  await card.getByLabel('Key pair name').fill(KEY_NAME);
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Generate and save…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${KEY_NAME}.pem`);
  await expect(card.getByRole('status')).toContainText(`registered ${KEY_NAME}`, { timeout: NOVA });
  await expect(page.getByRole('radio', { name: KEY_NAME, exact: true })).toBeChecked();
  await expect(body()).toContainText(`"key_name": "${KEY_NAME}"`);

  // ssh-keygen reads the saved private key and derives exactly the public key Nova stored
  const dir = mkdtempSync(join(tmpdir(), 'nd-key-'));
  try {
    const path = join(dir, 'id');
    await file.saveAs(path);
    chmodSync(path, 0o600);
    const derived = execFileSync('ssh-keygen', ['-y', '-f', path]).toString().trim();
    const stored = await client.keypairs.get(KEY_NAME);
    expect(stored.type).toBe('ssh');
    expect(derived.split(' ').slice(0, 2)).toEqual(stored.publicKey.trim().split(' ').slice(0, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dark theme, then Simplified Chinese: the same screen, every string translated', async () => {
  test.setTimeout(SLOW);
  await openLaunch();
  await page.evaluate(() => localStorage.setItem('novadesk.theme', 'dark'));
  await page.reload();
  await fillBasics(`${RUN_PREFIX}-dark`, 'm1.nano');
  await expect(body()).toContainText('"networks"');
  await page.screenshot({ path: 'e2e/artifacts/launch-dark.png', fullPage: true });

  await page.evaluate(() => localStorage.setItem('novadesk.language', 'zh-CN'));
  await page.reload();
  await expect(page.getByRole('heading', { name: '创建云主机' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^网络/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('group', { name: '网卡 1：demo-net' })).toBeVisible();
  await expect(page.getByRole('region', { name: '请求预览' })).toContainText('OpenStack-API-Version: compute 2.93');
  await expect(page.getByRole('region', { name: '配额是否足够？' })).toContainText('实例');
  await page.screenshot({ path: 'e2e/artifacts/launch-dark-zh.png', fullPage: true });
  await page.evaluate(() => {
    localStorage.setItem('novadesk.language', 'en');
    localStorage.setItem('novadesk.theme', 'light');
  });
});
