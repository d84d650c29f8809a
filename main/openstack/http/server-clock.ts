/**
 * The cloud's clock as its answers tell it (the `Date` header), per endpoint origin. Times sent
 * back to a service for it to compare with its own records — `changes-since`, the window in
 * which a lost launch is looked for — must be in its time: a client clock running 5 s fast
 * would otherwise ask for changes "since" a moment the server has not reached yet.
 *
 * The estimate errs early, which is the safe side for both uses (a few servers listed twice,
 * never one missed): `Date` is truncated to the second, and it is compared with the moment the
 * answer arrived, which is after the server wrote it.
 */
export class ServerClock {
  /** origin → server time minus client time, in ms */
  private readonly offsets = new Map<string, number>();
  private latest: number | undefined;

  constructor(readonly now: () => number = Date.now) {}

  /** Records what one answer's Date header said the time was. */
  observe(url: string, dateHeader: string | undefined, receivedAt = this.now()): void {
    if (!dateHeader) return;
    const server = Date.parse(dateHeader);
    if (!Number.isNaN(server)) this.observeTime(url, new Date(server), receivedAt);
  }

  /**
   * Records a time the service stamped on an answer it was writing: Keystone's `issued_at` of
   * a new token. Not every deployment sends Date (Nova and Keystone under a bare uwsgi do
   * not), and every session logs in, so this is what the other endpoints fall back to.
   */
  observeTime(url: string, serverTime: Date, receivedAt = this.now()): void {
    const offset = serverTime.getTime() - receivedAt;
    if (Number.isNaN(offset)) return;
    this.offsets.set(originOf(url), offset);
    this.latest = offset;
  }

  /**
   * Server minus client time for this endpoint; when it has not told (no answer yet, or no Date
   * header), what another endpoint of the same cloud said (Keystone's token always comes
   * first), else 0.
   */
  offsetMs(url: string): number {
    return this.offsets.get(originOf(url)) ?? this.latest ?? 0;
  }

  /** A client-clock instant (default: now) as the endpoint's clock would have read it. */
  serverTime(url: string, clientTime: number | Date = this.now()): Date {
    const t = typeof clientTime === 'number' ? clientTime : clientTime.getTime();
    return new Date(t + this.offsetMs(url));
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
