/**
 * The load both the CI test and the 10-minute script run: rounds of concurrent
 * `servers.list` calls spread over the profiles, while every profile's watcher runs and is
 * poked all the time (pokes join a refresh already under way, so they press on the
 * one-in-flight rule), with the heap sampled after a forced GC.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AppFixture } from './app-fixture.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export interface LoadOptions {
  clouds: string[];
  concurrent: number;
  durationMs: number;
  sampleEveryMs: number;
  /** list input per cloud beyond `cloud` (a page cap for a project someone filled with servers) */
  listExtra?: (cloud: string) => Record<string, unknown>;
  onSample?: (s: { atMs: number; heapMb: number; rounds: number }) => void;
}

export interface LoadReport {
  rounds: number;
  calls: number;
  errors: string[];
  roundMs: number[];
  heapMb: { baseline: number; max: number; final: number; samples: number[] };
  /** main-thread event-loop delay while the load ran (includes the forced GCs of the sampler) */
  loopDelayMs: { p50: number; p99: number; max: number };
  unhandledRejections: number;
  watcher: Record<string, { ticks: number; maxInFlight: number }>;
}

const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;

export async function runLoad(f: AppFixture, o: LoadOptions): Promise<LoadReport> {
  for (const cloud of o.clouds) await f.ok('servers.watch', { cloud, watch: true });
  const errors: string[] = [];
  const roundMs: number[] = [];
  let calls = 0;
  const round = async () => {
    const t = performance.now();
    await Promise.all(
      Array.from({ length: o.concurrent }, async (_, i) => {
        const cloud = o.clouds[i % o.clouds.length]!;
        const r = await f.app.router.dispatch('servers.list', { cloud, ...o.listExtra?.(cloud) });
        calls++;
        if (!r.ok) errors.push(`${cloud}: ${r.error.kind}: ${r.error.message.slice(0, 120)}`);
      }),
    );
    roundMs.push(performance.now() - t);
  };
  // warm-up (logins, catalogs, microversions, the watchers' first full lists), then the baseline
  await Promise.all(o.clouds.map((cloud) => f.ok('servers.list', { cloud, ...o.listExtra?.(cloud) })));
  await Promise.all(o.clouds.map((c) => f.app.watchers.get(c)?.poke()));
  const baseline = heapAfterGc();
  const samples: number[] = [];
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let unhandled = 0;
  const onUnhandled = () => unhandled++;
  process.on('unhandledRejection', onUnhandled);
  delay.enable();
  const started = performance.now();
  let running = true;
  const poker = (async () => {
    while (running) {
      await Promise.all(o.clouds.map((c) => f.app.watchers.get(c)?.poke()));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const sampler = setInterval(() => {
    const heap = heapAfterGc();
    samples.push(mb(heap));
    o.onSample?.({ atMs: performance.now() - started, heapMb: mb(heap), rounds: roundMs.length });
  }, o.sampleEveryMs);
  try {
    while (performance.now() - started < o.durationMs) await round();
  } finally {
    running = false;
    clearInterval(sampler);
    await poker;
    delay.disable();
    process.off('unhandledRejection', onUnhandled);
  }
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  const watcher = Object.fromEntries(
    o.clouds.map((c) => {
      const w = f.app.watchers.get(c);
      return [c, { ticks: w?.stats.ticks ?? 0, maxInFlight: w?.stats.maxInFlight ?? 0 }];
    }),
  );
  for (const cloud of o.clouds) await f.ok('servers.watch', { cloud, watch: false });
  const final = heapAfterGc();
  return {
    rounds: roundMs.length,
    calls,
    errors,
    roundMs: roundMs.map(Math.round),
    heapMb: { baseline: mb(baseline), max: Math.max(mb(baseline), ...samples, mb(final)), final: mb(final), samples },
    loopDelayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
    unhandledRejections: unhandled,
    watcher,
  };
}
