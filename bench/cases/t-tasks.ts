/**
 * T1–T3 (issue 17): what a person does, in Horizon and in Novadesk, side by side in one run
 * on the same cloud and data; the two alternate, rotating who goes first, after a warm-up
 * round, and every time is taken in the page (bench/page-probe.ts). Each sample also counts
 * what the page fetched and the API requests the cloud served meanwhile (bench/cloud-requests.ts).
 *   T1 see my servers: Horizon's instances page (navigation → first row painted); Novadesk's
 *      servers screen after a cloud switch (Ctrl+n → the cloud's rows painted).
 *   T2 find one server: Horizon's name filter (Enter → the one row) and its detail page (click →
 *      painted); Novadesk's quick filter (last keystroke → the one row) and its drawer.
 *   T3 ready to launch: the launch wizard opened (click) until it is shown and every lookup it
 *      makes has landed.
 *   T4 launch to ACTIVE: the wizard filled with a valid choice, Launch (click) → the new
 *      server's row in the list says Active; the servers it makes are deleted afterwards.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.js';
import { openApp } from '../browser.js';
import { countCloudRequests } from '../cloud-requests.js';
import type { BenchContext, LaunchChoice } from '../context.js';
import { deleteServers, T4_PREFIX } from '../fixtures.js';
import { alternate, fmtBytes, fmtMs, fmtX, goal, med, spread, type CaseResult, type Contender, type Goal, type Measure, type Samples } from '../harness.js';
import type { HorizonHost } from '../horizon/horizon-host.js';
import { HorizonUi } from '../horizon/horizon-ui.js';
import { NovadeskUi } from '../novadesk-ui.js';
import { listQuiet } from '../app-dom.js';
import { countPageTraffic } from '../page-traffic.js';
import { installProbe, lookupsLanded } from '../page-probe.js';

export interface TaskScene {
  /** the profile (and Horizon user) whose project holds the servers */
  cloud: 'local-demo' | 'local-admin';
  user: string;
  password: string;
  /** the Novadesk cloud T1 switches from */
  from: 'local-alt';
  /** the goals of issue 17 at this scale: minimum Horizon ÷ Novadesk ratios */
  goals: Partial<Record<'T1' | 'T2' | 'T3', number>>;
  /** T4's choice in the wizards; no T4 without it */
  launch?: LaunchChoice;
}

const HORIZON = 'Horizon';
const NOVADESK = 'Novadesk';
/** T3 in a window that has not opened the wizard yet: every lookup asked */
const NOVADESK_FIRST = 'Novadesk, first open';

/** One timed step plus what it made the page and the cloud transfer (counted until the page is quiet). */
async function metered(page: Page, step: () => Promise<number | { filterMs: number; detailMs: number }>): Promise<Measure> {
  const cloud = countCloudRequests();
  const traffic = countPageTraffic(page);
  const r = await step();
  await lookupsLanded(page, 500).catch(() => 0);
  const t = await traffic();
  const c = cloud();
  const times = typeof r === 'number' ? { ms: r } : { ms: r.filterMs + r.detailMs, ...r };
  return { ...times, pageRequests: t.requests, pageBytes: t.bytes, cloudRequests: c.requests, cloudBytes: c.bytes };
}

/**
 * A name that finds exactly one server (both clients' filters match substrings) while the same
 * name without its last character finds several: Novadesk's filter is typed up to that last
 * key before the clock starts, and the list must still change on it (nova's -1 … -20 suffixes: -20).
 */
export function findableName(names: string[]): string {
  const finds = (text: string) => names.filter((o) => o.includes(text)).length;
  const pick = names.find((n) => finds(n) === 1 && finds(n.slice(0, -1)) > 1);
  if (!pick) throw new Error('no server name finds exactly one server while its prefix finds several');
  return pick;
}

function rowsOf(samples: Samples, label: Record<string, string>): CaseResult['rows'] {
  const traffic = (c: string) =>
    `page ${med(samples, c, 'pageRequests')} requests, ${fmtBytes(med(samples, c, 'pageBytes'))}; ` +
    `cloud ${med(samples, c, 'cloudRequests')} API requests, ${fmtBytes(med(samples, c, 'cloudBytes'))}`;
  const split = (c: string) => (samples.get(c)?.[0]?.filterMs === undefined ? '' : `; filter ${fmtMs(med(samples, c, 'filterMs'))} + details ${fmtMs(med(samples, c, 'detailMs'))}`);
  // Horizon first, then each Novadesk contender and its ratio
  const [hz, ...nd] = Object.keys(label);
  return [
    { contender: `${hz}: ${label[hz!]}`, median: fmtMs(med(samples, hz!)), spread: spread(samples, hz!), detail: `${traffic(hz!)}${split(hz!)}` },
    ...nd.flatMap((c) => [
      { contender: `${c}: ${label[c]}`, median: fmtMs(med(samples, c)), spread: spread(samples, c), detail: `${traffic(c)}${split(c)}` },
      { contender: `Horizon ÷ ${c}`, median: fmtX(med(samples, hz!) / med(samples, c)) },
    ]),
  ];
}

export async function taskCases(ctx: BenchContext, hz: HorizonHost, scene: TaskScene, servers: number): Promise<CaseResult[]> {
  const clients = { 'local-demo': ctx.demo, 'local-admin': ctx.admin, 'local-alt': ctx.alt };
  const names = (await clients[scene.cloud].servers.list()).map((s) => s.name);
  const fromNames = new Set((await clients[scene.from].servers.list()).map((s) => s.name));
  const own = names.filter((n) => !fromNames.has(n));
  if (own.length === 0) throw new Error(`${scene.cloud} has no server of its own to show`);
  const target = findableName(names);
  const rounds = ctx.rounds(7);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const nd = await openApp();
  try {
    const hzContext = await browser.newContext({ viewport: { width: 1440, height: 860 } });
    await installProbe(hzContext);
    const horizon = new HorizonUi(await hzContext.newPage(), hz.base);
    await horizon.login(scene.user, scene.password);

    await installProbe(nd.context);
    const novadesk = new NovadeskUi(await nd.serversPage(scene.from), nd.profiles);
    await novadesk.page.getByRole('heading', { level: 1, name: `Servers · ${scene.from}` }).waitFor({ timeout: 180_000 });
    // both clouds' lists in the app's memory, as after any earlier visit
    await novadesk.switchTo(scene.cloud);
    await novadesk.switchTo(scene.from);

    const tag = `${servers} servers`;
    const run = async (contenders: Contender[]) => alternate(contenders, { rounds, warmup: 1 });
    const goalsFor = (task: 'T1' | 'T2' | 'T3', s: Samples): Goal[] => {
      const want = scene.goals[task];
      return want === undefined ? [] : [goal(`${task} at ${tag}: Horizon ÷ Novadesk ≥ ${want}×`, med(s, HORIZON) / med(s, NOVADESK), '>=', want)];
    };

    const t1 = await run([
      { name: HORIZON, run: () => metered(horizon.page, () => horizon.seeServers()) },
      {
        name: NOVADESK,
        run: async () => {
          const m = await metered(novadesk.page, () => novadesk.seeServers(scene.cloud, own));
          await novadesk.switchTo(scene.from);
          return m;
        },
      },
    ]);
    await novadesk.switchTo(scene.cloud);
    const t2 = await run([
      {
        name: HORIZON,
        run: async () => {
          await horizon.page.goto(`${hz.base}/project/instances/`, { timeout: 120_000 });
          return metered(horizon.page, () => horizon.findServer(target));
        },
      },
      { name: NOVADESK, run: () => metered(novadesk.page, () => novadesk.findServer(target)) },
    ]);
    const t3 = await run([
      {
        name: HORIZON,
        run: async () => {
          await horizon.page.goto(`${hz.base}/project/instances/`, { timeout: 120_000 });
          return metered(horizon.page, () => horizon.readyToLaunch());
        },
      },
      { name: NOVADESK, run: () => metered(novadesk.page, () => novadesk.readyToLaunch()) },
      {
        name: NOVADESK_FIRST,
        run: async () => {
          // a new window of the same app: main's clients are warm, the wizard's lookups are not
          const page = await nd.serversPage(scene.cloud);
          try {
            await page.getByRole('heading', { level: 1, name: `Servers · ${scene.cloud}` }).waitFor({ timeout: 120_000 });
            await listQuiet(page);
            return await metered(page, () => new NovadeskUi(page, nd.profiles).readyToLaunch());
          } finally {
            await page.close();
          }
        },
      },
    ]);

    const choice = scene.launch;
    const launched = () => `${T4_PREFIX}${Date.now().toString(36)}`;
    const t4 = !choice
      ? undefined
      : await alternate(
          [
            {
              name: HORIZON,
              run: async () => {
                await horizon.page.goto(`${hz.base}/project/instances/`, { timeout: 120_000 });
                await horizon.clearFilter();
                return metered(horizon.page, () => horizon.launchToActive(launched(), choice));
              },
            },
            { name: NOVADESK, run: () => metered(novadesk.page, () => novadesk.launchToActive(launched(), choice)) },
          ],
          // each round launches two servers
          { rounds: ctx.rounds(5), warmup: 1 },
        ).finally(() => deleteServers(clients[scene.cloud], T4_PREFIX));

    const trafficNote = 'Requests: what the page fetched, and the API requests the cloud logged meanwhile (the services\' calls to each other on their behalf included), medians.';
    return [
      {
        name: `T1 see my servers (${tag})`,
        rows: rowsOf(t1, { [HORIZON]: 'instances page, navigation → first row painted', [NOVADESK]: 'servers after a cloud switch (Ctrl+n) → rows painted' }),
        goals: goalsFor('T1', t1),
        notes: [`Horizon lists ${Math.min(servers, 20)} of ${servers} per page (API_RESULT_PAGE_SIZE 20); Novadesk shows all ${servers}. ${trafficNote}`],
      },
      {
        name: `T2 find one server (${tag})`,
        rows: rowsOf(t2, { [HORIZON]: 'name filter (Enter) → the row, then its detail page', [NOVADESK]: 'quick filter (last key) → the row, then its drawer' }),
        goals: goalsFor('T2', t2),
        notes: [`The server: ${target}. Horizon filters on the server (a page load per filter); Novadesk filters the list it holds.`],
      },
      {
        name: `T3 ready to launch (${tag})`,
        rows: rowsOf(t3, {
          [HORIZON]: 'Launch Instance → wizard shown, every lookup landed',
          [NOVADESK]: 'Launch → wizard shown, every lookup landed (opened again: lookups under 30 s old are not asked again)',
          [NOVADESK_FIRST]: 'Launch in a new window → wizard shown, every lookup landed',
        }),
        goals: [
          ...goalsFor('T3', t3),
          ...(scene.goals.T3 === undefined ? [] : [goal(`T3 at ${tag}, first open in a window: Horizon ÷ Novadesk ≥ ${scene.goals.T3}×`, med(t3, HORIZON) / med(t3, NOVADESK_FIRST), '>=', scene.goals.T3)]),
        ],
        notes: ['"Every lookup landed": the end of the last fetch/XHR the wizard started, once none has been in flight for 1.5 s (the quiet period is not counted).'],
      },
      ...(t4 && choice
        ? [
            {
              name: `T4 launch to ACTIVE (${tag})`,
              rows: rowsOf(t4, { [HORIZON]: 'Launch Instance filled, Launch → the row Active', [NOVADESK]: 'the wizard filled, Launch → the row Active in the servers list' }),
              goals: [],
              notes: [
                `${choice.image}, ${choice.flavor}, ${choice.network} (Nova's fake driver: the server itself is ACTIVE in about a second). Horizon reloads the instances page after the launch and re-reads a row in transition every 2.5 s (its ajax_poll_interval); Novadesk's watcher follows the new server in main and pushes its change to the list.`,
              ],
            },
          ]
        : []),
    ];
  } finally {
    await browser.close();
    await nd.close();
  }
}

/** Horizon's own cost on this machine, for the results. */
export function horizonSetup(hz: HorizonHost, rssAtStart: number): CaseResult {
  return {
    name: 'Horizon set-up',
    rows: [
      ...(hz.installMs === undefined ? [] : [{ contender: 'apt install openstack-dashboard(-apache)', median: fmtMs(hz.installMs) }]),
      { contender: 'Apache start → login page answers (Django imported)', median: fmtMs(hz.startMs) },
      { contender: 'Apache + mod_wsgi resident memory', median: `${rssAtStart.toFixed(0)} MB at start`, detail: `${hz.rssMb().toFixed(0)} MB after the tasks` },
    ],
    goals: [],
    notes: ['Horizon from Debian 12 (openstack-dashboard 23, Zed) under Apache 2.4 + mod_wsgi on 127.0.0.1, Debian\'s settings (LocMem cache and sessions, 20 items a page) plus the local Keystone.'],
  };
}
