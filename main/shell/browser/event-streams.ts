import type { ServerResponse } from 'node:http';

export interface EventStreamLimits {
  /** concurrent /events streams; one more gets 503 (each page needs one, a leak must not pile up) */
  maxStreams?: number;
  /** a stream whose socket stays backed up this long after a write is dropped */
  drainTimeoutMs?: number;
  /** a stream with more than this buffered is dropped at once, whatever the timer says */
  maxBufferedBytes?: number;
}

/**
 * The server-sent-events side of the host. A page that stops reading (frozen tab, stopped
 * debugger, a client that connects and never reads) would otherwise make Node buffer every
 * event for it without bound; such a stream is closed, and the page's EventSource reconnects
 * when it can read again.
 */
export class EventStreams {
  private readonly streams = new Map<ServerResponse, NodeJS.Timeout | undefined>();
  private readonly maxStreams: number;
  private readonly drainTimeoutMs: number;
  private readonly maxBufferedBytes: number;

  constructor(limits: EventStreamLimits = {}) {
    this.maxStreams = limits.maxStreams ?? 8;
    this.drainTimeoutMs = limits.drainTimeoutMs ?? 5_000;
    this.maxBufferedBytes = limits.maxBufferedBytes ?? 4 * 1024 * 1024;
  }

  get size(): number {
    return this.streams.size;
  }

  /** Starts the stream on `res`, or answers 503 when there are enough already. */
  open(res: ServerResponse, headers: Record<string, string>): boolean {
    if (this.streams.size >= this.maxStreams) {
      res.writeHead(503, { ...headers, 'content-type': 'text/plain', 'retry-after': '5' });
      res.end('too many event streams');
      return false;
    }
    res.writeHead(200, { ...headers, 'content-type': 'text/event-stream', connection: 'keep-alive' });
    res.write(': connected\n\n');
    this.streams.set(res, undefined);
    res.on('close', () => this.forget(res));
    return true;
  }

  send(event: string, payload: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of [...this.streams.keys()]) {
      const flowing = res.write(frame);
      if (res.writableLength > this.maxBufferedBytes) this.drop(res);
      else if (!flowing && this.streams.get(res) === undefined) this.waitForDrain(res);
    }
  }

  closeAll(): void {
    for (const res of [...this.streams.keys()]) {
      this.forget(res);
      res.end();
    }
  }

  private waitForDrain(res: ServerResponse): void {
    const timer = setTimeout(() => this.drop(res), this.drainTimeoutMs);
    timer.unref();
    this.streams.set(res, timer);
    res.once('drain', () => {
      clearTimeout(timer);
      if (this.streams.has(res)) this.streams.set(res, undefined);
    });
  }

  private drop(res: ServerResponse): void {
    this.forget(res);
    // end() would wait behind the backed-up buffer; the socket goes now
    res.destroy();
  }

  private forget(res: ServerResponse): void {
    const timer = this.streams.get(res);
    if (timer) clearTimeout(timer);
    this.streams.delete(res);
  }
}
