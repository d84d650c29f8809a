/**
 * `npx tsx bench/profile-t3.ts [rounds]`: where T3's time goes in Novadesk (issue 17), on the
 * built app against the local cloud. Opens the launch wizard on local-demo `rounds` times and
 * prints, per IPC call the wizard made, when it started, how long it waited for one of
 * Chromium's connections to the host (HTTP/1.1: 6 per host, one held by the event stream),
 * and how long the host took to answer; then the median of the wizard's total.
 */
import { listQuiet } from './app-dom.js';
import { openApp } from './browser.js';
import { median } from './harness.js';
import { installProbe, lastInput, lookupsLanded, markOf, watch } from './page-probe.js';

interface Timing {
  channel: string;
  start: number;
  queued: number;
  answer: number;
  end: number;
}

const rounds = Number(process.argv[2] ?? 5);
const nd = await openApp();
try {
  await installProbe(nd.context);
  const totals: number[] = [];
  const perChannel = new Map<string, { queued: number[]; answer: number[]; end: number[] }>();
  for (let i = 0; i <= rounds; i++) {
    // the first open: a new window of the same app (main's clients warm), as T3's "first open" row
    const page = await nd.serversPage('local-demo');
    await page.getByRole('heading', { level: 1, name: 'Servers · local-demo' }).waitFor({ timeout: 180_000 });
    await listQuiet(page);
    await page.evaluate(() => performance.clearResourceTimings());
    await watch(page, 'wizard', () => Array.from(document.querySelectorAll('h1')).some((h) => h.textContent?.trim() === 'Launch servers'), null);
    await page.locator('a.button.primary[href="#/launch"]').click();
    const t0 = await lastInput(page);
    const ready = Math.max(await markOf(page, 'wizard'), await lookupsLanded(page));
    const timings = await page.evaluate((t0) => {
      const origin = performance.timeOrigin;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.name.includes('/ipc/') && origin + e.startTime >= t0 - 5)
        .map((e) => ({
          channel: decodeURIComponent(e.name.split('/ipc/')[1]!),
          start: origin + e.startTime - t0,
          // from the fetch to the request leaving: waiting for a free connection
          queued: (e.requestStart || e.startTime) - e.startTime,
          answer: e.responseEnd - (e.requestStart || e.startTime),
          end: origin + e.responseEnd - t0,
        }));
    }, t0);
    await page.close();
    if (i === 0) continue;
    totals.push(ready - t0);
    for (const t of timings as Timing[]) {
      const c = perChannel.get(t.channel) ?? { queued: [], answer: [], end: [] };
      c.queued.push(t.queued);
      c.answer.push(t.answer);
      c.end.push(t.end);
      perChannel.set(t.channel, c);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  const f = (x: number) => x.toFixed(0).padStart(5);
  process.stdout.write(`T3 Novadesk: median ${median(totals).toFixed(0)} ms over ${rounds} (${totals.map((t) => t.toFixed(0)).join(', ')})\n`);
  process.stdout.write('channel                        calls queued answer  ends (ms after the click, medians)\n');
  for (const [channel, c] of [...perChannel].sort((a, b) => median(a[1].end) - median(b[1].end))) {
    process.stdout.write(`${channel.padEnd(30)} ${String(c.end.length / rounds).padStart(5)} ${f(median(c.queued))} ${f(median(c.answer))} ${f(median(c.end))}\n`);
  }
} finally {
  await nd.close();
}
