/** What a transfer's progress callback receives. */
export interface TransferProgress {
  bytes: number;
  totalBytes: number | undefined;
  bytesPerSecond: number;
  etaSeconds: number | undefined;
}

/** How far back the rate looks: long enough to be steady, short enough to follow a slowdown. */
const WINDOW_MS = 5_000;
/** At most this often a progress report: a 1 GiB transfer must not flood the IPC. */
const REPORT_EVERY_MS = 250;

/**
 * Counts a transfer's bytes and tells when a progress report is due, with the rate over the
 * last seconds and the time left at that rate. `now` is a clock in ms (tests pass their own).
 */
export class TransferMeter {
  private bytes = 0;
  private samples: { at: number; bytes: number }[];
  private lastReport = -Infinity;

  constructor(
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = () => performance.now(),
    startBytes = 0,
  ) {
    this.bytes = startBytes;
    this.samples = [{ at: now(), bytes: startBytes }];
  }

  /** Counts `n` more bytes; true when a report is due. */
  add(n: number): boolean {
    this.bytes += n;
    const at = this.now();
    if (at - this.lastReport < REPORT_EVERY_MS) return false;
    this.lastReport = at;
    this.samples.push({ at, bytes: this.bytes });
    while (this.samples.length > 2 && at - this.samples[1]!.at > WINDOW_MS) this.samples.shift();
    return true;
  }

  progress(): TransferProgress {
    const first = this.samples[0]!;
    const elapsed = (this.now() - first.at) / 1000;
    const bytesPerSecond = elapsed > 0 ? Math.round((this.bytes - first.bytes) / elapsed) : 0;
    const left = this.totalBytes === undefined ? undefined : Math.max(0, this.totalBytes - this.bytes);
    const etaSeconds = left === undefined || bytesPerSecond <= 0 ? undefined : Math.ceil(left / bytesPerSecond);
    return { bytes: this.bytes, totalBytes: this.totalBytes, bytesPerSecond, etaSeconds };
  }
}
