import type { Server } from '../../../../shared/domain/server.js';

/**
 * Whether a server is on its way somewhere, so the poller follows it. What each state allows
 * is the action table's guards (server-guards.ts).
 */

/** Statuses that stay put until someone acts; anything else is on its way somewhere. */
const SETTLED = new Set([
  'ACTIVE',
  'SHUTOFF',
  'SUSPENDED',
  'PAUSED',
  'ERROR',
  'RESCUE',
  'SHELVED',
  'SHELVED_OFFLOADED',
  // waits for the user, not for Nova: polling it would only burn requests
  'VERIFY_RESIZE',
  'SOFT_DELETED',
  'DELETED',
  // a down cell (2.69 partial record): polling cannot make it answer sooner
  'UNKNOWN',
]);

/** BUILD, REBOOT, HARD_REBOOT, RESIZE, MIGRATING, REBUILD… or any task in progress. */
export function isTransitional(s: Pick<Server, 'status' | 'taskState'>): boolean {
  if (s.taskState) return true;
  return !SETTLED.has(s.status.toUpperCase());
}
