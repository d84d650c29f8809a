import { create } from 'zustand';
import type { LogEntry } from '../../../shared/log.js';
import { api, call } from '../lib/api.js';

/** Enough for a long session; older entries drop off the front. */
export const MAX_LOG_ENTRIES = 5000;

interface LogState {
  entries: LogEntry[];
  /** the highest seq seen, so a reload asks only for newer entries */
  lastSeq: number;
  add(entries: LogEntry[]): void;
  load(): Promise<void>;
  clear(): Promise<void>;
}

/** Merges new entries in seq order, skipping ones already held (an event and a list can overlap). */
export function mergeEntries(held: LogEntry[], incoming: LogEntry[], lastSeq: number): { entries: LogEntry[]; lastSeq: number } {
  const fresh = incoming.filter((e) => e.seq > lastSeq).sort((a, b) => a.seq - b.seq);
  if (fresh.length === 0) return { entries: held, lastSeq };
  const entries = [...held, ...fresh].slice(-MAX_LOG_ENTRIES);
  return { entries, lastSeq: fresh[fresh.length - 1]!.seq };
}

export const useLog = create<LogState>()((set, get) => ({
  entries: [],
  lastSeq: 0,
  add(incoming) {
    set((s) => mergeEntries(s.entries, incoming, s.lastSeq));
  },
  async load() {
    const since = get().lastSeq;
    const list = await call('log.list', since > 0 ? { sinceSeq: since } : {});
    get().add(list);
  },
  async clear() {
    await call('log.clear', {});
    set({ entries: [] });
  },
}));

/** Subscribes to live entries and fetches what was logged before the page loaded. */
export function followLog(): () => void {
  const off = api.on('log.entry', (e) => useLog.getState().add([e]));
  void useLog
    .getState()
    .load()
    .catch(() => {});
  return off;
}
