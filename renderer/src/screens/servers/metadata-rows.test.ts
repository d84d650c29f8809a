import { describe, expect, it } from 'vitest';
import { toMetadata, toRows } from './metadata-rows.js';

describe('metadata rows', () => {
  it('become Nova metadata, blank rows left out, keys trimmed', () => {
    expect(toMetadata([{ key: ' role ', value: 'web' }, { key: '', value: '' }, { key: 'tier', value: '' }])).toEqual({ metadata: { role: 'web', tier: '' } });
    expect(toRows({ a: '1', b: '2' })).toEqual([{ key: 'a', value: '1' }, { key: 'b', value: '2' }]);
  });

  it('name the first row Nova would refuse', () => {
    expect(toMetadata([{ key: '', value: 'orphan' }])).toEqual({ row: 0, problem: 'keyMissing' });
    expect(toMetadata([{ key: 'a', value: '1' }, { key: 'a', value: '2' }])).toEqual({ row: 1, problem: 'keyRepeated' });
    expect(toMetadata([{ key: 'a', value: 'x'.repeat(256) }])).toEqual({ row: 0, problem: 'tooLong' });
  });
});
