import { describe, expect, it } from 'vitest';
import { COMPUTE_FEATURES, compareMicroversions, minMicroversion, neededVersion, supports } from './microversion.js';

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
  });

  it('says which versions a feature needs, from the same row the check reads', () => {
    expect(neededVersion('server.tags')).toBe('2.52');
    expect(neededVersion('keypair.generate')).toBe('at most 2.91');
    expect(neededVersion('server.personality')).toBe('at most 2.56');
    // the renderer's form, for translated sentences: the same rule, in symbols
    expect(neededVersion('server.tags', 'symbols')).toBe('2.52');
    expect(neededVersion('keypair.generate', 'symbols')).toBe('≤ 2.91');
  });

  it('every row is a well-formed range', () => {
    for (const [name, f] of Object.entries(COMPUTE_FEATURES) as [string, { since: string; until?: string }][]) {
      expect(compareMicroversions(f.since, '2.1'), name).toBeGreaterThanOrEqual(0);
      if (f.until) expect(compareMicroversions(f.until, f.since), name).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses a malformed version', () => {
    expect(() => compareMicroversions('latest', '2.1')).toThrow(/not a microversion/);
  });
});
