import type { Server } from '../../shared/domain/server.js';

/** Statuses and task states that will change by themselves soon: worth polling closely. */
const SETTLED = new Set(['ACTIVE', 'SHUTOFF', 'ERROR', 'PAUSED', 'SUSPENDED', 'SHELVED', 'SHELVED_OFFLOADED', 'VERIFY_RESIZE', 'RESCUE', 'SOFT_DELETED', 'DELETED']);

export function isTransitional(s: Pick<Server, 'status' | 'taskState'>): boolean {
  return !SETTLED.has(s.status) || Boolean(s.taskState);
}

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

/** Poll delay: close while something moves (2.5 s growing to 30 s), otherwise the idle pace. */
export function nextDelayMs(anyTransitional: boolean, quietTicks: number, o = { minMs: 2500, maxMs: 30_000, idleMs: 30_000 }): number {
  if (!anyTransitional) return o.idleMs;
  return Math.min(o.maxMs, Math.round(o.minMs * 1.5 ** quietTicks));
}
