import { expect, test, type Page } from '@playwright/test';
import { ServersPage } from '../pages/servers.js';
import { startNovadesk, type RunningApp } from './app-host.js';
import { clientFor } from './local-cloud.js';
import { NANO, deleteServers, imageId } from './server-fixtures.js';

export interface OneServer {
  readonly demo: ReturnType<typeof clientFor>;
  readonly id: string;
  readonly page: Page;
  readonly servers: ServersPage;
}

/**
 * A spec about one server: before all, an ACTIVE server named `name` (on no network) in the
 * demo project and the app open on it (quick filter set); after all, both go. The fields are
 * set once the spec's beforeAll has run.
 */
export function oneActiveServer(name: string): OneServer {
  const demo = clientFor('local-demo');
  const state = { demo } as { demo: typeof demo; id: string; page: Page; servers: ServersPage };
  let app: RunningApp | undefined;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    const created = await demo.servers.create({ name, imageRef: await imageId(demo), flavorRef: NANO, networks: 'none' });
    state.id = created.id as string;
    await demo.servers.waitFor(state.id, (s) => s.status === 'ACTIVE' && !s.taskState, { intervalMs: 1000, timeoutMs: 150_000 });
    app = await startNovadesk();
    state.page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    state.servers = new ServersPage(state.page);
    await state.servers.openOn(app, 'local-demo');
    await state.servers.quickFilter().fill(name);
    await expect(state.servers.row(name)).toContainText('Active', { timeout: 90_000 });
  });

  test.afterAll(async () => {
    try {
      await state.page?.close();
      await app?.stop();
      await deleteServers(demo, name);
    } finally {
      await demo.close();
    }
  });

  return state;
}
