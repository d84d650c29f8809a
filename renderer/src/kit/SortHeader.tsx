import type { Column } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';

/** A sortable column's header cell: click toggles TanStack's sorting, the state said to screen readers. */
export function SortHeader<T>({ column, text }: { column: Column<T> | undefined; text: string }) {
  const { t } = useTranslation('kit');
  const sorted = column?.getIsSorted();
  return (
    <th scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
      <button type="button" className="kit-sort" onClick={column?.getToggleSortingHandler()} title={t('sortBy', { column: text })}>
        {text}
        <span className="kit-sort-mark" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}
