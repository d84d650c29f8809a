/**
 * T1 at 1,000 servers, the first look (issue 17): a cloud whose list the app has neither in
 * memory nor on disk (a new app, its data folder new), switched to with Ctrl+n once its client
 * is logged in. The first rows come from Nova's first page of 50 while the rest streams in
 * (main/clouds/cloud-lists.ts); set against Nova's own time for that page and for the whole
 * list, asked with curl and a token in the same rounds.
 */
import { listQuiet } from '../app-dom.js';
import { openApp } from '../browser.js';
import { computeHeaders, type BenchContext } from '../context.js';
import { alternate, fmtMs, fmtX, goal, med, spread, type CaseResult, type Measure } from '../harness.js';
import { NovadeskUi } from '../novadesk-ui.js';
import { novaMedianMs } from '../nova-time.js';
import { installProbe, lastInput, markOf, watch } from '../page-probe.js';
import { curlGet, curlLogin } from '../reference.js';
import type { TaskScene } from './t-tasks.js';

/** the first page main asks for (FIRST_PAGE in main/clouds/cloud-lists.ts) */
const FIRST_PAGE = 50;
/** issue 17: first rows within this much of Nova's own time for a first page of about 50 */
const WITHIN = 1.2;

export async function t1FirstLook(ctx: BenchContext, scene: TaskScene, servers: number): Promise<CaseResult> {
  const clients = { 'local-demo': ctx.demo, 'local-admin': ctx.admin, 'local-alt': ctx.alt };
  const client = clients[scene.cloud];
  const all = await client.servers.list();
  const fromNames = new Set((await clients[scene.from].servers.list()).map((s) => s.name));
  const own = all.map((s) => s.name).filter((n) => !fromNames.has(n));
  const { token } = await curlLogin(scene.cloud);
  const headers = { 'X-Auth-Token': token, ...(await computeHeaders(client)) };
  const detail = `${await client.compute.endpoint()}/servers/detail`;
  const novaIds: Record<string, string[]> = { page: [], all: [], fresh: [] };
  const nova = (which: 'page' | 'all') => async (): Promise<Measure> => {
    const r = await curlGet(which === 'page' ? `${detail}?limit=${FIRST_PAGE}` : detail, headers);
    novaIds[which]!.push(r.requestId);
    return { ms: r.httpMs, bytes: r.bytes };
  };
  // Novadesk's switch is the first use of its token with Nova (each round is a new app); so is this
  const novaFreshToken = async (): Promise<Measure> => {
    const login = await curlLogin(scene.cloud);
    const r = await curlGet(`${detail}?limit=${FIRST_PAGE}`, { ...headers, 'X-Auth-Token': login.token });
    novaIds.fresh!.push(r.requestId);
    return { ms: r.httpMs, bytes: r.bytes };
  };

  const samples = await alternate(
    [
      {
        name: 'novadesk',
        run: async () => {
          const nd = await openApp();
          try {
            await installProbe(nd.context);
            const ui = new NovadeskUi(await nd.serversPage(scene.from), nd.profiles);
            await ui.page.getByRole('heading', { level: 1, name: `Servers · ${scene.from}` }).waitFor({ timeout: 180_000 });
            await listQuiet(ui.page);
            // logged in and the version negotiated, as after any earlier use of the cloud; its list never asked for
            const id = nd.profiles.find((p) => p.name === scene.cloud)!.id;
            await ui.page.evaluate((cloud) => window.novadesk.invoke('clouds.computeVersion', { cloud }), id);
            // the case's condition, checked: main has never fetched this cloud's list
            const fetched = await ui.page.evaluate(async (cloud) => {
              const log = await window.novadesk.invoke('log.list', { cloud });
              return log.ok ? log.value.filter((e) => e.url.includes('/servers/detail')).length : -1;
            }, id);
            if (fetched !== 0) throw new Error(`T1 first look: ${scene.cloud}'s servers were already asked for (${fetched} requests) before the switch`);
            await watch(ui.page, 'all', (n: number) => Number(document.querySelector('.kit-count')?.textContent?.replace(/\D/g, '') ?? 0) >= n, all.length);
            const first = await ui.seeServers(scene.cloud, own);
            const whole = (await markOf(ui.page, 'all')) - (await lastInput(ui.page));
            return { ms: first, allMs: whole };
          } finally {
            await nd.close();
          }
        },
      },
      { name: 'nova page', run: nova('page') },
      { name: 'nova page, new token', run: novaFreshToken },
      { name: 'nova all', run: nova('all') },
    ],
    { rounds: ctx.rounds(5), warmup: 1 },
  );
  const first = med(samples, 'novadesk');
  const page = med(samples, 'nova page');
  const ownPage = novaMedianMs(novaIds.page!, '/servers/detail');
  const fresh = med(samples, 'nova page, new token');
  const ownFresh = novaMedianMs(novaIds.fresh!, '/servers/detail');
  const ownAll = novaMedianMs(novaIds.all!, '/servers/detail');
  return {
    name: `T1 first look (${servers} servers)`,
    rows: [
      {
        contender: `Novadesk: Ctrl+n to a cloud whose list is neither in memory nor on disk → first rows painted`,
        median: fmtMs(first),
        spread: spread(samples, 'novadesk'),
        detail: `${fmtX(first / page)} Nova's first page; all ${all.length} rows in the list (searchable) ${fmtMs(med(samples, 'novadesk', 'allMs'))}`,
      },
      { contender: `curl: GET /servers/detail?limit=${FIRST_PAGE} with a token`, median: fmtMs(page), spread: spread(samples, 'nova page'), detail: `Nova's own time ${fmtMs(ownPage)}` },
      {
        contender: `curl: the same with a token Nova has not seen yet (just issued)`,
        median: fmtMs(fresh),
        spread: spread(samples, 'nova page, new token'),
        detail: `Nova's own time ${fmtMs(ownFresh)}; Novadesk's first rows ${fmtX(first / fresh)} this`,
      },
      { contender: `curl: GET /servers/detail (all ${all.length}) with a token`, median: fmtMs(med(samples, 'nova all')), spread: spread(samples, 'nova all'), detail: `Nova's own time ${fmtMs(ownAll)}` },
    ],
    goals: [goal(`T1 at ${servers} servers: first rows ≤ ${WITHIN}× Nova's first page of ${FIRST_PAGE}`, first / page, '<=', WITHIN)],
    notes: [
      `The first page is ${FIRST_PAGE} servers, the rest comes in one request as large as Nova allows (its max_limit, 1,000); main sends the first page to the window as soon as it lands and the quick filter works on what has landed. The curl times are curl's own (time_total); "Nova's own time" is from nova-api's request log.`,
    ],
  };
}
