import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type Row,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_WIDTH } from './columns.js';
import type { ServerRow } from './server-rows.js';

/** Fixed row height: every cell is one line, so the virtualizer never has to measure. */
export const ROW_HEIGHT = 30;

interface Props {
  rows: readonly ServerRow[];
  columns: Array<ColumnDef<ServerRow>>;
  visibility: VisibilityState;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  selected: ReadonlySet<string>;
  openKey: string | undefined;
  label: string;
}

/**
 * The servers table: TanStack Table for columns and sorting, TanStack Virtual so that only the
 * rows in view are in the DOM (thousands of servers scroll as fast as ten). A real <table>
 * with spacer rows keeps native table semantics for screen readers (aria-rowcount/rowindex).
 * ArrowUp/ArrowDown move between rows, keeping the focused control's column.
 */
export function ServersTable({ rows, columns, visibility, sorting, onSortingChange, selected, openKey, label }: Props) {
  const { t } = useTranslation('servers');
  const table = useReactTable({
    data: rows as ServerRow[],
    columns,
    state: { sorting, columnVisibility: visibility },
    onSortingChange,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (r) => r.key,
  });
  const model = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: model.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0));
  const leaf = table.getVisibleLeafColumns();

  function onKeyDown(e: React.KeyboardEvent<HTMLTableSectionElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const target = e.target as HTMLElement;
    if (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox') return;
    const tr = target.closest('tr[data-index]');
    const td = target.closest('td');
    if (!tr || !td) return;
    e.preventDefault();
    const index = Number(tr.getAttribute('data-index')) + (e.key === 'ArrowDown' ? 1 : -1);
    if (index < 0 || index >= model.length) return;
    const col = td.cellIndex;
    virtual.scrollToIndex(index);
    // the row may only exist after the virtualizer re-renders
    const focus = (tries: number) => {
      const cell = scrollRef.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${index}"]`)?.cells[col];
      const control = cell?.querySelector<HTMLElement>('button, input');
      if (control) control.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(5);
  }

  return (
    <div className="srv-scroll" ref={scrollRef}>
      <table className="data srv-table" aria-label={label} aria-rowcount={model.length + 1}>
        <colgroup>
          {leaf.map((c) => (
            <col key={c.id} style={{ width: COLUMN_WIDTH[c.id as keyof typeof COLUMN_WIDTH] ?? 120 }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id} aria-rowindex={1}>
              {g.headers.map((h) => {
                const sorted = h.column.getIsSorted();
                const content = flexRender(h.column.columnDef.header, h.getContext());
                return (
                  <th key={h.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                    {h.column.getCanSort() ? (
                      <button
                        type="button"
                        className="srv-sort"
                        onClick={h.column.getToggleSortingHandler()}
                        title={t('sortBy', { column: String(h.column.columnDef.header) })}
                      >
                        {content}
                        <span className="srv-sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : (
                      content
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 && <tr aria-hidden="true" className="srv-spacer" style={{ height: padTop }} />}
          {items.map((vi) => {
            const row = model[vi.index];
            if (!row) return null;
            const key = row.original.key;
            return (
              <ServerTableRow
                key={row.id}
                row={row}
                index={vi.index}
                selected={selected.has(key)}
                open={openKey === key}
                columns={columns}
                visibility={visibility}
              />
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" className="srv-spacer" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: Row<ServerRow>;
  index: number;
  selected: boolean;
  open: boolean;
  /** not read: a new column set or visibility must render the row again */
  columns: Array<ColumnDef<ServerRow>>;
  visibility: VisibilityState;
}

/**
 * One row, rendered again only when its server, place, selection or the columns change.
 * While scrolling, most rows in view stay in view; without this, every frame rendered all of
 * them (about 55 with overscan) instead of the ~20 that scrolled in (bench B4's frame times).
 */
const ServerTableRow = memo(function ServerTableRow({ row, index, selected, open }: RowProps) {
  const cls = [selected ? 'selected' : '', open ? 'open' : '', row.original.transitional ? 'moving' : ''].filter(Boolean).join(' ');
  return (
    <tr data-index={index} aria-rowindex={index + 2} aria-selected={selected} className={cls}>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`srv-col-${cell.column.id}`}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
});
