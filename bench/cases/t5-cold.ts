/**
 * T5 cold start (issue 17): from a new process to the first server rows painted, timed from
 * the bench's own clock (epoch ms, the same clock the page's marks use).
 *   Novadesk: the browser host's process spawned → Chromium started → the launch link → the
 *   servers screen's first rows; once with the list cached on disk by an earlier run, once
 *   without (the cache folder removed).
 *   Horizon: login form submitted (a new browser context, so a new session) → the instances
 *   page's first row, Horizon's process being up already (it is a server).
 *   Floor: Chromium's start plus curl's login and server list: what any client must wait for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.js';
import { startNovadesk } from '../../e2e/support/app-host.js';
import { ROWS } from '../app-dom.js';
import { computeHeaders, type BenchContext } from '../context.js';
import { alternate, fmtMs, fmtX, med, spread, type CaseResult, type Measure } from '../harness.js';
import type { HorizonHost } from '../horizon/horizon-host.js';
import { HorizonUi } from '../horizon/horizon-ui.js';
import { installProbe, lastInput, markOf, watchEveryPage } from '../page-probe.js';
import { curlGet, curlLogin } from '../reference.js';

const CLOUD = 'local-demo';
const epoch = () => performance.timeOrigin + performance.now();
const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** A data folder with the local cloud's profiles, and demo's profile id in it. */
async function prepareDataDir(): Promise<{ dataDir: string; demoId: string; dispose(): void }> {
  const app = await startNovadesk({ dataDir: mkdtempSync(join(tmpdir(), 'novadesk-t5-')) });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await app.open(page);
    const list = await page.evaluate(() => window.novadesk.invoke('profiles.list', {}));
    if (!list.ok) throw new Error(list.error.message);
    const demoId = list.value.find((p) => p.name === CLOUD)?.id;
    if (!demoId) throw new Error(`no profile ${CLOUD}`);
    return { dataDir: app.dataDir, demoId, dispose: () => rmSync(app.dataDir, { recursive: true, force: true }) };
  } finally {
    await browser.close();
    await app.stop();
  }
}

async function novadeskCold(dataDir: string, demoId: string, cached: boolean): Promise<Measure> {
  if (!cached) rmSync(join(dataDir, 'cache'), { recursive: true, force: true });
  const t0 = epoch();
  // seeded each time: the browser host keeps secrets for its run only
  const app = await startNovadesk({ dataDir });
  const hostUp = epoch();
  const browser = await launchChromium();
  const chromiumUp = epoch();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
    await context.addInitScript((id) => localStorage.setItem('novadesk.currentCloud', id), demoId);
    await installProbe(context);
    await watchEveryPage(context, 'rows', (rows: string) => Boolean(document.querySelector(rows)), ROWS);
    const page = await context.newPage();
    await page.goto(await app.launchLink());
    await page.waitForURL(`${app.origin}/`);
    const rows = await markOf(page, 'rows');
    // where the time goes: the host listening (its link printed; the app's modules load after
    // that, alongside Chromium), Chromium up, then the page
    return { ms: rows - t0, hostMs: hostUp - t0, chromiumMs: chromiumUp - hostUp, pageMs: rows - chromiumUp };
  } finally {
    await browser.close();
    await app.stop();
  }
}

export async function t5Cold(ctx: BenchContext, hz: HorizonHost): Promise<CaseResult> {
  const prepared = await prepareDataDir();
  const user = { user: 'demo', password: 'demo' };
  try {
    // one run that leaves demo's list in the cache
    await novadeskCold(prepared.dataDir, prepared.demoId, true);
    const hzBrowser = await launchChromium();
    try {
      const samples = await alternate(
        [
          { name: 'cached', run: () => novadeskCold(prepared.dataDir, prepared.demoId, true) },
          { name: 'uncached', run: () => novadeskCold(prepared.dataDir, prepared.demoId, false) },
          {
            name: 'horizon',
            run: async () => {
              const context = await hzBrowser.newContext({ viewport: { width: 1440, height: 860 } });
              try {
                await installProbe(context);
                await watchEveryPage(context, 'rows', () => Boolean(document.querySelector('table#instances tbody tr[data-object-id]')), null);
                const ui = new HorizonUi(await context.newPage(), hz.base);
                await ui.login(user.user, user.password, '/project/instances/');
                return { ms: (await markOf(ui.page, 'rows')) - (await lastInput(ui.page)) };
              } finally {
                await context.close();
              }
            },
          },
          {
            name: 'floor',
            run: async () => {
              const t0 = performance.now();
              const b = await launchChromium();
              await (await b.newPage()).goto('about:blank');
              const chromiumMs = performance.now() - t0;
              await b.close();
              const login = await curlLogin(CLOUD);
              const list = await curlGet(`${await ctx.demo.compute.endpoint()}/servers/detail`, { 'X-Auth-Token': login.token, ...(await computeHeaders(ctx.demo)) });
              return { ms: chromiumMs + login.ms + list.ms, chromiumMs, apiMs: login.ms + list.ms };
            },
          },
        ],
        { rounds: ctx.rounds(5), warmup: 1 },
      );
      const cached = med(samples, 'cached');
      const uncached = med(samples, 'uncached');
      const floor = med(samples, 'floor');
      const row = (contender: string, name: string, detail?: string) => ({ contender, median: fmtMs(med(samples, name)), spread: spread(samples, name), ...(detail ? { detail } : {}) });
      const parts = (name: string) =>
        `host listening ${fmtMs(med(samples, name, 'hostMs'))}, Chromium up ${fmtMs(med(samples, name, 'chromiumMs'))}, launch link → rows ${fmtMs(med(samples, name, 'pageMs'))}`;
      return {
        name: 'T5 cold start',
        rows: [
          row('Novadesk: new process → rows painted, list cached on disk', 'cached', parts('cached')),
          row('Novadesk: new process → rows painted, no cached list', 'uncached', `${fmtX(uncached / floor)} the floor; ${parts('uncached')}`),
          row('Horizon: login submitted → instances page rows (server already up)', 'horizon'),
          row('floor: Chromium start + curl login + curl server list', 'floor', `Chromium ${fmtMs(med(samples, 'floor', 'chromiumMs'))}, Keystone + Nova ${fmtMs(med(samples, 'floor', 'apiMs'))}`),
        ],
        goals: [
          { goal: 'T5 with the cached list: rows < 1 s from process start', measured: fmtMs(cached), met: cached < 1000 },
          { goal: 'T5 without it: ≤ 1.5× the floor', measured: fmtX(uncached / floor), met: uncached <= 1.5 * floor },
        ],
        notes: [
          `Novadesk's times include starting its host process (Node) and Chromium; Horizon's do not include Apache's start (${fmtMs(hz.startMs)} in this run).`,
          "The host listens and prints its link before the app's modules load; meanwhile it logs in to the cloud shown last and asks for its servers (app.warmUp), and the window's refresh joins that request. Chromium here is Playwright's (launch, then a context and a page), started once the link is printed.",
        ],
      };
    } finally {
      await hzBrowser.close();
    }
  } finally {
    prepared.dispose();
  }
}
