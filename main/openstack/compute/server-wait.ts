import type { Server, ServerStatus } from '../../../shared/domain/server.js';
import { OpenStackError, isOpenStackError } from '../errors.js';

export interface WaitOptions {
  /** BUILD → ACTIVE takes ~0.5 s on a small cloud and minutes on a busy one */
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** every server seen while waiting, for progress in the UI */
  onPoll?: (server: Server) => void;
}

export type ServerPredicate = ServerStatus | ((server: Server) => boolean);

const DEFAULT_INTERVAL_MS = 500;
const DEFAULT_TIMEOUT_MS = 300_000;

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Polls `get` until the predicate holds. ERROR ends the wait with the server's fault, unless
 * ERROR is what was asked for; running out of time is a `timeout` naming the last status.
 */
export async function pollServer(get: () => Promise<Server>, predicate: ServerPredicate, opts: WaitOptions = {}): Promise<Server> {
  const test = typeof predicate === 'string' ? (s: Server) => s.status === predicate : predicate;
  const interval = opts.intervalMs ?? DEFAULT_INTERVAL_MS;
  const deadline = Date.now() + (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  for (;;) {
    const s = await get();
    opts.onPoll?.(s);
    if (test(s)) return s;
    if (s.status === 'ERROR') {
      const why = s.fault ? `${s.fault.message} (code ${s.fault.code})` : 'no fault recorded';
      throw new OpenStackError('resource_failure', `server ${s.name} (${s.id}) went to ERROR: ${why}`, { service: 'compute' });
    }
    if (Date.now() + interval > deadline) {
      const task = s.taskState ? `/${s.taskState}` : '';
      throw new OpenStackError('timeout', `server ${s.name} (${s.id}) still ${s.status}${task} after ${opts.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`, {
        service: 'compute',
      });
    }
    await sleep(interval, opts.signal);
  }
}

/**
 * Polls until GET answers 404. A deleted server can still be shown for a moment with status
 * DELETED, so that status is not taken as gone.
 */
export async function pollUntilGone(get: () => Promise<Server>, opts: WaitOptions = {}): Promise<void> {
  try {
    await pollServer(get, () => false, opts);
  } catch (e) {
    if (isOpenStackError(e) && e.kind === 'not_found') return;
    throw e;
  }
}
