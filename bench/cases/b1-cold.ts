/**
 * B1 cold: new process → auth → list 20 servers. Novadesk's one-shot script (bundled) vs
 * `openstack server list --limit 20` vs curl making the same two requests. Novadesk runs
 * twice: as an installed client runs (Nova's version range on disk from an earlier run, so
 * the same two requests as curl) and as a first run (a third request, the version document).
 */
import { join } from 'node:path';
import { computeHeaders, type BenchContext } from '../context.js';
import { alternate, fmtMs, fmtX, goal, med, pct, spread, ratio, timed, type CaseResult, type Contender } from '../harness.js';
import { novaMedianMs } from '../nova-time.js';
import { run } from '../proc.js';
import { curlGet, curlLogin, openstack } from '../reference.js';

interface OneShotOutput {
  count: number;
  loadedMs: number;
  requests: Array<{ method: string; url: string; ms: number; requestId?: string }>;
}

const ND = 'novadesk one-shot (esbuild bundle)';
const FIRST = 'novadesk one-shot, first run';

export async function b1Cold(ctx: BenchContext): Promise<CaseResult> {
  // curl is handed the URL and headers the library would use: the same two requests
  const listUrl = await ctx.demo.compute.url('/servers/detail', { limit: 20 });
  const headers = await computeHeaders(ctx.demo);
  // request ids of the list requests, for Nova's own time (the first of each is the warm-up's)
  const ids = { novadesk: [] as string[], curl: [] as string[] };
  const oneShot = (argv: string[], keepIds: boolean) => async () => {
    const r = await run('node', argv);
    const out = JSON.parse(r.stdout) as OneShotOutput;
    // Nova may answer limit=20 with a few less while other tests delete servers: a count, not a check
    if (out.count === 0) throw new Error('one-shot listed no servers');
    if (keepIds) ids.novadesk.push(out.requests.at(-1)?.requestId ?? '');
    const httpMs = out.requests.reduce((sum, q) => sum + q.ms, 0);
    return { ms: r.ms, loadedMs: out.loadedMs, authMs: out.requests[0]!.ms, httpMs, count: out.count, requests: out.requests.length };
  };
  const contenders: Contender[] = [
    {
      name: 'curl pair',
      run: async () => {
        let authMs = 0;
        const m = await timed(async () => {
          const login = await curlLogin('local-demo');
          authMs = login.ms;
          ids.curl.push((await curlGet(listUrl, { ...headers, 'X-Auth-Token': login.token })).requestId);
        });
        return { ...m, authMs };
      },
    },
    // the warm-up round writes the version cache; measured rounds find it
    { name: ND, run: oneShot([ctx.bundles.path('oneshot-list'), 'local-demo', join(ctx.bundles.dir, 'compute-versions.json')], true) },
    { name: FIRST, run: oneShot([ctx.bundles.path('oneshot-list'), 'local-demo'], false) },
    { name: 'node startup alone', run: async () => ({ ms: (await run('node', ['-e', '0'])).ms }) },
    { name: 'openstack server list --limit 20', run: async () => ({ ms: await openstack('local-demo', ['server', 'list', '--limit', '20']) }) },
  ];
  const s = await alternate(contenders, { rounds: ctx.rounds(5) });
  const curl = med(s, 'curl pair');
  const nd = med(s, ND);
  const first = med(s, FIRST);
  const os = med(s, 'openstack server list --limit 20');
  const ndAuth = med(s, ND, 'authMs');
  const ndHttp = med(s, ND, 'httpMs');
  const curlAuth = med(s, 'curl pair', 'authMs');
  const node = med(s, 'node startup alone');
  const loaded = med(s, ND, 'loadedMs');
  const novaNd = novaMedianMs(ids.novadesk.slice(1), '/servers/detail');
  const novaCurl = novaMedianMs(ids.curl.slice(1), '/servers/detail');
  return {
    name: 'B1 cold',
    rows: [
      {
        contender: 'curl pair (2 requests)',
        median: fmtMs(curl),
        spread: spread(s, 'curl pair'),
        detail: `POST /v3/auth/tokens ${fmtMs(curlAuth)}; Nova's own time for the list ${fmtMs(novaCurl)}`,
      },
      {
        contender: `${ND}, version range cached`,
        median: fmtMs(nd),
        spread: spread(s, ND),
        detail: `${fmtX(ratio(nd, curl))} curl; ${med(s, ND, 'requests')} requests ${fmtMs(ndHttp)} (auth ${fmtMs(ndAuth)}, list); Nova's own time for the list ${fmtMs(novaNd)}`,
      },
      {
        contender: `${FIRST} (no cache: + version document)`,
        median: fmtMs(first),
        spread: spread(s, FIRST),
        detail: `${fmtX(ratio(first, curl))} curl; ${med(s, FIRST, 'requests')} requests ${fmtMs(med(s, FIRST, 'httpMs'))}`,
      },
      { contender: 'node -e 0', median: fmtMs(node), spread: spread(s, 'node startup alone'), detail: 'process start floor' },
      { contender: 'openstack server list --limit 20', median: fmtMs(os), spread: spread(s, 'openstack server list --limit 20'), detail: `${fmtX(ratio(os, nd))} novadesk` },
    ],
    goals: [
      goal('≤ 1.25× the curl pair', ratio(nd, curl), '<=', 1.25),
      goal('≥ 2.5× faster than openstack', ratio(os, nd), '>=', 2.5),
    ],
    notes: [
      `Keystone's password login is ${pct(curlAuth, curl)} of the curl pair (${fmtMs(curlAuth)}); ` +
        `in the one-shot, auth is ${fmtMs(ndAuth)}, all HTTP ${fmtMs(ndHttp)}, Node's boot and loading the bundle ${fmtMs(loaded)} (an empty \`node -e 0\` takes ${fmtMs(node)}). ` +
        `Nova's handler spends ${fmtMs(novaNd)} (novadesk) / ${fmtMs(novaCurl)} (curl) on the list; the rest of the HTTP time is waiting for a free worker. ` +
        // what no Node client can go under: Node's own start, then the same two requests as curl
        `A Node process that did nothing but curl's two requests would take about ${fmtMs(node + curl)}, ${fmtX(ratio(node + curl, curl))} the curl pair.`,
    ],
  };
}
