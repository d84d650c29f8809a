import type { Server } from '../../../../shared/domain/server.js';
import { pollDelayMs } from '../../../../shared/poll-pacing.js';
import { useServers } from './servers-store.js';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Re-reads a server (1 s, 2 s… apart) until Nova's answer is the expected one (`settled`) or
 * `until()` has passed. For what Nova learns late and without moving the server's `updated`
 * (its network info cache after Neutron changed a port), which main's watcher cannot see.
 */
export async function rereadUntil(cloud: string, id: string, settled: (s: Server) => boolean, until: () => number, wait: (ms: number) => Promise<void> = sleep): Promise<void> {
  for (let n = 1; ; n++) {
    await useServers.getState().refreshRows(cloud, [id]);
    const s = useServers.getState().lists[cloud]?.items.find((x) => x.id === id);
    if (!s || settled(s) || Date.now() >= until()) return;
    await wait(pollDelayMs(n, 1000, 5000));
  }
}

/** The addresses Nova lists for the server, every network. */
export const addressesOf = (s: Server): string[] => Object.values(s.addresses).flatMap((list) => list.map((a) => a.addr));
