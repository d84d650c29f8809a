import { getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type OnChangeFn, type SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { quickFilter, type KitColumn } from './columns.js';

interface Options<Row> {
  rows: readonly Row[];
  columns: ReadonlyArray<KitColumn<Row>>;
  hidden: readonly string[];
  query: string;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  keyOf(row: Row): string;
  /** what the quick filter searches, when a row has more to find than its shown columns (an id, every address) */
  searchText?(row: Row): string;
}

/**
 * The table model of a resource screen: the quick filter over the shown columns, then
 * TanStack's sorting. `shownRows` and `shownColumns` are exactly what the user sees, in that
 * order: the table renders them and the export writes them.
 */
export function useKitTable<Row>({ rows, columns, hidden, query, sorting, onSortingChange, keyOf, searchText }: Options<Row>) {
  const shownColumns = useMemo(() => columns.filter((c) => c.hideable === false || !hidden.includes(c.id)), [columns, hidden]);
  const filtered = useMemo(() => quickFilter(rows, shownColumns, query, searchText), [rows, shownColumns, query, searchText]);
  const defs = useMemo<Array<ColumnDef<Row>>>(
    () =>
      shownColumns.map((c) => ({
        id: c.id,
        accessorFn: (r: Row) => c.value(r),
        sortingFn: c.numeric ? 'basic' : 'text',
        sortUndefined: 'last',
      })),
    [shownColumns],
  );
  const table = useReactTable({
    data: filtered,
    columns: defs,
    state: { sorting },
    onSortingChange,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: keyOf,
  });
  const model = table.getRowModel().rows;
  const shownRows = useMemo(() => model.map((r) => r.original), [model]);
  return { table, shownRows, shownColumns, total: rows.length };
}
