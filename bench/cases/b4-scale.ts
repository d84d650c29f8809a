/**
 * B4 scale: every page of ~1,000 servers fetched and mapped, in a fresh child process so its
 * peak RSS is the listing's own, with `openstack server list` over the same project as the
 * reference; then the list screen rendering them in Chromium (b4-render.ts).
 */
import type { BenchContext } from '../context.js';
import { b4Render } from './b4-render.js';
import { alternate, fmtBytes, fmtMs, fmtX, med, ratio, spread, type CaseResult, type Contender } from '../harness.js';
import { novaMedianMs } from '../nova-time.js';
import { runWithMaxRss } from '../proc.js';
import { openstackEnv } from '../reference.js';

interface ScaleOutput {
  count: number;
  pages: number;
  listMs: number;
  httpMs: number;
  bytes: number;
  peakHeapMb: number;
  requestIds: string[];
}

export async function b4Scale(ctx: BenchContext, expected: number): Promise<CaseResult> {
  const ids: string[][] = [];
  const contenders: Contender[] = [
    {
      name: 'novadesk',
      run: async () => {
        const r = await runWithMaxRss('node', [ctx.bundles.path('scale-list'), 'local-admin']);
        const { requestIds, ...out } = JSON.parse(r.stdout) as ScaleOutput;
        if (out.count < expected) throw new Error(`listed ${out.count} servers, expected ≥ ${expected}`);
        ids.push(requestIds);
        return { ms: r.ms, maxRssMb: r.maxRssMb, ...out };
      },
    },
    {
      name: 'openstack',
      run: async () => {
        // -f value: the cheapest output openstack has, so its table formatting is not counted against it
        const r = await runWithMaxRss('openstack', ['--os-cloud', 'local-admin', 'server', 'list', '-f', 'value', '-c', 'ID'], openstackEnv);
        return { ms: r.ms, maxRssMb: r.maxRssMb, count: r.stdout.trim().split('\n').length };
      },
    },
  ];
  const s = await alternate(contenders, { rounds: ctx.rounds(3) });
  const nd = med(s, 'novadesk');
  const os = med(s, 'openstack');
  const listMs = med(s, 'novadesk', 'listMs');
  const httpMs = med(s, 'novadesk', 'httpMs');
  // the first page (1,000 servers) of each measured round; the first round was the warm-up
  const novaMs = novaMedianMs(ids.slice(1).map((r) => r[0] ?? ''), '/servers/detail');
  const count = med(s, 'novadesk', 'count');
  const render = await b4Render(ctx.rounds(4));
  return {
    name: 'B4 scale',
    rows: [
      {
        contender: `novadesk: all pages fetched and mapped (${count} servers)`,
        median: fmtMs(listMs),
        spread: spread(s, 'novadesk', 'listMs'),
        detail:
          `${med(s, 'novadesk', 'pages')} requests, ${fmtBytes(med(s, 'novadesk', 'bytes'))}; HTTP ${fmtMs(httpMs)} (Nova's own time for the 1,000-server page ${fmtMs(novaMs)}), ` +
          `parse and map ${fmtMs(listMs - httpMs)}; peak heap ${med(s, 'novadesk', 'peakHeapMb').toFixed(0)} MB`,
      },
      { contender: 'novadesk one-shot process (start, auth, list)', median: fmtMs(nd), spread: spread(s, 'novadesk'), detail: `max RSS ${med(s, 'novadesk', 'maxRssMb').toFixed(0)} MB` },
      {
        contender: 'openstack server list -f value -c ID',
        median: fmtMs(os),
        spread: spread(s, 'openstack'),
        detail: `max RSS ${med(s, 'openstack', 'maxRssMb').toFixed(0)} MB; ${fmtX(ratio(os, nd))} novadesk`,
      },
      ...render.rows,
    ],
    goals: [render.goal],
    notes: [
      `Nova takes ${fmtMs(novaMs)} to build the 1,000-server page (it also asks Neutron for every server's ports, 150 ids per request); ` +
        `the library's own parse and map is ${fmtMs(listMs - httpMs)}. ${render.note}`,
    ],
  };
}
