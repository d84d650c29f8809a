/**
 * `npx tsx bench/profile-t5-cpu.ts`: the renderer's CPU from the app's document to the first
 * rows (issue 17, T5), list cached on disk: V8's sampling profiler through CDP, self time per
 * function and per source file. Build the renderer unminified first for readable names
 * (`npx vite build --minify false`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.js';
import { startNovadesk } from '../e2e/support/app-host.js';
import { ROWS } from './app-dom.js';
import { installProbe, markOf, watchEveryPage } from './page-probe.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const dataDir = mkdtempSync(join(tmpdir(), 'novadesk-p5c-'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  let app = await startNovadesk({ dataDir });
  const first = await browser.newPage();
  await app.open(first);
  const list = await first.evaluate(() => window.novadesk.invoke('profiles.list', {}));
  if (!list.ok) throw new Error(list.error.message);
  const demoId = list.value.find((p) => p.name === 'local-demo')!.id;
  // the list saved on disk, as the next start finds it
  await first.evaluate((cloud) => window.novadesk.invoke('clouds.refreshList', { cloud, kind: 'servers' }), demoId);
  await first.close();
  await app.stop();

  app = await startNovadesk({ dataDir });
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
  await context.addInitScript((id) => localStorage.setItem('novadesk.currentCloud', id), demoId);
  await installProbe(context);
  await watchEveryPage(context, 'rows', (rows: string) => Boolean(document.querySelector(rows)), ROWS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(await app.launchLink());
  await page.waitForURL(`${app.origin}/`);
  const rows = await markOf(page, 'rows');
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const docStart = await page.evaluate(() => performance.timeOrigin);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]!)!;
    const ms = profile.timeDeltas[i]! / 1000;
    const name = n.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') continue;
    total += ms;
    const where = n.callFrame.url.replace(/^https?:\/\/[^/]+/, '') || '(native)';
    fn.set(`${name} ${where}:${n.callFrame.lineNumber}`, (fn.get(`${name} ${where}:${n.callFrame.lineNumber}`) ?? 0) + ms);
    file.set(where, (file.get(where) ?? 0) + ms);
  }
  if (process.env.HOT) {
    for (const n of profile.nodes as Array<ProfileNode & { positionTicks?: Array<{ line: number; ticks: number }>; children?: number[] }>)
      if (n.callFrame.functionName === process.env.HOT && n.positionTicks) console.log('hot lines', n.callFrame.url, JSON.stringify(n.positionTicks.sort((a, b) => b.ticks - a.ticks).slice(0, 5)));
  }
  console.log(`rows ${(rows - docStart).toFixed(0)} ms after the app's document started; busy ${total.toFixed(0)} ms in the profile`);
  for (const [k, v] of [...file].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${v.toFixed(1).padStart(7)}  ${k}`);
  console.log('');
  for (const [k, v] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${v.toFixed(1).padStart(7)}  ${k.slice(0, 120)}`);
  await app.stop();
} finally {
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
}
