import type { Server } from '../../../shared/domain/server.js';
import type { ServerListQuery } from './server-list-query.js';
import { isOpenStackError } from '../errors.js';
import { exactNamePattern } from './server-list-query.js';

/**
 * How far before the request the search reaches. `sentAt` is already in the cloud's time
 * (ServerManager.cloudTime); what is left to cover is the second the Date header and Nova's
 * records are truncated to, and the latency in the estimate. Kept generous: a wider window
 * costs a few rows, a narrower one a lost server.
 */
export const RECOVERY_WINDOW_MS = 5_000;

/** A server may not be listed yet at the moment the request failed (still a build request). */
export const RECOVERY_DELAYS_MS = [0, 1_000, 2_000];

/** No answer, a timeout, or a 5xx: the server may or may not exist. A 4xx is a clear refusal. */
export function isUnclearFailure(e: unknown): boolean {
  if (!isOpenStackError(e)) return true;
  if (e.kind === 'network' || e.kind === 'timeout') return true;
  return e.kind === 'server_error' && (e.status === undefined || e.status >= 500);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Finds a server launched at `sentAt` (in the cloud's time) under `name` (Nova names multi-create servers
 * `<name>-1`…`<name>-N`). Returns the first by name, or undefined after the last try.
 */
export async function findLaunched(
  list: (filters: ServerListQuery) => Promise<Server[]>,
  name: string,
  sentAt: Date,
  multi: boolean,
  delaysMs: readonly number[] = RECOVERY_DELAYS_MS,
): Promise<Server | undefined> {
  const since = new Date(sentAt.getTime() - RECOVERY_WINDOW_MS);
  const exact = exactNamePattern(name);
  // `^name$` → `^name(-[0-9]+)?$` for multi-create
  const pattern = multi ? `${exact.slice(0, -1)}(-[0-9]+)?$` : exact;
  for (const delay of delaysMs) {
    if (delay > 0) await sleep(delay);
    const candidates = (await list({ name: pattern, changesSince: since }))
      // changes-since also matches older servers that merely changed, and deleted ones
      .filter((s) => s.status !== 'DELETED' && Date.parse(s.created) >= since.getTime() - 1_000)
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    if (candidates[0]) return candidates[0];
  }
  return undefined;
}
