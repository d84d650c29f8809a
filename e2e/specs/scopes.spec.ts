import { expect, test, type Browser, type Page } from '@playwright/test';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from '../support/app-host.js';
import { RUN_PREFIX, clientFor, passwordAuth } from '../support/local-cloud.js';
import { addSecondProject, type SecondProject } from '../support/second-project.js';
import { UNSCHEDULABLE, deleteServers, imageId } from '../support/server-fixtures.js';
import type { CloudClient } from '../../main/openstack/cloud-client.js';

// Issue 16: one profile, two projects and two regions. The demo user gets a second project
// (made and removed here through Keystone as local-admin) holding one server, so the list shows
// which project the switch went to; RegionTwo aliases RegionOne's services.
const SERVER = `${RUN_PREFIX}-scoped`;
let second: SecondProject;
let inSecond: CloudClient;
let app: RunningApp;
let page: Page;
let servers: ServersPage;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(120_000);
  second = await addSecondProject(`${RUN_PREFIX}-second`);
  const auth = passwordAuth('local-demo');
  if (auth.type !== 'password') throw new Error('local-demo logs in with a password');
  inSecond = clientFor('local-demo', { auth: { ...auth, scope: { project: { id: second.id } } } });
  await inSecond.servers.create({ name: SERVER, imageRef: await imageId(inSecond), flavorRef: UNSCHEDULABLE, networks: 'none' });
  app = await startNovadesk();
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  servers = new ServersPage(page);
  await servers.openOn(app, 'local-demo');
});

test.afterAll(async () => {
  try {
    await page?.close();
    await app?.stop();
    if (inSecond) await deleteServers(inSecond, SERVER);
  } finally {
    await inSecond?.close();
    await second?.remove();
  }
});

test('switch project and region from the cloud switcher', async () => {
  const { shell } = servers;
  await shell.expectScope('demo', 'RegionOne');
  await expect(servers.row(SERVER)).toHaveCount(0);

  await shell.pickScope('Projects', second.name);
  await shell.expectScope(second.name, 'RegionOne');
  await shell.expectCloud(`local-demo · ${second.name}`);
  await expect(servers.row(SERVER)).toBeVisible({ timeout: 30_000 });

  await shell.pickScope('Regions', 'RegionTwo');
  await shell.expectScope(second.name, 'RegionTwo');
  // the same services behind RegionTwo: the same project's server
  await expect(servers.row(SERVER)).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('scope-switcher.png') });
});

test('switch project and region from the command palette', async () => {
  const { shell } = servers;
  await shell.runCommand('switch project to demo');
  await shell.expectScope('demo', 'RegionTwo');
  await expect(servers.row(SERVER)).toHaveCount(0);

  await shell.runCommand('switch region to RegionOne');
  await shell.expectScope('demo', 'RegionOne');
  await shell.expectCloud('local-demo');

  await shell.runCommand(`switch project to ${second.name}`);
  await shell.expectScope(second.name, 'RegionOne');
  await expect(servers.row(SERVER)).toBeVisible({ timeout: 30_000 });
});

test('the all-clouds list shows both projects of the profile, each row naming its own', async () => {
  await servers.allClouds().check();
  await expect(servers.row(SERVER)).toBeVisible({ timeout: 30_000 });
  await expect(servers.row(SERVER)).toContainText(`local-demo · ${second.name}`);
  await servers.allClouds().uncheck();
});
