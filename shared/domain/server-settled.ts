import type { Server } from './server.js';

/**
 * Server statuses that stay put until someone acts; anything else is on its way somewhere and
 * worth polling closely. One set for main's watcher and the renderer's rows, so the two
 * never disagree about whether a row is moving.
 */
export const SETTLED_STATUSES: ReadonlySet<string> = new Set([
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
  return !SETTLED_STATUSES.has(s.status.toUpperCase());
}
