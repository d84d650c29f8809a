/**
 * `npx tsx bench/profile-t1.ts [rounds]`: where T1's first look goes (issue 17), on the built
 * app against the local cloud. Each round is a new app on local-alt with local-demo logged in
 * and its version negotiated but its list never asked for; then Ctrl+n to local-demo. Prints
 * each IPC call the switch made (start, queued for a connection, answered) against the first
 * rows' frame, then the medians.
 */
import { clientFor } from '../e2e/support/local-cloud.js';
import { listQuiet } from './app-dom.js';
import { openApp } from './browser.js';
import { median } from './harness.js';
import { NovadeskUi } from './novadesk-ui.js';

const rounds = Number(process.argv[2] ?? 3);
const demo = clientFor('local-demo');
const names = (await demo.servers.list()).map((s) => s.name);
await demo.close();
const firsts: number[] = [];
for (let i = 0; i < rounds; i++) {
  const nd = await openApp();
  try {
    const { installProbe, lastInput } = await import('./page-probe.js');
    await installProbe(nd.context);
    const ui = new NovadeskUi(await nd.serversPage('local-alt'), nd.profiles);
    await ui.page.getByRole('heading', { level: 1, name: 'Servers · local-alt' }).waitFor({ timeout: 180_000 });
    await listQuiet(ui.page);
    const id = nd.profiles.find((p) => p.name === 'local-demo')!.id;
    await ui.page.evaluate((cloud) => window.novadesk.invoke('clouds.computeVersion', { cloud }), id);
    await ui.page.waitForTimeout(500);
    await ui.page.evaluate(() => performance.clearResourceTimings());
    const first = await ui.seeServers('local-demo', names);
    const t0 = await lastInput(ui.page);
    await ui.page.waitForTimeout(1500);
    const res = await ui.page.evaluate((t0) => {
      const o = performance.timeOrigin;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        name: decodeURIComponent(e.name.replace(location.origin, '')),
        start: o + e.startTime - t0,
        queued: (e.requestStart || e.startTime) - e.startTime,
        end: o + e.responseEnd - t0,
      }));
    }, t0);
    const log = await ui.page.evaluate(() => window.novadesk.invoke('log.list', {}));
    console.log(`\nround ${i + 1}: first rows ${first.toFixed(0)} ms after the key`);
    if (log.ok)
      for (const e of log.value) {
        // `at` is when the request started
        const start = Date.parse(e.at) - t0;
        if (start < -50) continue;
        console.log(`  cloud ${start.toFixed(0).padStart(6)} → ${(start + e.elapsedMs).toFixed(0).padStart(6)} ${e.method} ${e.status ?? e.error} ${e.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 80)}`);
      }
    for (const r of res) console.log(`${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)} (queued ${r.queued.toFixed(0)}) ${r.name.slice(0, 90)}`);
    firsts.push(first);
  } finally {
    await nd.close();
  }
}
console.log(`\nmedian first rows: ${median(firsts).toFixed(0)} ms`);
