import type { EventName, Events } from '../shared/ipc/events.js';

/** Events main → renderer; each host (Electron window, browser push channel) subscribes once. */
export class EventBus {
  private readonly listeners = new Set<<E extends EventName>(event: E, payload: Events[E]) => void>();

  emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const l of this.listeners) l(event, payload);
  }

  subscribe(listener: <E extends EventName>(event: E, payload: Events[E]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
