import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The table of rows a user adds and removes (metadata, hints, data volumes): headings, then a remove column. */
export function RowsTable({ headings, children }: { headings: string[]; children: ReactNode }) {
  const { t } = useTranslation('launch');
  return (
    <table className="kv">
      <thead>
        <tr>
          {headings.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{t('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
