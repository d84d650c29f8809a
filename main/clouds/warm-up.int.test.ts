import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLOUDS_YAML } from '../../e2e/support/local-cloud.js';
import { createApp, type NovadeskApp } from '../app.js';

// The start asks for the servers of the cloud shown last while the window is still opening;
// the window's own refresh is the same request, against the real local cloud.
const dir = mkdtempSync(join(tmpdir(), 'nd-warm-up-'));
const apps: NovadeskApp[] = [];
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<{ app: NovadeskApp; ids: Record<string, string> }> {
  const app = await createApp({ dataDir: dir });
  apps.push(app);
  // every start: without Electron's safeStorage the passwords live only as long as the process
  const scan = await app.profiles.scanImportText({ path: CLOUDS_YAML, text: readFileSync(CLOUDS_YAML, 'utf8') });
  const again = (await app.profiles.list()).length > 0;
  await app.profiles.applyImport({ scanId: scan.scanId, resolutions: again ? Object.fromEntries(scan.candidates.map((c) => [c.name, { action: 'replace' as const }])) : {} });
  const ids = Object.fromEntries((await app.profiles.list()).map((p) => [p.name, p.id]));
  return { app, ids };
}

const serverLists = (app: NovadeskApp) => app.log.list().filter((e) => e.service === 'compute' && new URL(e.url).pathname.endsWith('/servers/detail'));

describe('warm-up at start', () => {
  it('a first start asks for nothing; later starts ask for the servers of the cloud a window listed last, and the window’s refresh joins that request', async () => {
    const first = await start();
    await first.app.warmUp();
    await new Promise((r) => setTimeout(r, 1000));
    expect(serverLists(first.app)).toEqual([]);
    // a window lists local-alt's servers: the next start asks for those
    const alt = first.ids['local-alt']!;
    await first.app.router.dispatch('clouds.refreshList', { cloud: alt, kind: 'servers' });
    await apps.pop()!.close();

    // nothing asked by a window: the start alone asks Nova
    const second = await start();
    await second.app.warmUp();
    await expect.poll(() => serverLists(second.app).map((e) => e.cloud), { timeout: 60_000 }).toEqual([alt]);
    await apps.pop()!.close();

    // the window's refresh while the start's is in flight: one request to Nova
    const third = await start();
    await third.app.warmUp();
    const r = await third.app.router.dispatch('clouds.refreshList', { cloud: alt, kind: 'servers' });
    expect(r.ok).toBe(true);
    expect(serverLists(third.app).map((e) => e.cloud)).toEqual([alt]);
  }, 120_000);
});
