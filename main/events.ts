import type { EventName, Events } from '../shared/ipc/events.js';
import { knownSecrets, type KnownSecrets } from './openstack/known-secrets.js';

/**
 * Events main → renderer; each host (Electron window, browser push channel) subscribes once.
 * Every payload goes through the known-secrets net on the way out (DESIGN.md decision 8).
 */
export class EventBus {
  private readonly listeners = new Set<<E extends EventName>(event: E, payload: Events[E]) => void>();

  constructor(private readonly secrets: KnownSecrets = knownSecrets) {}

  emit<E extends EventName>(event: E, payload: Events[E]): void {
    if (this.listeners.size === 0) return;
    const safe = this.secrets.scrubDeep(payload);
    for (const l of this.listeners) l(event, safe);
  }

  subscribe(listener: <E extends EventName>(event: E, payload: Events[E]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
