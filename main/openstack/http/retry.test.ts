import { describe, expect, it } from 'vitest';
import { asksTooLong, deletedByEarlierAttempt, parseRetryAfter, retryDelayMs } from './retry.js';

describe('Retry-After and backoff', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    const now = Date.parse('Wed, 25 Nov 2026 16:00:00 GMT');
    expect(parseRetryAfter('Wed, 25 Nov 2026 16:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 15:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it('honours Retry-After up to the cap, otherwise grows with jitter', () => {
    expect(retryDelayMs(1, 2000, 30_000)).toBe(2000);
    expect(retryDelayMs(1, 120_000, 30_000)).toBe(30_000);
    expect(retryDelayMs(1, undefined, 30_000, () => 0)).toBe(125);
    expect(retryDelayMs(3, undefined, 30_000, () => 1)).toBe(1000);
    expect(retryDelayMs(20, undefined, 30_000, () => 1)).toBe(30_000);
  });
});

describe('retry rules (issue 12 item 11)', () => {
  it('a Retry-After beyond the cap is refused at once, not waited out', () => {
    expect(asksTooLong(120_000, 30_000)).toBe(true);
    expect(asksTooLong(30_000, 30_000)).toBe(false);
    expect(asksTooLong(undefined, 30_000)).toBe(false);
  });

  it('a DELETE answered 404 after an attempt that may have arrived was done by that attempt', () => {
    expect(deletedByEarlierAttempt('DELETE', 404, true)).toBe(true);
    expect(deletedByEarlierAttempt('DELETE', 404, false)).toBe(false);
    expect(deletedByEarlierAttempt('GET', 404, true)).toBe(false);
    expect(deletedByEarlierAttempt('DELETE', 409, true)).toBe(false);
  });
});
