import { describe, expect, it } from 'vitest';
import { LAUNCH_CODE_TTL_MS, LaunchCodes } from './launch-codes.js';

describe('launch codes', () => {
  it('a code works once', () => {
    const codes = new LaunchCodes();
    const code = codes.issue();
    expect(codes.redeem(code)).toBe(true);
    expect(codes.redeem(code)).toBe(false);
  });

  it('a code expires within 30 s of being issued', () => {
    let now = 1_000;
    const codes = new LaunchCodes(undefined, () => now);
    expect(LAUNCH_CODE_TTL_MS).toBeLessThanOrEqual(30_000);
    const onTime = codes.issue();
    now += LAUNCH_CODE_TTL_MS;
    expect(codes.redeem(onTime)).toBe(true);
    const late = codes.issue();
    now += LAUNCH_CODE_TTL_MS + 1;
    expect(codes.redeem(late)).toBe(false);
  });

  it('a new code retires the last one; a wrong code spends nothing', () => {
    const codes = new LaunchCodes();
    const first = codes.issue();
    const second = codes.issue();
    expect(codes.redeem(first)).toBe(false);
    expect(codes.redeem(undefined)).toBe(false);
    expect(codes.redeem(`${second}x`)).toBe(false);
    expect(codes.redeem(second)).toBe(true);
  });
});
