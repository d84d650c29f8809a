import type { Server } from './server.js';

/** What a cloud's watcher saw change since its last look: only the differences. */
export interface ServerChanges {
  cloud: string;
  changed: Server[];
  removed: string[];
  at: string;
}

/** One cloud's answer in the all-clouds view: a slow or failing cloud never holds up the rest. */
export type CloudServers =
  | { cloud: string; ok: true; servers: Server[]; fetchedAt: string }
  | { cloud: string; ok: false; error: import('../errors.js').SerializedError; cached?: { servers: Server[]; fetchedAt: string } };
