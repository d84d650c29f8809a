import type { SortingState } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { headerKey, type KitColumn } from '../../kit/columns.js';
import { errorText } from '../../kit/error-text.js';
import { rowHeightStyle } from '../../kit/row-height.js';
import { SortHeader } from '../../kit/SortHeader.js';
import { UsageBar } from '../../kit/UsageBar.js';
import { LEVEL_TONE, room, usageLevel } from '../../kit/usage.js';
import { useKitTable } from '../../kit/use-kit-table.js';
import { cloudLabel, openViews, useClouds } from '../../stores/clouds.js';
import { summaryRow, type SummaryCell, type SummaryRow } from './across-clouds.js';
import { SUMMARY_KEYS, type SummaryKey } from './overview-rows.js';
import { useOverview } from './overview-store.js';
import { cellText } from './usage-text.js';

const keyOf = (r: SummaryRow) => r.id;
// one array for every render: a new one each time would make a new table model each render, and
// TanStack's page reset after a sort would then render again without end
const NO_HIDDEN: readonly string[] = [];

/**
 * Every open cloud (each profile and each project/region scope opened this run, as the
 * all-clouds servers list has them) in one table: used / limit of the resources that decide
 * where a new server fits, sortable by the room left. Picking a row opens that cloud's overview.
 */
export function AcrossClouds({ onPick }: { onPick(cloud: string): void }) {
  const { t } = useTranslation('overview');
  const profiles = useClouds((s) => s.profiles);
  const opened = useClouds((s) => s.opened);
  const projectNames = useClouds((s) => s.projectNames);
  const currentId = useClouds((s) => s.currentId);
  const views = useMemo(() => openViews({ profiles, opened, projectNames, currentId }), [profiles, opened, projectNames, currentId]);
  const byCloud = useOverview((s) => s.byCloud);
  const ids = views.map((v) => v.id).join('\n');
  useEffect(() => {
    for (const id of ids.split('\n').filter(Boolean)) void useOverview.getState().load(id);
  }, [ids]);

  const rows = useMemo(() => views.map((v) => summaryRow({ id: v.id, name: cloudLabel(v), region: v.region }, byCloud[v.id])), [views, byCloud]);
  const columns = useMemo(() => summaryColumns(t, onPick), [t, onPick]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const { table, shownRows } = useKitTable({ rows, columns, hidden: NO_HIDDEN, query: '', sorting, onSortingChange: setSorting, keyOf });

  return (
    <div className="kit-stack">
      <div className="kit-row">
        <p className="muted small kit-grow">{t('across.hint')}</p>
        <button type="button" className="button" onClick={() => views.forEach((v) => void useOverview.getState().load(v.id))}>
          {t('refresh')}
        </button>
      </div>
      <div className="kit-scroll" style={rowHeightStyle}>
        <table className="kit-table overview-table" aria-label={t('across.label')}>
          <colgroup>
            {columns.map((c) => (
              <col key={c.id} style={{ width: c.width }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {columns.map((c) => (
                <SortHeader key={c.id} column={table.getColumn(c.id)} text={t(headerKey(c))} />
              ))}
            </tr>
          </thead>
          <tbody>
            {shownRows.map((r) => (
              <tr key={r.id} className={r.id === currentId ? 'open' : undefined} onClick={() => onPick(r.id)}>
                {columns.map((c) => (
                  <td key={c.id}>{c.cell?.(r)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The name and region, then per resource "used / limit" sorted by the room left (unlimited has the most). */
function summaryColumns(t: TFunction, onPick: (cloud: string) => void): Array<KitColumn<SummaryRow>> {
  const name: KitColumn<SummaryRow> = {
    id: 'name',
    width: 220,
    value: (r) => r.name,
    cell: (r) => (
      <button
        type="button"
        className="kit-link kit-primary"
        onClick={(e) => {
          e.stopPropagation();
          onPick(r.id);
        }}
      >
        {r.name}
      </button>
    ),
  };
  const region: KitColumn<SummaryRow> = { id: 'region', width: 110, value: (r) => r.region, cell: (r) => <span className="muted">{r.region ?? '—'}</span> };
  const usage = (key: SummaryKey): KitColumn<SummaryRow> => ({
    id: key,
    width: 150,
    numeric: true,
    value: (r) => {
      const c = r.cells[key];
      return c.kind === 'usage' ? room(c.row.usage) : undefined;
    },
    cell: (r) => <Cell t={t} cell={r.cells[key]} label={`${r.name}: ${t(`resource.${key}`)}`} />,
  });
  return [name, region, ...SUMMARY_KEYS.map(usage)];
}

function Cell({ t, cell, label }: { t: TFunction; cell: SummaryCell; label: string }) {
  switch (cell.kind) {
    case 'usage': {
      const { usage, unit } = cell.row;
      const level = usageLevel(usage);
      const text = cellText(t, usage, unit);
      return (
        <div className={`overview-cell ${LEVEL_TONE[level]}`} data-level={level}>
          <span className={level === 'ok' ? undefined : 'toned'}>{text}</span>
          <UsageBar label={label} text={text} used={usage.used} max={usage.max} level={level} />
        </div>
      );
    }
    case 'loading':
      return <span className="muted">…</span>;
    case 'absent':
      return <span className="muted">{t('across.absent')}</span>;
    case 'none':
      return <span className="muted">—</span>;
    case 'error':
      return (
        <span className="toned danger" title={errorText(t, cell.error)}>
          {t('across.failed')}
        </span>
      );
  }
}
