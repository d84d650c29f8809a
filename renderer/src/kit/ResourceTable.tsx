import type { Row, Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { headerKey, type KitColumn } from './columns.js';
import { KIT_ROW_HEIGHT, rowHeightStyle } from './row-height.js';
import { SortHeader } from './SortHeader.js';

interface Props<T> {
  table: Table<T>;
  columns: ReadonlyArray<KitColumn<T>>;
  /** the resource's namespace, for column headers */
  ns: string;
  label: string;
  nameOf(row: T): string;
  selected: ReadonlySet<string>;
  openKey: string | undefined;
  /** a row's mark: pending action or error, shown after its name */
  markOf?(row: T): ReactNode;
  onToggle(key: string): void;
  onToggleAll(keys: string[], on: boolean): void;
  onOpen(key: string): void;
  onMenu(key: string, anchor: HTMLElement): void;
}

const SELECT_W = 34;
const MENU_W = 44;

/**
 * A resource's table: a real <table> (native semantics for screen readers) whose body is
 * virtualized with spacer rows, so a thousand rows scroll as fast as ten. The first column
 * opens the drawer, the last opens the row menu (pinned at the right edge); ArrowUp/Down move
 * between rows keeping the focused column.
 */
export function ResourceTable<T>({ table, columns, ns, label, nameOf, selected, openKey, markOf, onToggle, onToggleAll, onOpen, onMenu }: Props<T>) {
  const { t } = useTranslation([ns, 'kit']);
  const model = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: model.length, getScrollElement: () => scrollRef.current, estimateSize: () => KIT_ROW_HEIGHT, overscan: 12 });
  const items = virtual.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0));
  const keys = model.map((r) => r.id);
  const all = keys.length > 0 && keys.every((k) => selected.has(k));
  const some = keys.some((k) => selected.has(k));

  function onKeyDown(e: KeyboardEvent<HTMLTableSectionElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const target = e.target as HTMLElement;
    const tr = target.closest('tr[data-index]');
    const td = target.closest('td');
    if (!tr || !td) return;
    e.preventDefault();
    const index = Number(tr.getAttribute('data-index')) + (e.key === 'ArrowDown' ? 1 : -1);
    if (index < 0 || index >= model.length) return;
    const col = td.cellIndex;
    virtual.scrollToIndex(index);
    // the row may only exist after the virtualizer renders again
    const focus = (tries: number) => {
      const cell = scrollRef.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${index}"]`)?.cells[col];
      const control = cell?.querySelector<HTMLElement>('button, input');
      if (control) control.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(5);
  }

  return (
    <div className="kit-scroll" ref={scrollRef} style={rowHeightStyle}>
      <table className="kit-table" aria-label={label} aria-rowcount={model.length + 1}>
        <colgroup>
          <col style={{ width: SELECT_W }} />
          {columns.map((c) => (
            <col key={c.id} style={{ width: c.width }} />
          ))}
          <col style={{ width: MENU_W }} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t(['selectAll', 'kit:selectAll'])}
                checked={all}
                ref={(el) => {
                  if (el) el.indeterminate = some && !all;
                }}
                onChange={() => onToggleAll(keys, !all)}
              />
            </th>
            {columns.map((c) => (
              <SortHeader key={c.id} column={table.getColumn(c.id)} text={t(headerKey(c))} />
            ))}
            <th scope="col" className="kit-pin">
              <span className="visually-hidden">{t('kit:actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 && <tr aria-hidden="true" className="kit-spacer" style={{ height: padTop }} />}
          {items.map((vi) => {
            const row = model[vi.index];
            if (!row) return null;
            return (
              <KitRow
                key={row.id}
                row={row}
                index={vi.index}
                columns={columns}
                name={nameOf(row.original)}
                mark={markOf?.(row.original)}
                selected={selected.has(row.id)}
                open={openKey === row.id}
                selectLabel={t('kit:selectOne', { name: nameOf(row.original) })}
                menuLabel={t('kit:actionsFor', { name: nameOf(row.original) })}
                onToggle={onToggle}
                onOpen={onOpen}
                onMenu={onMenu}
              />
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" className="kit-spacer" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps<T> {
  row: Row<T>;
  index: number;
  columns: ReadonlyArray<KitColumn<T>>;
  name: string;
  mark: ReactNode;
  selected: boolean;
  open: boolean;
  selectLabel: string;
  menuLabel: string;
  onToggle(key: string): void;
  onOpen(key: string): void;
  onMenu(key: string, anchor: HTMLElement): void;
}

/** One row, rendered again only when its data, place or selection changes (scrolling stays cheap). */
const KitRow = memo(function KitRow<T>({ row, index, columns, name, mark, selected, open, selectLabel, menuLabel, onToggle, onOpen, onMenu }: RowProps<T>) {
  const cls = [selected ? 'selected' : '', open ? 'open' : ''].filter(Boolean).join(' ');
  return (
    <tr data-index={index} aria-rowindex={index + 2} aria-selected={selected} className={cls || undefined}>
      <td>
        <input type="checkbox" aria-label={selectLabel} checked={selected} onChange={() => onToggle(row.id)} />
      </td>
      {columns.map((c, i) => {
        const content = c.cell ? c.cell(row.original) : (c.value(row.original) ?? '—');
        if (i > 0)
          return (
            <td key={c.id} title={typeof content === 'string' ? content : undefined}>
              {content}
            </td>
          );
        return (
          <td key={c.id} className="kit-primary">
            <button type="button" className="kit-link" title={name} onClick={() => onOpen(row.id)}>
              {content}
            </button>
            {mark}
          </td>
        );
      })}
      <td className="kit-pin">
        <button type="button" className="icon-button" aria-haspopup="menu" aria-label={menuLabel} onClick={(e) => onMenu(row.id, e.currentTarget)}>
          ⋯
        </button>
      </td>
    </tr>
  );
}) as <T>(p: RowProps<T>) => React.ReactElement;
