/**
 * B2 warm: list 20 servers with a token already held, what the app does on every refresh.
 * Novadesk in-process vs curl with the same token, URL and headers, vs `openstack server list`
 * (the CLI keeps no token between runs, so for it every list is cold). Nova's own time for
 * each request comes from its log, to show what is left for the clients.
 */
import { computeHeaders, type BenchContext } from '../context.js';
import { alternate, fmtMs, fmtX, goal, med, ratio, spread, timed, type CaseResult, type Contender } from '../harness.js';
import { novaMedianMs } from '../nova-time.js';
import { curlGet, openstack } from '../reference.js';

export async function b2Warm(ctx: BenchContext): Promise<CaseResult> {
  const client = ctx.demo;
  const token = (await client.session.token()).value;
  const listUrl = await client.compute.url('/servers/detail', { limit: 20 });
  const headers = { ...(await computeHeaders(client)), 'X-Auth-Token': token };
  const ids = { novadesk: [] as string[], curl: [] as string[] };
  const contenders: Contender[] = [
    {
      name: 'novadesk',
      run: async () => {
        const m = await timed(() => client.servers.list({ limit: 20 }, { maxItems: 20 }));
        // the one request just made, as the request log timed it
        const entry = client.session.log.list().at(-1)!;
        ids.novadesk.push(entry.requestId ?? '');
        return { ...m, httpMs: entry.elapsedMs };
      },
    },
    {
      name: 'curl',
      run: async () => {
        const { requestId, ...m } = await curlGet(listUrl, headers);
        ids.curl.push(requestId);
        return m;
      },
    },
    { name: 'openstack', run: async () => ({ ms: await openstack('local-demo', ['server', 'list', '--limit', '20']) }) },
  ];
  const s = await alternate(contenders, { rounds: ctx.rounds(9) });
  const nd = med(s, 'novadesk');
  const curl = med(s, 'curl');
  const os = med(s, 'openstack');
  const ndHttp = med(s, 'novadesk', 'httpMs');
  const curlHttp = med(s, 'curl', 'httpMs');
  // the first of each is the warm-up round's
  const novaNd = novaMedianMs(ids.novadesk.slice(1), '/servers/detail');
  const novaCurl = novaMedianMs(ids.curl.slice(1), '/servers/detail');
  return {
    name: 'B2 warm',
    rows: [
      { contender: 'curl, same token and URL', median: fmtMs(curl), spread: spread(s, 'curl'), detail: `Nova's own time ${fmtMs(novaCurl)}; curl's time_total ${fmtMs(curlHttp)}` },
      {
        contender: 'novadesk (in-process, token held)',
        median: fmtMs(nd),
        spread: spread(s, 'novadesk'),
        detail: `${fmtX(ratio(nd, curl))} curl; Nova's own time ${fmtMs(novaNd)}; HTTP ${fmtMs(ndHttp)}, parse and map ${fmtMs(nd - ndHttp)}`,
      },
      { contender: 'openstack server list --limit 20', median: fmtMs(os), spread: spread(s, 'openstack'), detail: `${fmtX(ratio(os, nd))} novadesk` },
    ],
    goals: [goal('≤ 1.15× curl', ratio(nd, curl), '<=', 1.15), goal('≥ 20× faster than openstack', ratio(os, nd), '>=', 20)],
    notes: [
      `Nova's handler (its request log) takes ${fmtMs(novaNd)} of novadesk's ${fmtMs(nd)} and ${fmtMs(novaCurl)} of curl's ${fmtMs(curl)}; ` +
        `the rest of the HTTP time (${fmtMs(ndHttp - novaNd)} / ${fmtMs(curlHttp - novaCurl)}) is the request waiting for one of nova-api's workers, shared with every other test on the machine. ` +
        `Novadesk's own JSON parse and mapping is ${fmtMs(nd - ndHttp)}. ` +
        `openstack pays its Python start and a password login (${fmtMs(os - nd)} more) on top of the same Nova time, so its ratio shrinks as Nova slows.`,
    ],
  };
}
