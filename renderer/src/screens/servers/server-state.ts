/**
 * Whether a server is on its way somewhere, so the poller follows it: one settled-status set
 * for main's watcher and the rows (shared/). What each state allows is the action table's
 * guards (server-guards.ts).
 */
export { isTransitional } from '../../../../shared/domain/server-settled.js';
