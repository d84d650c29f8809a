/**
 * B4 scale, library part: every page of ~1,000 servers fetched and mapped, in a fresh child
 * process so its peak RSS is the listing's own; `openstack server list` over the same project
 * as the reference. The rendering part needs the list screen: see b4RenderHook.
 */
import type { BenchContext } from '../context.js';
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
      b4RenderHook().row,
    ],
    goals: [{ goal: 'list screen usable ≤ 1 s after the data', measured: `data ready in ${fmtMs(listMs)}; rendering not measured yet`, met: undefined }],
    notes: [
      `Nova takes ${fmtMs(novaMs)} to build the 1,000-server page (it also asks Neutron for every server's ports, 150 ids per request); ` +
        `the library's own parse and map is ${fmtMs(listMs - httpMs)}. ${b4RenderHook().why}`,
    ],
  };
}

/**
 * Hook for the rendering half of B4: once the servers screen exists, drive the built app
 * through the browser host (e2e/support/app-host.ts startNovadesk) in Playwright's Chromium
 * against local-admin, and measure time from the data's arrival (the `servers.list` answer)
 * to the first rows painted, and frame times while scrolling 1,000 rows (rAF deltas).
 */
export function b4RenderHook(): { row: { contender: string; median: string; detail: string }; why: string } {
  return {
    row: { contender: 'list screen rendering 1,000 rows', median: '—', detail: 'not measured: needs the servers screen' },
    why: 'B4 rendering (time to first rows, frame times while scrolling) waits for the servers screen, being built now; the hook is b4RenderHook in bench/cases/b4-scale.ts.',
  };
}
