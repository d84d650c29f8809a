import { describe, expect, it } from 'vitest';
import { findableName } from './t-tasks.js';

describe('findableName', () => {
  it('picks a name only it contains, whose prefix several contain', () => {
    const names = Array.from({ length: 20 }, (_, i) => `ndbench-list-abc-${i + 1}`);
    const pick = findableName(names);
    expect(names.filter((n) => n.includes(pick))).toEqual([pick]);
    expect(names.filter((n) => n.includes(pick.slice(0, -1))).length).toBeGreaterThan(1);
    // -1 is contained in -10 … -19: never a pick
    expect(findableName(['ndbench-list-abc-1', 'ndbench-list-abc-10', 'ndbench-list-abc-11'])).toBe('ndbench-list-abc-10');
  });

  it('refuses a list where no name qualifies', () => {
    expect(() => findableName(['alpha', 'beta'])).toThrow(/no server name/);
  });
});
