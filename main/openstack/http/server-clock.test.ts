import { describe, expect, it } from 'vitest';
import { ServerClock } from './server-clock.js';

describe('ServerClock (issue 12 item 12)', () => {
  const NOVA = 'http://127.0.0.1:8774/v2.1/servers/detail';
  const KEYSTONE = 'http://127.0.0.1:5000/v3/auth/tokens';

  it('turns a client instant into the endpoint’s time from the Date header, erring early', () => {
    // our clock is 5.3 s fast: the answer arrived at 10:00:05.300 on it, Nova said 10:00:00
    const clock = new ServerClock(() => Date.parse('2026-12-07T10:00:05.300Z'));
    clock.observe(NOVA, 'Mon, 07 Dec 2026 10:00:00 GMT');
    expect(clock.offsetMs(NOVA)).toBe(-5300);
    expect(clock.serverTime(NOVA, new Date('2026-12-07T10:01:05.300Z')).toISOString()).toBe('2026-12-07T10:01:00.000Z');
    expect(clock.serverTime(NOVA).toISOString()).toBe('2026-12-07T10:00:00.000Z');
  });

  it('keeps one offset per origin, and falls back to the latest of any origin, then to none', () => {
    const clock = new ServerClock(() => Date.parse('2026-12-07T10:00:00Z'));
    expect(clock.offsetMs(NOVA)).toBe(0);
    clock.observe(KEYSTONE, 'Mon, 07 Dec 2026 09:59:50 GMT');
    expect(clock.offsetMs(NOVA)).toBe(-10_000);
    clock.observe('http://127.0.0.1:8774/v2.1/', 'Mon, 07 Dec 2026 10:00:02 GMT');
    expect(clock.offsetMs(NOVA)).toBe(2000);
    expect(clock.offsetMs(KEYSTONE)).toBe(-10_000);
  });

  it('ignores a missing or unreadable Date', () => {
    const clock = new ServerClock(() => 0);
    clock.observe(NOVA, undefined);
    clock.observe(NOVA, 'yesterday-ish');
    expect(clock.offsetMs(NOVA)).toBe(0);
  });
});

describe('ServerClock without Date headers', () => {
  it("uses a time the service stamped (Keystone's issued_at) for every endpoint that sends no Date", () => {
    const clock = new ServerClock(() => Date.parse('2026-12-07T10:00:05.000Z'));
    clock.observe('http://127.0.0.1:8774/v2.1/', undefined);
    clock.observeTime('http://127.0.0.1:5000/v3/auth/tokens', new Date('2026-12-07T10:00:00.250Z'));
    expect(clock.offsetMs('http://127.0.0.1:8774/v2.1/servers/detail')).toBe(-4750);
  });
});
