/**
 * Reading a file Novadesk keeps can fail for a moment (EBUSY while an antivirus scans it,
 * EMFILE when descriptors run out, EIO on a flaky disk). Such a failure says nothing about the
 * file's content, so it is retried a few times with growing pauses before it is reported; only
 * content that was read and did not parse is ever treated as damaged.
 */
export const READ_RETRY_DELAYS_MS: readonly number[] = [20, 80, 250];

export interface ReadRetry {
  /** pauses between tries; as many retries as entries */
  delaysMs?: readonly number[];
}

const codeOf = (e: unknown) => (e as { code?: unknown } | undefined)?.code;

/** A missing file is an answer, not a failure: it is never retried. */
const retryable = (e: unknown) => codeOf(e) !== 'ENOENT';

/** Blocks this thread; the profile store's readers are synchronous (list, get). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function readWithRetrySync<T>(read: () => T, retry: ReadRetry = {}): T {
  const delays = retry.delaysMs ?? READ_RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return read();
    } catch (e) {
      const pause = delays[attempt];
      if (pause === undefined || !retryable(e)) throw e;
      sleepSync(pause);
    }
  }
}

export async function readWithRetry<T>(read: () => Promise<T>, retry: ReadRetry = {}): Promise<T> {
  const delays = retry.delaysMs ?? READ_RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (e) {
      const pause = delays[attempt];
      if (pause === undefined || !retryable(e)) throw e;
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

/** `EIO`, or the error's text when it has no code. */
export function readErrorCode(e: unknown): string {
  const code = codeOf(e);
  return typeof code === 'string' ? code : String(e);
}
