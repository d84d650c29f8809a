import type { CloudRegistry } from './registry.js';
import { ServerWatcher, type ServerChanges } from './server-watcher.js';
import type { ListCache } from './list-cache.js';

/** One ServerWatcher per watched cloud; changes go to the renderer and into the list cache. */
export class Watchers {
  private readonly watchers = new Map<string, ServerWatcher>();

  constructor(
    private readonly registry: CloudRegistry,
    private readonly cache: ListCache,
    private readonly emit: (c: ServerChanges) => void,
    private readonly timing: { minMs?: number; maxMs?: number; idleMs?: number } = {},
  ) {}

  watch(cloud: string): ServerWatcher {
    let w = this.watchers.get(cloud);
    if (w) return w;
    const cached = this.cache.get(cloud, 'servers');
    w = new ServerWatcher({
      cloud,
      client: () => this.registry.client(cloud),
      ...(cached ? { seed: { servers: cached.items, fetchedAt: new Date(cached.fetchedAt) } } : {}),
      ...this.timing,
      onAnswer: () => this.registry.answered(cloud),
      onChanges: (c) => {
        void this.cache.put(cloud, 'servers', w!.servers());
        this.emit(c);
      },
      onError: (e) => this.registry.observe(cloud, e),
    });
    this.watchers.set(cloud, w);
    w.start();
    return w;
  }

  unwatch(cloud: string): void {
    this.watchers.get(cloud)?.stop();
    this.watchers.delete(cloud);
  }

  get(cloud: string): ServerWatcher | undefined {
    return this.watchers.get(cloud);
  }

  stopAll(): void {
    for (const w of this.watchers.values()) w.stop();
    this.watchers.clear();
  }
}
