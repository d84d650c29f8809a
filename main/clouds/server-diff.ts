import type { Server } from '../../shared/domain/server.js';
import { pollDelayMs } from '../../shared/poll-pacing.js';

/** Only what differs from what the renderer already has: changed rows and removed ids. */
export function diffServers(known: ReadonlyMap<string, Server>, incoming: readonly Server[]): { changed: Server[]; removed: string[] } {
  const changed: Server[] = [];
  const removed: string[] = [];
  for (const s of incoming) {
    if (s.status === 'DELETED') {
      if (known.has(s.id)) removed.push(s.id);
      continue;
    }
    const before = known.get(s.id);
    if (!before || JSON.stringify(before) !== JSON.stringify(s)) changed.push(s);
  }
  return { changed, removed };
}

/**
 * Poll delay: while something moves, the shared pacing (2.5 s × polls without a change, up to
 * 30 s), as the renderer's lists pace theirs; otherwise the idle pace.
 */
export function nextDelayMs(anyTransitional: boolean, quietTicks: number, o = { minMs: 2500, maxMs: 30_000, idleMs: 30_000 }): number {
  if (!anyTransitional) return o.idleMs;
  return pollDelayMs(quietTicks + 1, o.minMs, o.maxMs);
}
