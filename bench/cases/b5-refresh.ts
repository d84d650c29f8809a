/**
 * B5 refresh: one change among ~1,000 servers. The watcher's `changes-since` refresh vs a
 * full relist, bytes and time. Before each round one server is renamed, so every round has
 * exactly one fresh change to find.
 */
import type { BenchContext } from '../context.js';
import { countBytes } from '../bytes.js';
import { alternate, fmtBytes, fmtMs, fmtX, med, pct, ratio, spread, timed, type CaseResult, type Contender } from '../harness.js';

export async function b5Refresh(ctx: BenchContext, prefix: string): Promise<CaseResult> {
  const client = ctx.admin;
  const target = (await client.servers.list({ name: `^${prefix}`, limit: 1 }, { maxItems: 1 }))[0];
  if (!target) throw new Error(`no ${prefix} server to change`);
  const bytes = countBytes(client);
  let since = new Date();
  const measured = (list: () => Promise<unknown[]>): Contender['run'] => async () => {
    bytes.reset();
    let count = 0;
    const m = await timed(async () => (count = (await list()).length));
    return { ...m, bytes: bytes.total(), count };
  };
  const contenders: Contender[] = [
    { name: 'changes-since', run: measured(() => client.servers.list({ changesSince: since })) },
    { name: 'full relist', run: measured(() => client.servers.list()) },
  ];
  const s = await alternate(contenders, {
    rounds: ctx.rounds(5),
    beforeRound: async (round) => {
      // Nova keeps updated_at to the second; the query truncates `since` to the second too
      since = new Date();
      await client.servers.update(target.id, { name: `${prefix}changed-${round}` });
    },
  });
  const cs = med(s, 'changes-since');
  const full = med(s, 'full relist');
  const csBytes = med(s, 'changes-since', 'bytes');
  const fullBytes = med(s, 'full relist', 'bytes');
  const share = csBytes / fullBytes;
  return {
    name: 'B5 refresh',
    rows: [
      { contender: 'full relist', median: fmtMs(full), spread: spread(s, 'full relist'), detail: `${fmtBytes(fullBytes)}, ${med(s, 'full relist', 'count')} servers` },
      {
        contender: 'changes-since refresh',
        median: fmtMs(cs),
        spread: spread(s, 'changes-since'),
        detail: `${fmtBytes(csBytes)}, ${med(s, 'changes-since', 'count')} server(s); ${fmtX(ratio(full, cs))} faster`,
      },
    ],
    goals: [{ goal: '≤ 5 % of the bytes', measured: pct(csBytes, fullBytes), met: share <= 0.05 }],
    notes: [`A changes-since refresh still costs one Nova round trip (${fmtMs(cs)}): its floor is Nova's own request time, not the bytes.`],
  };
}
