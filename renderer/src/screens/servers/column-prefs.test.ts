import { describe, expect, it } from 'vitest';
import { DEFAULT_HIDDEN, loadHiddenColumns, saveHiddenColumns } from './column-prefs.js';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

describe('column preferences', () => {
  it('defaults until the user chooses, then keeps the choice', () => {
    const s = memoryStorage();
    expect(loadHiddenColumns(s)).toEqual(DEFAULT_HIDDEN);
    saveHiddenColumns(['image', 'age'], s);
    expect(loadHiddenColumns(s)).toEqual(['image', 'age']);
    saveHiddenColumns([], s);
    expect(loadHiddenColumns(s)).toEqual([]);
  });

  it('drops unknown ids and survives a damaged value', () => {
    const s = memoryStorage();
    s.setItem('novadesk.servers.hiddenColumns', '["image","gone"]');
    expect(loadHiddenColumns(s)).toEqual(['image']);
    s.setItem('novadesk.servers.hiddenColumns', '{not json');
    expect(loadHiddenColumns(s)).toEqual(DEFAULT_HIDDEN);
  });
});
