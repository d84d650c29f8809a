// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import type { SortingState } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import type { KitColumn } from './columns.js';
import { toCsv, toJson } from './export.js';
import { thing, type Thing } from './test-table.js';
import { useKitTable } from './use-kit-table.js';

const COLUMNS: Array<KitColumn<Thing>> = [
  { id: 'name', value: (t) => t.name, width: 100, hideable: false },
  { id: 'size', value: (t) => t.size, width: 60, numeric: true },
  { id: 'state', value: (t) => t.state, width: 60 },
  { id: 'id', value: (t) => t.id, width: 100, hiddenByDefault: true },
];

const ROWS = [
  thing({ id: 'a', name: 'web-1', size: 20 }),
  thing({ id: 'b', name: 'db, "main"', size: 100, state: 'busy' }),
  thing({ id: 'c', name: 'web-2', size: 5 }),
  thing({ id: 'd', name: '=cmd()', size: 1 }),
];

function shown(opts: { query: string; hidden: string[]; sorting: SortingState }) {
  const { result } = renderHook(() =>
    useKitTable({ rows: ROWS, columns: COLUMNS, hidden: opts.hidden, query: opts.query, sorting: opts.sorting, onSortingChange: () => {}, keyOf: (t) => t.id }),
  );
  return result.current;
}

describe('export of what is shown', () => {
  it('CSV: the filtered rows, in the sorted order, with the chosen columns and their headers', () => {
    const { shownRows, shownColumns } = shown({ query: 'web', hidden: ['state'], sorting: [{ id: 'size', desc: true }] });
    expect(toCsv(shownColumns, shownRows, (c) => c.id.toUpperCase())).toBe('NAME,SIZE,ID\r\nweb-1,20,a\r\nweb-2,5,c\r\n');
  });

  it('CSV quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const { shownRows, shownColumns } = shown({ query: '', hidden: ['size', 'state', 'id'], sorting: [{ id: 'name', desc: false }] });
    expect(toCsv(shownColumns, shownRows, () => 'Name').split('\r\n')).toEqual(['Name', "'=cmd()", '"db, ""main"""', 'web-1', 'web-2', '']);
  });

  it('JSON: one object per shown row, keyed by the shown columns', () => {
    const { shownRows, shownColumns } = shown({ query: 'busy', hidden: ['id'], sorting: [] });
    expect(JSON.parse(toJson(shownColumns, shownRows))).toEqual([{ name: 'db, "main"', size: 100, state: 'busy' }]);
  });

  it('the quick filter looks only at shown columns, and sorting numbers sorts by value', () => {
    expect(shown({ query: 'MAIN busy', hidden: ['id'], sorting: [] }).shownRows.map((r) => r.id)).toEqual(['b']);
    // "c" is in row d's name and, once the id column is shown, in row c's id
    expect(shown({ query: 'c', hidden: ['id'], sorting: [] }).shownRows.map((r) => r.id)).toEqual(['d']);
    expect(shown({ query: 'c', hidden: [], sorting: [] }).shownRows.map((r) => r.id)).toEqual(['c', 'd']);
    expect(shown({ query: '', hidden: [], sorting: [{ id: 'size', desc: false }] }).shownRows.map((r) => r.size)).toEqual([1, 5, 20, 100]);
  });

  it('a name column cannot be hidden', () => {
    expect(shown({ query: '', hidden: ['name', 'size'], sorting: [] }).shownColumns.map((c) => c.id)).toEqual(['name', 'state', 'id']);
  });
});
