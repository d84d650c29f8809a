import { describe, expect, it } from 'vitest';
import { ageParts, isUnreachable } from './format.js';

describe('ageParts', () => {
  it('uses the largest whole unit', () => {
    expect(ageParts(40_000)).toEqual({ unit: 's', n: 40 });
    expect(ageParts(12 * 60_000 + 5)).toEqual({ unit: 'm', n: 12 });
    expect(ageParts(5 * 3_600_000)).toEqual({ unit: 'h', n: 5 });
    expect(ageParts(3 * 86_400_000 + 1)).toEqual({ unit: 'd', n: 3 });
    // a desktop clock behind the cloud's must not print a negative age
    expect(ageParts(-5000)).toEqual({ unit: 's', n: 0 });
  });
});

describe('isUnreachable', () => {
  it('tells a cloud that cannot be reached from one that said no', () => {
    expect(isUnreachable({ kind: 'network', message: 'x' })).toBe(true);
    expect(isUnreachable({ kind: 'timeout', message: 'x' })).toBe(true);
    expect(isUnreachable({ kind: 'bad_request', message: 'x' })).toBe(false);
    expect(isUnreachable(undefined)).toBe(false);
  });
});
