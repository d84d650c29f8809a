import type { Server } from '../../shared/domain/server.js';
import type { ServerChanges } from '../../shared/domain/server-changes.js';
import type { CloudClient } from '../openstack/cloud-client.js';
import { isTransitional } from '../../shared/domain/server-settled.js';
import { diffServers, nextDelayMs } from './server-diff.js';

export type { ServerChanges };

export interface WatcherOptions {
  cloud: string;
  client: () => Promise<CloudClient>;
  onChanges: (c: ServerChanges) => void;
  /** every answered refresh, changed or not */
  onAnswer?: () => void;
  onError?: (e: unknown) => void;
  /** the list the renderer already shows and when it was fetched; without it the first tick lists everything */
  seed?: { servers: Server[]; fetchedAt: Date };
  minMs?: number;
  maxMs?: number;
  idleMs?: number;
}

/**
 * `changes-since` is in Nova's time (ServerManager.cloudTime); the overlap covers what that
 * estimate cannot: Nova's updated_at and the Date header are to the second, and a change
 * committed while the list was being answered. Generous on purpose: a wider overlap lists a
 * few rows twice (the diff drops them), a narrower one can lose a change for good.
 */
const OVERLAP_MS = 5_000;

/**
 * One per cloud: refreshes with `changes-since` (deleted servers included), polls closely
 * while rows are in transitional states (shared/poll-pacing.ts: 2.5 s growing to 30 s), never has more than one
 * request in flight, and reports only what changed.
 */
export class ServerWatcher {
  private readonly known = new Map<string, Server>();
  /** in Nova's time */
  private since: Date | undefined;
  /** when the seed list was fetched, on this machine's clock: turned into Nova's time at the first tick */
  private seedFetchedAt: Date | undefined;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private quietTicks = 0;
  private stopped = false;
  /** requests made and the most ever in flight at once (checked by the load test) */
  readonly stats = { ticks: 0, maxInFlight: 0, inFlight: 0 };

  constructor(private readonly o: WatcherOptions) {
    for (const s of o.seed?.servers ?? []) this.known.set(s.id, s);
    this.seedFetchedAt = o.seed?.fetchedAt;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Refresh now (after a user action); joins a refresh already under way. */
  poke(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    return this.tick();
  }

  servers(): Server[] {
    return [...this.known.values()];
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref?.();
  }

  private tick(): Promise<void> {
    this.inFlight ??= this.run().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async run(): Promise<void> {
    this.stats.ticks++;
    this.stats.inFlight++;
    this.stats.maxInFlight = Math.max(this.stats.maxInFlight, this.stats.inFlight);
    try {
      const client = await this.o.client();
      const startedAt = new Date(client.servers.clock.now());
      if (this.seedFetchedAt) {
        this.since = new Date((await client.servers.cloudTime(this.seedFetchedAt)).getTime() - OVERLAP_MS);
        this.seedFetchedAt = undefined;
      }
      const incoming = await client.servers.list(this.since ? { changesSince: this.since } : {});
      const { changed, removed } = diffServers(this.known, incoming);
      if (!this.since) {
        // a full list: whatever we knew and it no longer has is gone
        const present = new Set(incoming.map((s) => s.id));
        for (const id of this.known.keys()) if (!present.has(id)) removed.push(id);
      }
      for (const s of changed) this.known.set(s.id, s);
      for (const id of removed) this.known.delete(id);
      // converted after the answer, so the offset is the one this very answer gave
      this.since = new Date((await client.servers.cloudTime(startedAt)).getTime() - OVERLAP_MS);
      this.o.onAnswer?.();
      if (changed.length || removed.length) {
        this.quietTicks = 0;
        this.o.onChanges({ cloud: this.o.cloud, changed, removed, at: startedAt.toISOString() });
      } else {
        this.quietTicks++;
      }
    } catch (e) {
      this.quietTicks++;
      this.o.onError?.(e);
    } finally {
      this.stats.inFlight--;
      const moving = [...this.known.values()].some(isTransitional);
      this.schedule(nextDelayMs(moving, this.quietTicks, { minMs: this.o.minMs ?? 2500, maxMs: this.o.maxMs ?? 30_000, idleMs: this.o.idleMs ?? 30_000 }));
    }
  }
}
