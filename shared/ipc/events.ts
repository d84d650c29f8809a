import type { LogEntry } from '../log.js';

/** Events main → renderer (DESIGN.md decision 1). Payload types per event. */
export interface Events {
  'log.entry': LogEntry;
}

export type EventName = keyof Events;
export const EVENTS: EventName[] = ['log.entry'];
