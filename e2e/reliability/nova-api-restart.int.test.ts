import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudClient } from '../../main/openstack/cloud-client.js';
import type { Result } from '../../shared/errors.js';
import { clientFor, RUN_PREFIX } from '../support/local-cloud.js';
import { deleteServers, imageId, UNSCHEDULABLE } from '../support/server-fixtures.js';
import { startApp, type AppFixture } from './support/app-fixture.js';
import { startCloud, withOutage } from './support/cloud-control.js';
import { serversNamed } from './support/servers.js';

/**
 * nova-api killed (its whole uwsgi process group) and restarted while lists run in a loop and
 * while two creates are in flight: one sent a moment before the kill, one as it starts. One
 * outage serves all of them, so other people's tests see nova-api gone only once.
 */
const PREFIX = `${RUN_PREFIX}-nova-restart`;
/** what a call may fail with when nova-api vanishes: never internal, never validation */
const CLEAN = ['network', 'timeout', 'server_error'];
let f: AppFixture;
let owner: CloudClient;
let cloud: string;
let image: string;

beforeAll(async () => {
  owner = clientFor('local-alt');
  image = await imageId(owner);
  f = await startApp();
  cloud = f.ids['local-alt'];
  await f.ok('servers.list', { cloud });
});

afterAll(async () => {
  await startCloud({ service: 'nova-api' }).catch(() => undefined);
  await f?.close();
  await deleteServers(owner, PREFIX);
  await owner.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** POST /servers attempts the app made for this name, from its own request log (every attempt is logged). */
const posts = (name: string) =>
  f.app.log.list().filter((e) => e.method === 'POST' && /\/servers$/.test(e.url) && e.requestBody?.includes(`"${name}"`)).length;

describe('nova-api killed and restarted', () => {
  it('lists fail cleanly or succeed after a retry; interrupted creates are sent once and leave at most one server', async () => {
    const lists: { result: Result<unknown>; endedAt: number }[] = [];
    let listing = true;
    const loop = async () => {
      while (listing) lists.push({ result: await f.call('servers.list', { cloud }), endedAt: performance.now() });
    };
    const create = (name: string) =>
      f.call('servers.create', { cloud, server: { name, flavorRef: UNSCHEDULABLE, imageRef: image, networks: 'none' } });
    const early = `${PREFIX}-early`;
    const late = `${PREFIX}-late`;

    const loops = [loop(), loop()];
    const earlyCreate = create(early);
    await sleep(800);
    const t0 = performance.now();
    const outage = await withOutage('nova-api', async (stopped) => {
      const lateCreate = create(late);
      await stopped;
      // One list while nova-api is certainly down: up.sh waits for this callback. The loops
      // alone can miss the outage when up.sh brings nova-api back faster than their retries.
      lists.push({ result: await f.call('servers.list', { cloud }), endedAt: performance.now() });
      // the creates settle on their own (their recovery search may meet the dead API or the restart)
      return { lateCreate };
    });
    const upAt = t0 + outage.totalMs;
    const results = { early: await earlyCreate, late: await outage.result.lateCreate };
    // lists made after up.sh returned must work again
    await sleep(1_000);
    listing = false;
    await Promise.all(loops);

    const failures = lists.filter((l) => !l.result.ok).map((l) => (l.result.ok ? '' : l.result.error.kind));
    expect(failures.length, 'the lists never met the outage').toBeGreaterThan(0);
    for (const kind of failures) expect(CLEAN).toContain(kind);
    const afterUp = lists.filter((l) => l.endedAt > upAt + 500);
    expect(afterUp.length).toBeGreaterThan(0);
    expect(afterUp.every((l) => l.result.ok)).toBe(true);
    const retried = f.app.log.list().filter((e) => e.method === 'GET' && e.attempt > 1).length;

    for (const [which, name] of [['early', early], ['late', late]] as const) {
      const r = results[which];
      if (!r.ok) expect(CLEAN, `${which} create: ${r.error.message}`).toContain(r.error.kind);
      // the client never sent it twice, and Nova has at most one server of that name
      expect(posts(name), `${which} create POSTs`).toBe(1);
      const found = await serversNamed(owner, name);
      expect(found.length, `${which} servers named ${name}`).toBeLessThanOrEqual(1);
      if (r.ok && r.value.id) expect(found).toEqual([r.value.id]);
    }
    expect(f.internalErrors).toEqual([]);
    const outcome = (r: Result<{ id?: string | undefined; recoveredFrom?: string | undefined }>) =>
      r.ok ? `created${r.value.recoveredFrom ? ` (recovered after ${r.value.recoveredFrom})` : ''}` : `failed: ${r.error.kind}`;
    console.info(
      `nova-api outage: down.sh ${Math.round(outage.stopMs)} ms, up.sh ${Math.round(outage.startMs)} ms, total ${Math.round(outage.totalMs)} ms; ` +
        `lists ${lists.length} (${failures.length} failed: ${[...new Set(failures)].join(', ')}; ${retried} GET retries); ` +
        `early create ${outcome(results.early)}, servers ${(await serversNamed(owner, early)).length}; ` +
        `late create ${outcome(results.late)}, servers ${(await serversNamed(owner, late)).length}`,
    );
  });
});
