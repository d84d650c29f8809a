/**
 * Horizon's row polling: 2.5 s × the number of polls so far, capped at 30 s
 * (horizon.tables.js, ajax_poll_interval 2500). `attempt` starts at 1. Shared so every list
 * that follows rows on the move paces its polls the same way.
 */
export function pollDelayMs(attempt: number, baseMs = 2500, capMs = 30_000): number {
  return Math.min(baseMs * Math.max(1, attempt), capMs);
}
