import { expect as baseExpect, test, type Dialog, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { clientFor, novaAbsoluteLimits, RUN_PREFIX } from '../support/local-cloud.js';
import { createNeedyImage, deleteKeypair, demoNet, freeIp, importKeypair } from '../support/server-fixtures.js';

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
const FULL_KEY = `${RUN_PREFIX}-imported`;
const FULL_SG = `${RUN_PREFIX}-sg`;
const admin = clientFor('local-admin');
/**
 * A server is ACTIVE in 1–3 s on an idle cloud, but this cloud's nova-api has two single-threaded
 * workers shared with every other suite running at the same time: waits are for a busy cloud.
 */
const NOVA = 180_000;
const SLOW = 300_000;
/** a Nova status or power word as Nova spells it: never shown to a Chinese reader */
const RAW_NOVA_WORD =
  /\b(ACTIVE|BUILD|DELETED|ERROR|HARD_REBOOT|MIGRATING|PASSWORD|PAUSED|REBOOT|REBUILD|RESCUE|RESIZE|REVERT_RESIZE|SHELVED|SHELVED_OFFLOADED|SHUTOFF|SOFT_DELETED|SUSPENDED|UNKNOWN|VERIFY_RESIZE|RUNNING|SHUTDOWN|NOSTATE|CRASHED)\b/;
/** lookups answer in a second on an idle cloud; a busy one can take tens */
const expect = baseExpect.configure({ timeout: 60_000 });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(SLOW);
  app = await startNovadesk();
  needyImageId = await createNeedyImage(client, NEEDY_IMAGE);
  // one page (and its session) for the whole file
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await app.open(page);
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
  await deleteKeypair(client, FULL_KEY);
  // the security group can go once its servers' ports are gone
  await Promise.all(mine.map((s) => client.servers.waitForGone(s.id, { intervalMs: 1000, timeoutMs: 120_000 }).catch(() => undefined)));
  const { security_groups: groups } = await client.network
    .get<{ security_groups: Array<{ id: string }> }>('/security-groups', { name: FULL_SG })
    .catch(() => ({ security_groups: [] }));
  await Promise.all(groups.map((g) => client.network.delete(`/security-groups/${g.id}`).catch(() => undefined)));
  await admin.close();
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
  await expect(run(name)).toContainText(/Building|Active/, { timeout: NOVA });
  await expect(run(name).getByRole('listitem', { name: `${name}: Active` })).toBeVisible({ timeout: NOVA });
  await expect(run(name)).toContainText('Done: 1 active');
  await page.screenshot({ path: 'e2e/artifacts/launch-progress.png', fullPage: true });

  // the form is not left armed: Launch is gone until a deliberate "Launch another like this",
  // and the name just used is flagged (a warning: Nova allows duplicates)
  const launch = page.getByRole('button', { name: 'Launch', exact: true });
  await expect(launch).toHaveCount(0);
  await expect(page.getByText(`${name} was launched with these values.`)).toBeVisible();
  await page.getByRole('button', { name: 'Launch another like this' }).click();
  await expect(launch).toBeEnabled();
  await expect(page.getByText('The name is already in use')).toBeVisible();
  await tab('Details').click();
  await expect(page.getByText(`A server named ${name} already exists in this project.`)).toBeVisible();
  await page.getByLabel('Name *').fill(`${name}-other`);
  await expect(page.getByText('The name is already in use')).toBeHidden();

  // what Nova recorded matches what the preview said would be sent
  const [server] = await client.servers.list({ name: `^${name}$` });
  expect(server?.status).toBe('ACTIVE');
  expect(server?.flavor.name).toBe('m1.nano');
  expect(Object.keys(server?.addresses ?? {})).toEqual(['demo-net']);
  expect(previewed.server.flavorRef).toBe('42');
  expect(previewed.server.imageRef).toBe(server?.imageId);
});

test('Reset draft asks in the app’s own dialog: Cancel keeps the draft, Reset empties it', async () => {
  await openLaunch();
  const browserDialogs: string[] = [];
  const onDialog = (d: Dialog) => {
    browserDialogs.push(d.message());
    void d.dismiss();
  };
  page.on('dialog', onDialog);
  await page.getByLabel('Name *').fill(`${RUN_PREFIX}-kept`);
  await page.getByRole('button', { name: 'Reset draft' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the draft?' });
  await expect(dialog).toContainText('Clear every field of this launch draft?');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Name *')).toHaveValue(`${RUN_PREFIX}-kept`);
  await page.getByRole('button', { name: 'Reset draft' }).click();
  await dialog.getByRole('button', { name: 'Reset draft' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Name *')).toHaveValue('');
  page.off('dialog', onDialog);
  expect(browserDialogs).toEqual([]);
});

test('launch with x1.unschedulable: the server ends in ERROR with the NoValidHost fault shown', async () => {
  test.setTimeout(SLOW);
  await openLaunch();
  const name = `${RUN_PREFIX}-novalidhost`;
  await fillBasics(name, 'x1.unschedulable');
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(run(name).getByRole('listitem', { name: `${name}: Error` })).toBeVisible({ timeout: NOVA });
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
  const limits = novaAbsoluteLimits('local-demo');
  expect(capped).toBeLessThanOrEqual(limits.maxTotalInstances! - limits.totalInstancesUsed!);
});

test('count 3 is followed by reservation id until all three servers are ACTIVE', async () => {
  test.setTimeout(SLOW);
  await openLaunch();
  const name = `${RUN_PREFIX}-trio`;
  await fillBasics(name, 'm1.nano');
  await tab('Details').click();
  await page.getByLabel('Count').fill('3');
  await expect(page.getByText(`Nova names them ${name}-1 … ${name}-3`)).toBeVisible();
  await expect(body()).toContainText('"return_reservation_id": true');
  await expect(body()).toContainText('"min_count": 3');
  await expect(body()).toContainText('"max_count": 3');
  await page.getByRole('button', { name: 'Launch 3 servers' }).click();
  await expect(run(name)).toContainText(`${name} × 3`);
  await expect(run(name)).toContainText(/reservation r-[0-9a-z]+/, { timeout: NOVA });
  const reservation = /reservation (r-[0-9a-z]+)/.exec((await run(name).textContent()) ?? '')?.[1];
  for (const n of [1, 2, 3]) await expect(run(name).getByRole('listitem', { name: `${name}-${n}: Active` })).toBeVisible({ timeout: NOVA });
  await expect(run(name)).toContainText('Done: 3 active');
  await page.getByRole('complementary', { name: 'Quota and request preview' }).screenshot({ path: 'e2e/artifacts/launch-count3.png' });

  // Nova's own record: exactly these three, under the reservation the screen followed
  const servers = await client.servers.list({ name: `^${name}-` });
  expect(servers.map((s) => s.name).sort()).toEqual([1, 2, 3].map((n) => `${name}-${n}`));
  expect(servers.every((s) => s.status === 'ACTIVE')).toBe(true);
  const byReservation = await client.compute.get<{ servers: Array<{ name: string }> }>('/servers', { reservation_id: reservation ?? '' });
  expect(byReservation.servers.map((s) => s.name).sort()).toEqual([1, 2, 3].map((n) => `${name}-${n}`));
});

test('one launch with a fixed IP on demo-net, a security group, a key pair, user data and metadata: ACTIVE, and Nova recorded what the preview showed', async () => {
  test.setTimeout(SLOW);
  const name = `${RUN_PREFIX}-full`;
  const net = await demoNet(client);
  const ip = await freeIp(client, net.id, net.v4);
  const { security_group: sg } = await client.network.post<{ security_group: { id: string; name: string } }>('/security-groups', {
    security_group: { name: FULL_SG, description: 'novadesk e2e' },
  });
  await importKeypair(client, FULL_KEY);
  const userData = `#cloud-config\nhostname: ${name}\nruncmd:\n  - echo novadesk > /tmp/e2e\n`;

  await openLaunch();
  await fillBasics(name, 'm1.nano');
  await page.getByLabel('Fixed IPv4 for NIC 1').fill(ip);
  await tab('Security groups').click();
  // default is preselected (as Horizon does); this launch uses the new group instead
  await expect(page.getByRole('checkbox', { name: 'default', exact: true })).toBeChecked();
  await page.getByRole('checkbox', { name: 'default', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: FULL_SG, exact: true }).check();
  await tab('Key pair').click();
  await page.getByRole('radio', { name: FULL_KEY, exact: true }).check();
  await tab('Configuration').click();
  await page.getByLabel('User data', { exact: true }).fill(userData);
  const encoded = Buffer.from(userData, 'utf8').toString('base64');
  await expect(page.getByText(`${encoded.length} of 65,535 base64 characters`)).toBeVisible();
  await tab('Metadata').click();
  await page.getByRole('button', { name: 'Add a metadata item' }).click();
  await page.getByLabel('Key of metadata item 1').fill('purpose');
  await page.getByLabel('Value of metadata item 1').fill('e2e full launch');
  await page.getByRole('button', { name: 'Add a metadata item' }).click();
  await page.getByLabel('Key of metadata item 2').fill('owner');
  await page.getByLabel('Value of metadata item 2').fill('novadesk');

  // the preview: the body main will send, user data hidden (its size shown instead)
  await expect(body()).toContainText(`"fixed_ip": "${ip}"`);
  await expect(body()).toContainText(`"key_name": "${FULL_KEY}"`);
  await expect(body()).toContainText(`<hidden> ${encoded.length} base64 characters`);
  await expect(body()).not.toContainText(encoded);
  const previewed = JSON.parse((await body().textContent()) ?? '{}') as {
    server: {
      name: string;
      flavorRef: string;
      imageRef: string;
      key_name?: string;
      user_data?: string;
      metadata?: Record<string, string>;
      security_groups?: Array<{ name: string }>;
      networks?: Array<{ uuid?: string; fixed_ip?: string }>;
    };
  };
  expect(previewed.server.networks).toEqual([{ uuid: net.id, fixed_ip: ip }]);
  expect(previewed.server.security_groups).toEqual([{ name: sg.id }]);
  expect(previewed.server.metadata).toEqual({ purpose: 'e2e full launch', owner: 'novadesk' });
  await page.screenshot({ path: 'e2e/artifacts/launch-full.png', fullPage: true });

  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(run(name).getByRole('listitem', { name: `${name}: Active` })).toBeVisible({ timeout: NOVA });
  // …and it is ACTIVE in the Servers list too
  await page.getByRole('link', { name: 'Servers' }).click();
  await page.getByRole('searchbox', { name: 'Quick filter' }).fill(name);
  const listed = page.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });
  await expect(listed).toContainText('Active', { timeout: NOVA });
  await expect(listed).toContainText(ip);

  // What Nova recorded, read by the admin (user_data is an admin-only field, from compute 2.3)
  const [made] = await client.servers.list({ name: `^${name}$` });
  expect(made).toBeDefined();
  const { server: nova } = await admin.compute.get<{
    server: {
      name: string;
      status: string;
      key_name: string | null;
      metadata: Record<string, string>;
      security_groups?: Array<{ name: string }>;
      addresses: Record<string, Array<{ addr: string; 'OS-EXT-IPS:type'?: string }>>;
      flavor: { original_name?: string };
      image: { id: string } | '';
      'OS-EXT-SRV-ATTR:user_data'?: string | null;
    };
  }>(`/servers/${made!.id}`);
  expect(nova.name).toBe(previewed.server.name);
  expect(nova.status).toBe('ACTIVE');
  expect(nova.key_name).toBe(previewed.server.key_name);
  expect(nova.metadata).toEqual(previewed.server.metadata);
  // Nova reports groups by name; the preview sends ids (names can repeat)
  expect(nova.security_groups?.map((g) => g.name)).toEqual([sg.name]);
  expect(Object.keys(nova.addresses)).toEqual(['demo-net']);
  expect(nova.addresses['demo-net']?.filter((a) => a['OS-EXT-IPS:type'] === 'fixed').map((a) => a.addr)).toEqual([ip]);
  expect(nova.image && nova.image.id).toBe(previewed.server.imageRef);
  expect(nova.flavor.original_name).toBe('m1.nano');
  // the user data Nova stored is what was typed, base64-encoded, of the length the preview showed
  expect(nova['OS-EXT-SRV-ATTR:user_data']).toBe(encoded);
  expect(previewed.server.user_data).toBe(`<hidden> ${nova['OS-EXT-SRV-ATTR:user_data']?.length} base64 characters`);
  // and the user data never reached the request log the renderer sees
  const log = await page.evaluate(() => window.novadesk.invoke('log.list', {}));
  expect(JSON.stringify(log)).not.toContain(encoded);
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
  await expect(page.getByRole('region', { name: '配额是否足够？' })).toContainText('云主机');
  await page.screenshot({ path: 'e2e/artifacts/launch-dark-zh.png', fullPage: true });

  // the servers list in Chinese: Nova's status words are translated, none is shown raw
  await page.getByRole('link', { name: '云主机', exact: true }).click();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: '运行中' }).first()).toBeVisible({ timeout: NOVA });
  const listed = (await rows.allInnerTexts()).join('\n');
  expect(listed).not.toMatch(RAW_NOVA_WORD);
  await page.evaluate(() => {
    localStorage.setItem('novadesk.language', 'en');
    localStorage.setItem('novadesk.theme', 'light');
  });
});
