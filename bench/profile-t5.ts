/**
 * `npx tsx bench/profile-t5.ts [rounds]`: where T5's time goes (issue 17), on the built app
 * against the local cloud, with demo's list cached on disk. For each round it prints the
 * host's start, Chromium's start, then the page's own timeline: the launch page, the app's
 * document and bundle, each IPC call (start, queued, answered), and the frame with rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.js';
import { startNovadesk } from '../e2e/support/app-host.js';
import { ROWS } from './app-dom.js';
import { median } from './harness.js';
import { installProbe, markOf, watchEveryPage } from './page-probe.js';

const rounds = Number(process.argv[2] ?? 3);
const cached = process.argv[3] !== 'uncached';
const epoch = () => performance.timeOrigin + performance.now();
const launch = () => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

const dataDir = mkdtempSync(join(tmpdir(), 'novadesk-p5-'));
let demoId = '';
{
  const app = await startNovadesk({ dataDir });
  const b = await launch();
  const page = await b.newPage();
  await app.open(page);
  const list = await page.evaluate(() => window.novadesk.invoke('profiles.list', {}));
  if (!list.ok) throw new Error(list.error.message);
  demoId = list.value.find((p) => p.name === 'local-demo')!.id;
  await b.close();
  await app.stop();
}

const phases = new Map<string, number[]>();
const note = (k: string, v: number) => phases.set(k, [...(phases.get(k) ?? []), v]);
try {
  for (let i = 0; i <= rounds; i++) {
    if (!cached) rmSync(join(dataDir, 'cache'), { recursive: true, force: true });
    const t0 = epoch();
    const app = await startNovadesk({ dataDir });
    const hostUp = epoch();
    const b = await launch();
    const chromiumUp = epoch();
    try {
      const context = await b.newContext({ viewport: { width: 1440, height: 860 } });
      await context.addInitScript((id) => localStorage.setItem('novadesk.currentCloud', id), demoId);
      await installProbe(context);
      await watchEveryPage(context, 'rows', (rows: string) => Boolean(document.querySelector(rows)), ROWS);
      const page = await context.newPage();
      const pageUp = epoch();
      const link = await app.launchLink();
      const linkAt = epoch();
      await page.goto(link);
      await page.waitForURL(`${app.origin}/`);
      const rows = await markOf(page, 'rows');
      const timeline = await page.evaluate(() => {
        const o = performance.timeOrigin;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, o + p.startTime]));
        const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
          name: e.name.replace(location.origin, ''),
          start: o + e.startTime,
          queued: (e.requestStart || e.startTime) - e.startTime,
          end: o + e.responseEnd,
        }));
        return { origin: o, navStart: o + nav.startTime, responseEnd: o + nav.responseEnd, domInteractive: o + nav.domInteractive, dcl: o + nav.domContentLoadedEventEnd, load: o + nav.loadEventEnd, paint, res };
      });
      const rel = (x: number) => (x - t0).toFixed(0).padStart(6);
      const log = await page.evaluate(() => window.novadesk.invoke('log.list', {}));
      if (i === 0) continue;
      // the host's own requests to the cloud (`at` is when each started)
      if (log.ok) for (const e of log.value) console.log(`${rel(Date.parse(e.at))} → ${rel(Date.parse(e.at) + e.elapsedMs)} cloud ${e.cloud} ${e.method} ${e.status ?? e.error} ${e.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 70)}`);
      console.log(`\nround ${i}: rows at ${rel(rows)} ms`);
      console.log(`${rel(hostUp)} host up (link printed)`);
      console.log(`${rel(chromiumUp)} Chromium up`);
      console.log(`${rel(pageUp)} context and page made`);
      console.log(`${rel(linkAt)} fresh link`);
      console.log(`${rel(timeline.navStart)} app document navigation start`);
      console.log(`${rel(timeline.responseEnd)} app document received`);
      console.log(`${rel(timeline.domInteractive)} dom interactive`);
      console.log(`${rel(timeline.dcl)} DOMContentLoaded done`);
      for (const [k, v] of Object.entries(timeline.paint)) console.log(`${rel(v)} ${k}`);
      for (const r of timeline.res) console.log(`${rel(r.start)} → ${rel(r.end)} (${(r.end - r.start).toFixed(0)} ms, queued ${r.queued.toFixed(0)}) ${decodeURIComponent(r.name).slice(0, 80)}`);
      note('host', hostUp - t0);
      note('chromium', chromiumUp - hostUp);
      note('page+link', linkAt - chromiumUp);
      note('nav→doc', timeline.navStart - linkAt);
      note('doc→dcl', timeline.dcl - timeline.navStart);
      note('dcl→rows', rows - timeline.dcl);
      note('total', rows - t0);
    } finally {
      await b.close();
      await app.stop();
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
console.log('\nmedians:');
for (const [k, v] of phases) console.log(`${k.padEnd(12)} ${median(v).toFixed(0)} ms`);
