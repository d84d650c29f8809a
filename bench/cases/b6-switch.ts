/**
 * B6 switch: the cached list on screen after a cloud switch (goal ≤ 100 ms). The real app in
 * Chromium; demo and alt are opened once each, so each has its list in memory, then Ctrl+n
 * switches between them. Timed in the page: from the shortcut's keydown to the first frame
 * that shows the other cloud's title and one of its servers.
 */
import type { Page } from '@playwright/test';
import { listQuiet, ROWS, TITLE } from '../app-dom.js';
import { openApp } from '../browser.js';
import type { BenchContext } from '../context.js';
import { fmtMs, median, quantile, type CaseResult } from '../harness.js';

const CLOUDS = ['local-demo', 'local-alt'] as const;

declare global {
  interface Window {
    /** set by arm(): ms from keydown to the frame with the cloud's rows */
    __b6?: Promise<number>;
  }
}

/**
 * Starts watching for the list titled `title` and one of its servers; the clock starts at the
 * next Ctrl key (a shortcut) or, with `start: 'Enter'`, the next Enter (a palette command).
 */
export async function arm(page: Page, title: string, names: string[], start: 'Control' | 'Enter' = 'Control'): Promise<void> {
  await page.evaluate(
    ({ title, names, start, dom }) => {
      const known = new Set(names);
      window.__b6 = new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error(`no row of ${title} on screen within 60 s`)), 60_000);
        let t0: number | undefined;
        // capture on window: before the app's own shortcut handler
        const onKey = (e: KeyboardEvent) => {
          const starts = start === 'Enter' ? e.key === 'Enter' : e.ctrlKey && e.key !== 'Control';
          if (starts && t0 === undefined) t0 = performance.now();
        };
        window.addEventListener('keydown', onKey, { capture: true });
        const shown = () =>
          document.querySelector(dom.title)?.textContent?.trim() === title &&
          Array.from(document.querySelectorAll(`${dom.rows} button`)).some((b) => known.has(b.textContent?.trim() ?? ''));
        const mo = new MutationObserver(() => {
          if (t0 === undefined || !shown()) return;
          mo.disconnect();
          window.removeEventListener('keydown', onKey, { capture: true });
          // the frame that paints the new rows
          requestAnimationFrame(() => resolve(performance.now() - t0!));
        });
        mo.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },
    { title, names, start, dom: { title: TITLE, rows: ROWS } },
  );
}


export async function b6Switch(ctx: BenchContext): Promise<CaseResult> {
  const clients = { 'local-demo': ctx.demo, 'local-alt': ctx.alt };
  const names = Object.fromEntries(
    await Promise.all(CLOUDS.map(async (c) => [c, (await clients[c].servers.list()).map((s) => s.name)] as const)),
  ) as Record<(typeof CLOUDS)[number], string[]>;
  // a name both projects use proves nothing about which list is shown
  const only = (c: (typeof CLOUDS)[number]) => names[c].filter((n) => !CLOUDS.some((o) => o !== c && names[o].includes(n)));
  for (const c of CLOUDS) if (only(c).length === 0) throw new Error(`${c} has no server of its own to show`);
  const h = await openApp();
  try {
    const key = (c: string) => `Control+${h.profiles.find((p) => p.name === c)?.slot}`;
    if (CLOUDS.some((c) => !/^Control\+[1-9]$/.test(key(c)))) throw new Error('demo and alt must hold a Ctrl+n slot');
    const page = await h.serversPage(CLOUDS[0]);
    await page.locator(ROWS).first().waitFor({ timeout: 120_000 });
    await listQuiet(page, 30_000);
    const times: Record<string, number[]> = { 'local-demo': [], 'local-alt': [] };
    const warmup = 2;
    const rounds = ctx.rounds(10);
    // the first visit to each cloud loads its list from the cloud: warm-up, not measured
    for (let i = 0; i < warmup + rounds; i++) {
      const to = CLOUDS[(i + 1) % 2]!;
      await arm(page, `Servers · ${to}`, only(to));
      await page.keyboard.press(key(to));
      const ms = await page.evaluate(() => window.__b6!);
      if (i >= warmup) times[to]!.push(ms);
      await listQuiet(page, 30_000);
      process.stderr.write('.');
    }
    const all = Object.values(times).flat();
    const med = median(all);
    return {
      name: 'B6 switch',
      rows: [
        {
          contender: 'cached list on screen after a cloud switch (Ctrl+n)',
          median: fmtMs(med),
          spread: `${fmtMs(quantile(all, 0.25))} – ${fmtMs(quantile(all, 0.75))}`,
          detail: `${all.length} switches; to demo (${names['local-demo'].length} servers) ${fmtMs(median(times['local-demo']!))}, to alt (${names['local-alt'].length}) ${fmtMs(median(times['local-alt']!))}; max ${fmtMs(Math.max(...all))}`,
        },
      ],
      goals: [{ goal: '≤ 100 ms', measured: fmtMs(med), met: med <= 100 }],
      notes: [
        `From the shortcut's keydown to the frame that paints the other cloud's title and rows, from the renderer's memory; ` +
          `the refresh the switch starts behind them is not waited for (between switches it is allowed to finish).`,
      ],
    };
  } finally {
    await h.close();
  }
}
