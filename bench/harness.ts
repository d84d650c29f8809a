/**
 * The whole measuring method of `npm run bench`: contenders run alternately, several rounds,
 * and only medians are compared. The machine is shared, so load drifts during a run;
 * alternating (and rotating who goes first) makes that drift hit every contender alike.
 */

/** One sample: `ms` always, plus whatever else a contender counts (bytes, MB, per-lookup ms). */
export type Measure = { ms: number } & Record<string, number>;

export interface Contender {
  name: string;
  run: () => Promise<Measure>;
}

export interface AlternateOptions {
  rounds: number;
  /** rounds run first and thrown away: JIT, keep-alive sockets, Python's .pyc, DB caches */
  warmup?: number;
  /** before each round, e.g. B5's one change among 1,000 servers */
  beforeRound?: (round: number) => Promise<void>;
}

export type Samples = Map<string, Measure[]>;

export async function alternate(contenders: Contender[], o: AlternateOptions): Promise<Samples> {
  const samples: Samples = new Map(contenders.map((c) => [c.name, []]));
  const warmup = o.warmup ?? 1;
  for (let round = 0; round < warmup + o.rounds; round++) {
    await o.beforeRound?.(round);
    // rotate the order so no contender is always the one after a cold start or a pause
    for (let i = 0; i < contenders.length; i++) {
      const c = contenders[(round + i) % contenders.length]!;
      const m = await retried(c);
      if (round >= warmup) samples.get(c.name)!.push(m);
    }
    process.stderr.write('.');
  }
  return samples;
}

/**
 * Other engineers' fault tests stop and restart the cloud's services on this machine; a
 * sample that fails for that is taken again after a pause, not allowed to end the run.
 */
async function retried(c: Contender, attempts = 4): Promise<Measure> {
  for (let i = 1; ; i++) {
    try {
      return await c.run();
    } catch (e) {
      if (i >= attempts) throw e;
      process.stderr.write(`\n  ${c.name} failed (${(e as Error).message.split('\n')[0]!.slice(0, 160)}); again in 5 s\n`);
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

export async function timed(fn: () => Promise<unknown>): Promise<Measure> {
  const t0 = performance.now();
  await fn();
  return { ms: performance.now() - t0 };
}

/** Linear-interpolated quantile, q in [0, 1]. */
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
}

export const median = (xs: number[]): number => quantile(xs, 0.5);

/** Median of one field of a contender's samples. */
export function med(samples: Samples, contender: string, key = 'ms'): number {
  return median((samples.get(contender) ?? []).map((m) => m[key] ?? NaN));
}

export const ratio = (a: number, b: number): number => a / b;

/** The middle half of a contender's times (p25–p75): how much the shared machine moved them. */
export function spread(samples: Samples, contender: string, key = 'ms'): string {
  const xs = (samples.get(contender) ?? []).map((m) => m[key] ?? NaN);
  return `${fmtMs(quantile(xs, 0.25))} – ${fmtMs(quantile(xs, 0.75))}`;
}

/** One line of the results table. */
export interface Row {
  contender: string;
  median: string;
  spread?: string;
  detail?: string;
}

/** A goal of issue 7 next to what was measured: a target, not an assertion. */
export interface Goal {
  goal: string;
  measured: string;
  /** undefined: not measurable yet */
  met: boolean | undefined;
}

export interface CaseResult {
  name: string;
  rows: Row[];
  goals: Goal[];
  /** what limits the case, from the measurements themselves */
  notes: string[];
}

export const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);
export const fmtX = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)}×`;
export const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(part / whole < 0.01 ? 2 : 0)} %`;
export const fmtBytes = (b: number): string => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : b >= 1e3 ? `${(b / 1e3).toFixed(1)} kB` : `${b} B`);

/** `goal` is met when `value op target`. */
export function goal(text: string, value: number, op: '<=' | '>=', target: number): Goal {
  return { goal: text, measured: fmtX(value), met: op === '<=' ? value <= target : value >= target };
}

export function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function resultsTable(results: CaseResult[]): string {
  return markdownTable(
    ['case', 'contender', 'median', 'p25 – p75', 'detail'],
    results.flatMap((r) => r.rows.map((row, i) => [i === 0 ? r.name : '', row.contender, row.median, row.spread ?? '', row.detail ?? ''])),
  );
}

export function goalsTable(results: CaseResult[]): string {
  const mark = (m: boolean | undefined) => (m === undefined ? '—' : m ? '✓' : '✗');
  return markdownTable(
    ['case', 'goal', 'measured', 'met'],
    results.flatMap((r) => r.goals.map((g) => [r.name, g.goal, g.measured, mark(g.met)])),
  );
}
