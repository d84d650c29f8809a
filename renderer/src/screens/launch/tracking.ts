import type { SerializedError } from '../../../../shared/errors.js';
import type { Server } from '../../../../shared/domain/server.js';
import { isTransitional } from '../../../../shared/domain/server-settled.js';
import { pollDelayMs } from '../../../../shared/poll-pacing.js';

/**
 * After Launch: what each server is doing, until every one is ACTIVE or ERROR. Horizon said
 * "Success" while servers were only scheduled (bug #1287051); here the user sees BUILD turn
 * into ACTIVE, or ERROR with Nova's own fault message.
 */

export interface TrackedServer {
  id: string;
  name: string;
  status: string;
  taskState: string | undefined;
  fault: { code: number; message: string } | undefined;
  addresses: string[];
}

export type RunPhase = 'sending' | 'building' | 'done' | 'failed' | 'stopped';

export interface LaunchRun {
  key: string;
  cloud: string;
  name: string;
  count: number;
  startedAt: number;
  phase: RunPhase;
  serverId?: string | undefined;
  reservationId?: string | undefined;
  /** the POST failed unclearly and main found the server afterwards */
  recoveredFrom?: string | undefined;
  servers: TrackedServer[];
  error?: SerializedError | undefined;
  /** the last poll failed: shown, and polling goes on */
  pollError?: SerializedError | undefined;
}

/** Landed: the servers list and main's watcher decide this by the same rule (shared/domain/server-settled.ts). */
export const isSettled = (s: Pick<TrackedServer, 'status' | 'taskState'>) => !isTransitional(s);

export function track(s: Server): TrackedServer {
  return {
    id: s.id,
    name: s.name,
    status: s.status,
    taskState: s.taskState,
    fault: s.fault ? { code: s.fault.code, message: s.fault.message } : undefined,
    addresses: Object.values(s.addresses).flatMap((list) => list.map((a) => a.addr)),
  };
}

/** Done when every server asked for is known and settled. Nova names multi-create servers `name-1…n`. */
export function runSettled(run: Pick<LaunchRun, 'count' | 'servers'>): boolean {
  return run.servers.length >= run.count && run.servers.every(isSettled);
}

/**
 * The wait before poll number `attempt` (from 1): the shared pacing (shared/poll-pacing.ts),
 * from a brisker start, as a new server is where the user is looking: 1 s, 2 s, … up to 5 s.
 */
export const launchPollDelay = (attempt: number) => pollDelayMs(attempt, 1_000, 5_000);

/** Nobody should watch a spinner for ever: after this the run says it stopped watching. */
export const WATCH_LIMIT_MS = 10 * 60_000;

/** Sorted so that `name-2` comes before `name-10`. */
export function sortServers(list: TrackedServer[]): TrackedServer[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}

export function summarise(run: Pick<LaunchRun, 'servers'>): { active: number; error: number; building: number; other: number } {
  const out = { active: 0, error: 0, building: 0, other: 0 };
  for (const s of run.servers) {
    if (s.status === 'ACTIVE') out.active++;
    else if (s.status === 'ERROR') out.error++;
    else if (!isSettled(s)) out.building++;
    else out.other++;
  }
  return out;
}
