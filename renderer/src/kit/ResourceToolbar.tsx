import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../lib/download.js';
import { ColumnChooser } from './ColumnChooser.js';
import { saveHidden } from './column-prefs.js';
import { headerKey, type KitColumn } from './columns.js';
import { toCsv, toJson } from './export.js';
import { QuickFilter } from './QuickFilter.js';

interface Props<Row> {
  ns: string;
  title: string;
  /** what the table shows, in its order: counted and exported */
  shownRows: readonly Row[];
  total: number;
  loading: boolean;
  loaded: boolean;
  query: string;
  onQuery(q: string): void;
  slash?: boolean;
  /** beside the quick filter */
  start?: ReactNode;
  /** after Refresh */
  end?: ReactNode;
  columns: ReadonlyArray<KitColumn<Row>>;
  shownColumns: ReadonlyArray<KitColumn<Row>>;
  hidden: string[];
  onHidden(h: string[]): void;
  exportName: string;
  onRefresh(): void;
}

/** A resource screen's title line: count, quick filter, column chooser, export of what is shown, refresh, the screen's own buttons. */
export function ResourceToolbar<Row>({ ns, title, shownRows, total, loading, loaded, query, onQuery, slash, start, end, columns, shownColumns, hidden, onHidden, exportName, onRefresh }: Props<Row>) {
  const { t } = useTranslation([ns, 'kit']);
  const exportAs = (format: 'csv' | 'json') => {
    const name = `${exportName}.${format}`;
    if (format === 'csv') downloadText(name, toCsv(shownColumns, shownRows, (c) => t(headerKey(c))), 'text/csv');
    else downloadText(name, toJson(shownColumns, shownRows), 'application/json');
  };
  return (
    <div className="kit-row kit-toolbar">
      <h1 id={`${ns}-title`} className="kit-title">
        {title}
      </h1>
      <span className="kit-count" aria-live="polite">
        {shownRows.length === total ? t(['count', 'kit:count'], { count: total }) : t(['countFiltered', 'kit:countFiltered'], { shown: shownRows.length, count: total })}
      </span>
      {loading && loaded && (
        <span className="kit-count" role="status">
          {t(['refreshing', 'kit:refreshing'])}
        </span>
      )}
      <span className="kit-grow" />
      <QuickFilter value={query} onChange={onQuery} label={t(['quickFilter', 'kit:quickFilter'])} placeholder={t(['quickFilterPlaceholder', 'kit:quickFilterPlaceholder'])} slash={slash} />
      {start}
      <ColumnChooser
        ns={ns}
        columns={columns}
        hidden={hidden}
        onChange={(h) => {
          onHidden(h);
          saveHidden(ns, h);
        }}
      />
      <button type="button" className="button" onClick={() => exportAs('csv')} disabled={shownRows.length === 0}>
        {t('kit:export.csv')}
      </button>
      <button type="button" className="button" onClick={() => exportAs('json')} disabled={shownRows.length === 0}>
        {t('kit:export.json')}
      </button>
      <button type="button" className="button" onClick={onRefresh} disabled={loading}>
        {t(['refresh', 'common:actions.refresh'])}
      </button>
      {end}
    </div>
  );
}
