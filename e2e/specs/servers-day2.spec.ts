import { expect, test, type Browser, type Page } from '@playwright/test';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { RUN_PREFIX, clientFor } from '../support/local-cloud.js';
import { NANO, deleteImages, deleteServers, imageId } from '../support/server-fixtures.js';

// Day-two server actions from the real app (browser host) against the real local cloud:
// each is picked as a user would, and checked against what Nova recorded.
const P = `${RUN_PREFIX}-day2`;
const NAME = `${P}-vm`;
const demo = clientFor('local-demo');
let app: RunningApp;
let page: Page;
let servers: ServersPage;
let id: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(150_000);
  const created = await demo.servers.create({ name: NAME, imageRef: await imageId(demo), flavorRef: NANO, networks: 'none' });
  id = created.id as string;
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  servers = new ServersPage(page);
  await servers.openOn(app, 'local-demo');
  await servers.switchTo('local-demo');
  await servers.quickFilter().fill(P);
  await expect(servers.row(NAME)).toContainText('Active', { timeout: 120_000 });
});

test.afterAll(async () => {
  try {
    await page?.close();
    await app?.stop();
    await demo.servers.unlock(id).catch(() => undefined);
    // snapshots are images named with the prefix: both go
    await Promise.all([deleteServers(demo, P), deleteImages(demo, P)]);
  } finally {
    await demo.close();
  }
});

const recorded = async (action: string) => (await demo.servers.instanceActions.list(id)).filter((a) => a.action === action).length;

test('pause → Paused → unpause → Active; Nova records both', async () => {
  test.setTimeout(120_000);
  await servers.rowAction(NAME, /^Pause/);
  await expect(servers.row(NAME)).toContainText('Paused', { timeout: 60_000 });
  expect((await demo.servers.get(id)).status).toBe('PAUSED');
  // paused: Unpause is offered, Pause and Suspend are not
  const menu = await servers.openMenu(NAME);
  await expect(menu.getByRole('menuitem', { name: /^Pause/ })).toHaveAttribute('aria-disabled', 'true');
  await expect(menu.getByRole('menuitem', { name: /^Suspend/ })).toHaveAttribute('aria-disabled', 'true');
  await menu.getByRole('menuitem', { name: /^Unpause/ }).click();
  await expect(servers.row(NAME)).toContainText('Active', { timeout: 60_000 });
  expect((await demo.servers.get(id)).status).toBe('ACTIVE');
  expect(await recorded('pause')).toBe(1);
  expect(await recorded('unpause')).toBe(1);
});

test('suspend → Suspended → resume → Active; Nova records both', async () => {
  test.setTimeout(120_000);
  await servers.rowAction(NAME, /^Suspend/);
  await expect(servers.row(NAME)).toContainText('Suspended', { timeout: 60_000 });
  expect((await demo.servers.get(id)).status).toBe('SUSPENDED');
  await servers.rowAction(NAME, /^Resume/);
  await expect(servers.row(NAME)).toContainText('Active', { timeout: 60_000 });
  expect((await demo.servers.get(id)).status).toBe('ACTIVE');
  expect(await recorded('suspend')).toBe(1);
  expect(await recorded('resume')).toBe(1);
});

test('lock with a reason: Nova keeps the reason, and the menu says it', async () => {
  test.setTimeout(90_000);
  const reason = `${P} maintenance`;
  await servers.rowAction(NAME, /^Lock/);
  await servers.lock(NAME, reason);
  await expect.poll(async () => (await demo.servers.get(id)).lockedReason, { timeout: 30_000 }).toBe(reason);
  const menu = await servers.openMenu(NAME);
  await expect(menu.getByRole('menuitem', { name: /^Pause/ })).toHaveAttribute('title', `locked: ${reason}`);
  await menu.getByRole('menuitem', { name: /^Unlock/ }).click();
  await expect.poll(async () => (await demo.servers.get(id)).locked, { timeout: 30_000 }).toBe(false);
});

test('rename with a description: Nova has both, and the row shows the new name', async () => {
  test.setTimeout(90_000);
  const renamed = `${P}-renamed`;
  await servers.rowAction(NAME, /^Rename/);
  const dialog = page.getByRole('dialog', { name: `Rename ${NAME}` });
  await dialog.getByLabel('Name').fill(renamed);
  await dialog.getByLabel('Description').fill('day two');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(servers.row(renamed)).toBeVisible({ timeout: 30_000 });
  expect(await demo.servers.get(id)).toMatchObject({ name: renamed, description: 'day two' });
  // back to the name the other steps use
  await demo.servers.update(id, { name: NAME });
  await servers.refresh();
  await expect(servers.row(NAME)).toBeVisible({ timeout: 30_000 });
});

test("snapshot: the image appears in Glance with the dialog's metadata, and its status is shown as Glance has it", async () => {
  test.setTimeout(120_000);
  const snap = `${NAME}-snap`;
  await expect(servers.row(NAME)).toContainText('Active', { timeout: 30_000 });
  await servers.rowAction(NAME, /^Snapshot/);
  const dialog = page.getByRole('dialog', { name: `Snapshot ${NAME}` });
  await expect(dialog.getByLabel('Image name')).toHaveValue(snap);
  await dialog.getByRole('button', { name: 'Add a key' }).click();
  await dialog.getByLabel('Key 1').fill('purpose');
  await dialog.getByLabel('Value 1').fill('day2');
  await dialog.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(dialog).toBeHidden();
  const note = page.getByRole('list', { name: 'Snapshots' }).getByRole('status');
  await expect(note).toContainText(`Snapshot ${snap} of ${NAME}`, { timeout: 30_000 });
  const glance = async () => (await demo.image.get<{ images: Array<{ status: string; purpose?: string }> }>('/images', { name: snap })).images[0];
  await expect.poll(async () => (await glance())?.purpose, { timeout: 30_000 }).toBe('day2');
  // the fake driver never uploads, so it may stay queued: the note says what Glance says, never more
  const { status } = (await glance())!;
  await expect(note).toContainText(`: ${status}`, { timeout: 15_000 });
  if (status !== 'active') await expect(note).not.toContainText('active');
  expect(await recorded('createImage')).toBe(1);
});

test('rescue → RESCUE with the admin password shown once, never in the request log → unrescue → ACTIVE', async () => {
  test.setTimeout(150_000);
  // the snapshot's task may still be running on the server
  await demo.servers.waitFor(id, (s) => s.status === 'ACTIVE' && !s.taskState, { intervalMs: 500, timeoutMs: 60_000 });
  await servers.refresh();
  await servers.rowAction(NAME, /^Rescue/);
  const dialog = page.getByRole('dialog', { name: `Rescue ${NAME}` });
  await expect(dialog.getByLabel('Rescue image')).toHaveValue('');
  await expect(dialog.getByLabel('Rescue image').getByRole('option', { name: 'tiny-raw' })).toBeAttached({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Rescue', exact: true }).click();
  const shown = page.getByRole('dialog', { name: `Rescue password · ${NAME}` });
  await expect(shown).toBeVisible({ timeout: 30_000 });
  const password = await shown.getByLabel('Admin password').inputValue();
  expect(password).toMatch(/^\S{8,}$/);
  await expect(servers.row(NAME)).toContainText('Rescue', { timeout: 60_000 });
  expect((await demo.servers.get(id)).status).toBe('RESCUE');
  await shown.getByRole('button', { name: 'I have it' }).click();
  await expect(shown).toBeHidden();
  // once: nothing on the page holds it any more, and the request log never did
  await expect(page.locator(`input[value="${password}"]`)).toHaveCount(0);
  const log = await servers.shell.openRequestLog();
  await expect(log.getByText(/\/action/).first()).toBeVisible({ timeout: 15_000 });
  expect(await page.content()).not.toContain(password);
  await log.getByRole('button', { name: 'Close the request log' }).click();
  await expect(log).toBeHidden();
  await servers.rowAction(NAME, /^Unrescue/);
  await expect(servers.row(NAME)).toContainText('Active', { timeout: 60_000 });
  expect(await recorded('rescue')).toBe(1);
  expect(await recorded('unrescue')).toBe(1);
});

test('metadata and tags edited in their dialog: Nova reports exactly them', async () => {
  test.setTimeout(90_000);
  await demo.servers.waitFor(id, (s) => s.status === 'ACTIVE' && !s.taskState, { intervalMs: 500, timeoutMs: 60_000 });
  await servers.refresh();
  await servers.rowAction(NAME, /^Metadata and tags/);
  const dialog = page.getByRole('dialog', { name: `Metadata and tags · ${NAME}` });
  await dialog.getByRole('button', { name: 'Add a key' }).click();
  const rows = await dialog.getByRole('textbox', { name: /^Key \d+$/ }).count();
  await dialog.getByLabel(`Key ${rows}`).fill('owner');
  await dialog.getByLabel(`Value ${rows}`).fill('day2-team');
  await dialog.getByLabel('Tags (comma-separated)').fill('web, day2');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  const s = await demo.servers.get(id);
  expect(s.metadata).toMatchObject({ owner: 'day2-team' });
  expect([...s.tags].sort()).toEqual(['day2', 'web']);
});

test('rebuild asks first, then Nova records a rebuild and the server is back to ACTIVE with the new metadata', async () => {
  test.setTimeout(150_000);
  await demo.servers.waitFor(id, (s) => s.status === 'ACTIVE' && !s.taskState, { intervalMs: 500, timeoutMs: 60_000 });
  await servers.rowAction(NAME, /^Rebuild/);
  const dialog = page.getByRole('dialog', { name: `Rebuild ${NAME}` });
  // the server's own image is chosen once the images have come
  await expect(dialog.getByRole('combobox', { name: 'Image', exact: true }).getByRole('option', { name: 'tiny-raw' })).toBeAttached({ timeout: 30_000 });
  await expect(dialog.getByRole('combobox', { name: 'Image', exact: true })).toHaveValue(await imageId(demo));
  await dialog.getByRole('button', { name: 'Add a key' }).click();
  const rows = await dialog.getByRole('textbox', { name: /^Key \d+$/ }).count();
  await dialog.getByLabel(`Key ${rows}`).fill('rebuilt');
  await dialog.getByLabel(`Value ${rows}`).fill('yes');
  await dialog.getByRole('button', { name: 'Rebuild…' }).click();
  await servers.confirm(`Rebuild ${NAME}?`, 'Rebuild');
  await expect.poll(() => recorded('rebuild'), { timeout: 30_000 }).toBe(1);
  await expect(servers.row(NAME)).toContainText('Active', { timeout: 90_000 });
  expect((await demo.servers.get(id)).metadata).toMatchObject({ rebuilt: 'yes' });
});

test("the action log expands an action to Nova's events: event, times, result", async () => {
  test.setTimeout(60_000);
  const drawer = await servers.openDetails(NAME);
  await drawer.getByRole('tab', { name: 'Action log' }).click();
  const expand = drawer.getByRole('button', { name: 'Events of pause' });
  await expect(expand).toHaveAttribute('aria-expanded', 'false', { timeout: 15_000 });
  await expand.click();
  await expect(expand).toHaveAttribute('aria-expanded', 'true');
  const events = drawer.getByRole('table', { name: 'Events of pause' });
  const pause = (await demo.servers.instanceActions.list(id)).find((a) => a.action === 'pause')!;
  const recordedEvents = (await demo.servers.instanceActions.get(id, pause.requestId)).events ?? [];
  expect(recordedEvents.length).toBeGreaterThan(0);
  for (const e of recordedEvents) await expect(events.getByRole('row').filter({ hasText: e.event })).toContainText(e.result ?? '—');
  await servers.closeDrawer(drawer);
});
