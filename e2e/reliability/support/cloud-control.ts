/**
 * Stops and restarts services of the real local cloud (e2e/cloud/up.sh, down.sh). Other
 * people's tests share this cloud, so every outage is meant to be short and always ends with
 * `up.sh`, even when the test fails: use `withOutage`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLOUD_DIR = new URL('../../cloud/', import.meta.url).pathname;

/** Services a test may stop. Never nova-compute: restarting it loses the fake driver's instances. */
export type StoppableService = 'keystone' | 'nova-api';

export interface Timed {
  ms: number;
  output: string;
}

async function script(name: string, args: string[]): Promise<Timed> {
  const started = performance.now();
  const { stdout, stderr } = await run('bash', [`${CLOUD_DIR}${name}`, ...args], { maxBuffer: 16 * 1024 * 1024, timeout: 600_000 });
  return { ms: performance.now() - started, output: stdout + stderr };
}

export function stopService(service: StoppableService): Promise<Timed> {
  return script('down.sh', [service]);
}

/**
 * Starts whatever is missing (and restores the default token lifetime unless one is given).
 * up.sh can fail while the cloud is busy (it waits for every API, and a nova-api flooded by
 * another suite may not answer its health check in time); when it does, it also kills what it
 * had just started and leaves that pid file behind, after which it refuses to run. So a failed
 * start forgets `service` with down.sh and tries again, up to three times.
 */
export async function startCloud(opts: { tokenLifetimeS?: number; service?: StoppableService } = {}): Promise<Timed> {
  const args = opts.tokenLifetimeS ? ['--token-lifetime', String(opts.tokenLifetimeS)] : [];
  const started = performance.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const up = await script('up.sh', args);
      return { ms: performance.now() - started, output: up.output };
    } catch (e) {
      if (attempt >= 3) throw e;
      console.warn(`up.sh failed (attempt ${attempt}), forgetting ${opts.service ?? 'keystone'} and retrying: ${String(e).slice(-300)}`);
      await script('down.sh', [opts.service ?? 'keystone']).catch(() => undefined);
    }
  }
}

export interface Outage<T> {
  result: T;
  /** down.sh took this long */
  stopMs: number;
  /** up.sh took this long */
  startMs: number;
  /** from the start of down.sh to the end of up.sh: how long other tests could see the service gone */
  totalMs: number;
}

/**
 * Stops the service while `during` runs (it gets the stop as a promise, so it can start work
 * that the stop will interrupt, or wait for the stop first), then restarts the cloud whatever
 * happened.
 */
export async function withOutage<T>(service: StoppableService, during: (stopped: Promise<Timed>) => Promise<T>): Promise<Outage<T>> {
  const t0 = performance.now();
  const stop = stopService(service);
  // both settle before up.sh runs: it must never race a down.sh still stopping the service
  const [work, stopped] = await Promise.allSettled([during(stop), stop]);
  const up = await startCloud({ service });
  if (work.status === 'rejected') throw work.reason;
  if (stopped.status === 'rejected') throw stopped.reason;
  return { result: work.value, stopMs: stopped.value.ms, startMs: up.ms, totalMs: performance.now() - t0 };
}
