import type { LogEntry } from '../../shared/log.js';
import { knownSecrets, type KnownSecrets } from './known-secrets.js';

/**
 * In-memory ring buffer of requests. Entries arrive redacted by key; the known-secrets net
 * runs over each once more before it is stored, since an error text may echo a secret.
 */
export class RequestLog {
  private readonly entries: LogEntry[] = [];
  private readonly listeners = new Set<(e: LogEntry) => void>();
  private seq = 0;

  constructor(
    private readonly capacity = 2000,
    private readonly secrets: KnownSecrets = knownSecrets,
  ) {}

  add(entry: Omit<LogEntry, 'seq'>): LogEntry {
    const full: LogEntry = { ...this.secrets.scrubDeep(entry), seq: ++this.seq };
    this.entries.push(full);
    if (this.entries.length > this.capacity) this.entries.shift();
    for (const l of this.listeners) l(full);
    return full;
  }

  list(filter: { cloud?: string; sinceSeq?: number } = {}): LogEntry[] {
    return this.entries.filter(
      (e) => (filter.cloud === undefined || e.cloud === filter.cloud) && e.seq > (filter.sinceSeq ?? 0),
    );
  }

  clear(): void {
    this.entries.length = 0;
  }

  subscribe(listener: (e: LogEntry) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
