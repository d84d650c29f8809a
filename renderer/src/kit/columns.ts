import type { ReactNode } from 'react';

/**
 * A column of a resource table. `value` is what the column means as data: it sorts the
 * column, the quick filter searches it, and CSV/JSON export writes it. `cell` only decides
 * how it looks (defaults to the value as text).
 */
export interface KitColumn<Row> {
  id: string;
  /** key under `column.` in the resource's namespace */
  header?: string;
  value(row: Row): string | number | undefined;
  cell?(row: Row): ReactNode;
  /** px; the table is fixed-layout so rows never reflow while scrolling */
  width: number;
  /** false: always shown (the name) */
  hideable?: boolean;
  /** hidden until the user shows it in the column chooser */
  hiddenByDefault?: boolean;
  /** sorted as numbers, not text */
  numeric?: boolean;
}

export const headerKey = (c: Pick<KitColumn<unknown>, 'id' | 'header'>) => `column.${c.header ?? c.id}`;

/**
 * Every word typed must appear in one of the shown columns' values (any order, any case), or
 * in the row's own search text when the resource gives one.
 */
export function quickFilter<Row>(rows: readonly Row[], columns: ReadonlyArray<KitColumn<Row>>, query: string, searchText?: (row: Row) => string): Row[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const hay = searchText ? searchText(r) : columns.map((c) => String(c.value(r) ?? '')).join('\n').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export const initialHidden = <Row>(columns: ReadonlyArray<KitColumn<Row>>) => columns.filter((c) => c.hiddenByDefault).map((c) => c.id);
