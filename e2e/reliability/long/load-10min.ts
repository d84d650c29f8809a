/**
 * The long load run (issue 8 "Load"; not part of `npm test`):
 *   npx tsx e2e/reliability/long/load-10min.ts [minutes=10] [servers=200]
 * 200 ERROR servers in the alt project (multi-create, deleted at the end), the four local
 * profiles, watchers on all four poked continuously, rounds of 50 concurrent lists for ten
 * minutes, the heap sampled after GC every 10 s. Exits 1 when a call failed, the heap grew by
 * HEAP_GROWTH_MB or more, or a watcher ever had two requests in flight.
 */
import { clientFor, RUN_PREFIX } from '../../support/local-cloud.js';
import { deleteServers } from '../../support/server-fixtures.js';
import { startApp } from '../support/app-fixture.js';
import { runLoad } from '../support/load.js';
import { bootMany } from '../support/servers.js';

const HEAP_GROWTH_MB = 40;
const minutes = Number(process.argv[2] ?? 10);
const servers = Number(process.argv[3] ?? 200);
const prefix = `${RUN_PREFIX}-load10`;
const owner = clientFor('local-alt');
const t0 = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${s}`);

let failed = false;
try {
  log(`creating ${servers} ERROR servers in alt`);
  await bootMany(owner, prefix, servers);
  const f = await startApp();
  const clouds = [f.ids['local-admin'], f.ids['local-demo'], f.ids['local-alt'], f.ids['local-demo-regiontwo']];
  log(`load: 50 concurrent lists over ${clouds.length} profiles for ${minutes} min, watchers running`);
  const report = await runLoad(f, {
    clouds,
    concurrent: 50,
    durationMs: minutes * 60_000,
    sampleEveryMs: 10_000,
    // other suites may leave a thousand servers in admin: one page of 100 there
    listExtra: (cloud) => (cloud === f.ids['local-admin'] ? { limit: 100, maxItems: 100 } : {}),
    onSample: (s) => log(`heap ${s.heapMb} MB after GC, ${s.rounds} rounds done`),
  });
  await f.close();
  const growth = Math.round((report.heapMb.max - report.heapMb.baseline) * 10) / 10;
  const maxInFlight = Math.max(...Object.values(report.watcher).map((w) => w.maxInFlight));
  log(`rounds ${report.rounds}, calls ${report.calls}, errors ${report.errors.length}, round ms ${report.roundMs.join(' ')}`);
  log(`heap baseline ${report.heapMb.baseline} MB, max ${report.heapMb.max} MB, final ${report.heapMb.final} MB: growth ${growth} MB (bound ${HEAP_GROWTH_MB} MB)`);
  log(`watchers: ${JSON.stringify(report.watcher)}; max in flight ${maxInFlight}`);
  log(`event-loop delay p50 ${report.loopDelayMs.p50} ms, p99 ${report.loopDelayMs.p99} ms, max ${report.loopDelayMs.max} ms; unhandled rejections ${report.unhandledRejections}`);
  for (const e of report.errors.slice(0, 10)) log(`error: ${e}`);
  failed = report.errors.length > 0 || growth >= HEAP_GROWTH_MB || maxInFlight > 1 || report.unhandledRejections > 0;
} catch (e) {
  failed = true;
  log(`failed: ${String(e)}`);
} finally {
  log('deleting the servers');
  await deleteServers(owner, prefix).catch((e: unknown) => log(`cleanup failed: ${String(e)}`));
  await owner.close();
}
log(failed ? 'FAILED' : 'PASSED');
process.exit(failed ? 1 : 0);
