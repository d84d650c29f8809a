import { describe, expect, it } from 'vitest';
import { fromNeutron, fromQuota, left, percentOf, room, usageLevel } from './usage.js';

describe('usage levels: warning from 80 %, full at 100 %', () => {
  it('is ok below 80 %, warn from 80 %, full at the limit, over beyond it', () => {
    expect(usageLevel({ used: 7, max: 10 })).toBe('ok');
    expect(usageLevel({ used: 8, max: 10 })).toBe('warn');
    expect(usageLevel({ used: 9, max: 10 })).toBe('warn');
    expect(usageLevel({ used: 10, max: 10 })).toBe('full');
    expect(usageLevel({ used: 12, max: 10 })).toBe('over');
  });

  it('never warns for an unlimited quota (Nova and Cinder -1), however much is used', () => {
    expect(usageLevel({ used: 1_000_000, max: null })).toBe('ok');
  });

  it('counts a quota of 0 as full: nothing more can be made', () => {
    expect(usageLevel({ used: 0, max: 0 })).toBe('full');
    expect(percentOf(0, 0)).toBe(100);
  });
});

describe('room left and bar width', () => {
  it('room is what is left, negative over quota, infinite when unlimited', () => {
    expect(room({ used: 3, max: 10 })).toBe(7);
    expect(room({ used: 12, max: 10 })).toBe(-2);
    expect(room({ used: 3, max: null })).toBe(Number.POSITIVE_INFINITY);
    // what a launch may still ask for never goes below 0
    expect(left({ used: 12, max: 10 })).toBe(0);
  });

  it('the bar is the share used, capped at the full width, empty when unlimited', () => {
    expect(percentOf(3, 10)).toBe(30);
    expect(percentOf(12, 10)).toBe(100);
    expect(percentOf(3, null)).toBe(0);
  });
});

describe('one shape from each service', () => {
  it("Nova's and Cinder's detail: in use plus reserved, -1 already mapped to null", () => {
    // os-quota-sets/{id}/detail: {"cores": {"in_use": 2, "limit": 20, "reserved": 1}}
    expect(fromQuota({ inUse: 2, reserved: 1, limit: 20 })).toEqual({ used: 3, max: 20 });
    expect(fromQuota({ inUse: 4, reserved: 0, limit: null })).toEqual({ used: 4, max: null });
    expect(fromQuota(undefined)).toBeUndefined();
  });

  it("Neutron's details: used plus reserved, -1 (undefined) is unlimited, a negative count is 0", () => {
    const q = { floatingip: { used: 1, reserved: 0, limit: 50 }, port: { used: -1, reserved: 2, limit: undefined } };
    expect(fromNeutron(q, 'floatingip')).toEqual({ used: 1, max: 50 });
    expect(fromNeutron(q, 'port')).toEqual({ used: 2, max: null });
    expect(fromNeutron(q, 'router')).toBeUndefined();
  });
});
