import { describe, expect, it } from 'vitest';
import { compareMicroversions, minMicroversion, since, supports } from './microversion.js';

describe('microversions', () => {
  it('compares numerically, not as strings', () => {
    expect(compareMicroversions('2.9', '2.10')).toBeLessThan(0);
    expect(compareMicroversions('2.93', '2.93')).toBe(0);
    expect(minMicroversion('2.96', '2.93')).toBe('2.93');
  });

  it('gates features from their first version, and removed ones after their last', () => {
    expect(supports('server.tags', '2.51')).toBe(false);
    expect(supports('server.tags', '2.52')).toBe(true);
    expect(supports('server.personality', '2.56')).toBe(true);
    expect(supports('server.personality', '2.57')).toBe(false);
    expect(supports('keypair.generate', '2.92')).toBe(false);
    expect(since('2.90')('2.93')).toBe(true);
    expect(since('2.90')('2.89')).toBe(false);
  });

  it('refuses a malformed version', () => {
    expect(() => compareMicroversions('latest', '2.1')).toThrow(/not a microversion/);
  });
});
