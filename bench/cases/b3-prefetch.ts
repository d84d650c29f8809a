/**
 * B3 prefetch: everything the launch screen needs, in parallel, vs the same lookups in series.
 * The series run times each lookup alone, so the slowest single lookup comes from the same rounds.
 */
import { cpus } from 'node:os';
import type { CloudClient } from '../../main/openstack/cloud-client.js';
import type { BenchContext } from '../context.js';
import { alternate, fmtMs, fmtX, goal, med, ratio, spread, timed, type CaseResult, type Contender, type Measure } from '../harness.js';

type Service = 'compute' | 'image' | 'network';

/**
 * The launch screen's lookups (renderer/src/screens/launch/lookups.ts, less the compute version,
 * which a warm client already holds), each through the manager its IPC channel calls, with the
 * same arguments, and the service that answers it.
 */
export function launchLookups(c: CloudClient): Record<string, [Service, () => Promise<unknown>]> {
  return {
    'availability zones': ['compute', () => c.availabilityZones.list()],
    images: ['image', () => c.images.list({ status: 'active', visibility: 'all', sortKey: 'name', sortDir: 'asc' })],
    flavors: ['compute', () => c.flavors.list()],
    networks: ['network', () => c.networks.list()],
    subnets: ['network', () => c.subnets.list()],
    ports: ['network', () => c.ports.list()],
    'security groups': ['network', () => c.securityGroups.list()],
    keypairs: ['compute', () => c.keypairs.list()],
    limits: ['compute', () => c.limits.get()],
    'network quota details': ['network', () => c.networkQuotas.details()],
    'server groups': ['compute', () => c.serverGroups.list()],
  };
}

export async function b3Prefetch(ctx: BenchContext): Promise<CaseResult> {
  const lookups = launchLookups(ctx.demo);
  const names = Object.keys(lookups);
  const contenders: Contender[] = [
    {
      // each lookup timed too: set against its time alone, it shows the wait behind the others
      name: 'parallel',
      run: async () => {
        const m: Measure = { ms: 0 };
        const all = await timed(() => Promise.all(names.map(async (n) => (m[n] = (await timed(lookups[n]![1])).ms))));
        return { ...m, ms: all.ms };
      },
    },
    {
      name: 'series',
      run: async () => {
        const m: Measure = { ms: 0 };
        for (const n of names) {
          m[n] = (await timed(lookups[n]![1])).ms;
          m.ms += m[n];
        }
        return m;
      },
    },
  ];
  const s = await alternate(contenders, { rounds: ctx.rounds(9) });
  const par = med(s, 'parallel');
  const ser = med(s, 'series');
  const single = names.map((n) => ({ n, ms: med(s, 'series', n) })).sort((a, b) => b.ms - a.ms);
  const slowest = single[0]!;
  const cores = cpus().length;
  // parallel requests to one service queue behind its few API workers: each service's
  // lookups, summed, are a floor no client can go under
  const perService = new Map<Service, number>();
  for (const x of single) perService.set(lookups[x.n]![0], (perService.get(lookups[x.n]![0]) ?? 0) + x.ms);
  return {
    name: 'B3 prefetch',
    rows: [
      { contender: `slowest single lookup (${slowest.n})`, median: fmtMs(slowest.ms), spread: spread(s, 'series', slowest.n), detail: `next: ${single.slice(1, 3).map((x) => `${x.n} ${fmtMs(x.ms)}`).join(', ')}` },
      { contender: `novadesk, ${names.length} lookups in parallel`, median: fmtMs(par), spread: spread(s, 'parallel'), detail: `${fmtX(ratio(par, slowest.ms))} the slowest` },
      { contender: `the same ${names.length} in series`, median: fmtMs(ser), spread: spread(s, 'series'), detail: `${fmtX(ratio(ser, par))} parallel` },
    ],
    goals: [goal('≤ 1.3× the slowest', ratio(par, slowest.ms), '<=', 1.3)],
    notes: [
      `Per lookup (median ms, alone): ${single.map((x) => `${x.n} ${x.ms.toFixed(0)}`).join(', ')}. ` +
        `Summed per service: ${[...perService].map(([k, v]) => `${k} ${fmtMs(v)}`).join(', ')}. ` +
        `In parallel the slowest lookup, ${slowest.n}, takes ${fmtMs(med(s, 'parallel', slowest.n))} instead of ${fmtMs(slowest.ms)}: ` +
        `parallel requests to one service wait for its few API workers. ` +
        `The services share this machine's ${cores} cores: if their ${fmtMs(ser)} of work in series is mostly CPU, parallel cannot beat about ` +
        `${fmtMs(ser / cores)} (${fmtX(ser / cores / slowest.ms)} the slowest).`,
    ],
  };
}
