import { describe, expect, it } from 'vitest';
import { Problems } from './problems.js';

describe('Problems.gate (the accumulating gate)', () => {
  it('says yes where the negotiated version has the feature, recording nothing', () => {
    const p = new Problems('2.52');
    expect(p.gate('server.tags', 'tags')).toBe(true);
    expect(p.list).toEqual([]);
  });

  it('records every field the version lacks, in order, and goes on', () => {
    const p = new Problems('2.57');
    expect(p.gate('server.hostname', 'hostname')).toBe(false);
    expect(p.gate('server.personality', 'personality')).toBe(false);
    expect(p.gate('server.description', 'description')).toBe(true);
    expect(p.list).toEqual([
      { field: 'hostname', code: 'unsupported', feature: 'server.hostname', negotiated: '2.57' },
      { field: 'personality', code: 'unsupported', feature: 'server.personality', negotiated: '2.57' },
    ]);
  });
});
