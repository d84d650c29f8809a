import { describe, expect, it } from 'vitest';
import { resourcesFrom } from './index.js';

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });
const resources = resourcesFrom(files);

/** Leaf keys, with i18next plural suffixes folded (Chinese has only `_other`, English `_one` too). */
function keys(obj: Record<string, unknown>, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const sub of keys(v as Record<string, unknown>, path)) out.add(sub);
    else out.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
  }
  return out;
}

describe('translations', () => {
  const en = resources.en ?? {};
  const zh = resources['zh-CN'] ?? {};

  it('load every namespace file for both languages', () => {
    expect(Object.keys(en)).toEqual(expect.arrayContaining(['common', 'profiles']));
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  for (const ns of Object.keys(en)) {
    it(`zh-CN ${ns} has exactly the English keys`, () => {
      const e = keys(en[ns] ?? {});
      const z = keys(zh[ns] ?? {});
      expect([...e].filter((k) => !z.has(k)), 'missing in zh-CN').toEqual([]);
      expect([...z].filter((k) => !e.has(k)), 'only in zh-CN').toEqual([]);
    });
  }
});
