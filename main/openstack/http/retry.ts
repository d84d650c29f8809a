/** Only requests that can safely be sent twice are retried (DESIGN.md decision 7). */
export const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'DELETE']);
export const RETRY_STATUSES = new Set([429, 503]);

/** Retry-After is either delta-seconds or an HTTP date. Returns milliseconds, or undefined. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Exponential backoff with full jitter, unless the server said when to come back. */
export function retryDelayMs(
  attempt: number,
  retryAfterMs: number | undefined,
  capMs: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, capMs);
  const base = Math.min(capMs, 250 * 2 ** (attempt - 1));
  return Math.round(base / 2 + random() * (base / 2));
}

/**
 * A service that asks for a longer wait than we are willing to give is not asked again
 * sooner: trying after our cap would only be refused again (and waiting the cap three times
 * leaves the user staring at a spinner). The request fails at once, saying how long it asked.
 */
export function asksTooLong(retryAfterMs: number | undefined, capMs: number): retryAfterMs is number {
  return retryAfterMs !== undefined && retryAfterMs > capMs;
}

/**
 * A DELETE whose earlier attempt may have reached the service (the connection dropped after
 * the request was sent) and that now gets 404 has done its work: the first attempt deleted it.
 * On a first attempt a 404 stays what it is.
 */
export function deletedByEarlierAttempt(method: string, status: number, earlierAttemptMayHaveArrived: boolean): boolean {
  return method === 'DELETE' && status === 404 && earlierAttemptMayHaveArrived;
}
