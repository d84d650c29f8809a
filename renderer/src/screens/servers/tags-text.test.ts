import { describe, expect, it } from 'vitest';
import { parseTags, sameTags } from './tags-text.js';

describe('tags as typed', () => {
  it('split on commas and new lines, trimmed, repeats dropped', () => {
    expect(parseTags(' web, prod\nweb ,')).toEqual({ tags: ['web', 'prod'] });
    expect(parseTags('')).toEqual({ tags: [] });
  });

  it("refused as Nova refuses them: a '/', over 60 characters, over 50 tags", () => {
    expect(parseTags('a/b')).toEqual({ problem: 'tagInvalid' });
    expect(parseTags('x'.repeat(61))).toEqual({ problem: 'tagInvalid' });
    expect(parseTags(Array.from({ length: 51 }, (_, i) => `t${i}`).join(','))).toEqual({ problem: 'tooManyTags' });
  });

  it('compare as sets', () => {
    expect(sameTags(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameTags(['a'], ['a', 'b'])).toBe(false);
  });
});
