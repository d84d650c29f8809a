import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ProfileView } from '../../../../shared/schemas/profile.js';
import type { PendingAction, RowError } from '../../stores/servers.js';
import { AddressesCell, StatusCell } from './cells.js';
import type { ColumnId } from './column-prefs.js';
import { formatAge, formatTime } from './format.js';
import type { ServerRow } from './server-rows.js';

export interface ColumnContext {
  t: TFunction<'servers'>;
  lang: string;
  now: number;
  pending: Record<string, PendingAction>;
  rowErrors: Record<string, RowError>;
  profiles: Record<string, ProfileView>;
  selected: ReadonlySet<string>;
  allSelected: boolean;
  someSelected: boolean;
  onToggle(row: ServerRow): void;
  onToggleAll(): void;
  onOpen(row: ServerRow): void;
  onMenu(row: ServerRow, anchor: HTMLElement): void;
  onResizeDecision(row: ServerRow, confirm: boolean): void;
  onDismissError(row: ServerRow): void;
}

/** Width in px of each column; the table is fixed-layout so rows never reflow while scrolling. */
export const COLUMN_WIDTH: Record<ColumnId | 'select' | 'actions', number> = {
  select: 34,
  name: 190,
  status: 230,
  addresses: 250,
  flavor: 110,
  image: 140,
  keyName: 110,
  availabilityZone: 100,
  age: 56,
  cloud: 130,
  id: 290,
  tags: 140,
  locked: 90,
  actions: 44,
};

const text = (v: string | undefined) => (v ? <span title={v}>{v}</span> : <span className="muted">—</span>);

export function buildColumns(c: ColumnContext): Array<ColumnDef<ServerRow>> {
  const { t } = c;
  return [
    {
      id: 'select',
      enableSorting: false,
      enableHiding: false,
      header: () => (
        <input
          type="checkbox"
          aria-label={t('selectAll')}
          checked={c.allSelected}
          ref={(el) => {
            if (el) el.indeterminate = c.someSelected && !c.allSelected;
          }}
          onChange={c.onToggleAll}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={t('selectOne', { name: row.original.server.name })}
          checked={c.selected.has(row.original.key)}
          onChange={() => c.onToggle(row.original)}
        />
      ),
    },
    {
      id: 'name',
      header: t('column.name'),
      accessorFn: (r) => r.server.name.toLowerCase(),
      cell: ({ row }) => (
        <button type="button" className="srv-link srv-name" title={row.original.server.name} onClick={() => c.onOpen(row.original)}>
          {row.original.server.name || <span className="muted">{row.original.server.id}</span>}
        </button>
      ),
    },
    {
      id: 'status',
      header: t('column.status'),
      accessorFn: (r) => r.server.status,
      cell: ({ row }) => (
        <StatusCell
          t={t}
          row={row.original}
          pending={c.pending[row.original.key]}
          error={c.rowErrors[row.original.key]}
          onDismissError={() => c.onDismissError(row.original)}
          onResizeDecision={(confirm) => c.onResizeDecision(row.original, confirm)}
        />
      ),
    },
    {
      id: 'addresses',
      header: t('column.addresses'),
      accessorFn: (r) => r.firstAddress,
      cell: ({ row }) => <AddressesCell t={t} row={row.original} />,
    },
    { id: 'flavor', header: t('column.flavor'), accessorFn: (r) => r.flavorName, cell: ({ row }) => text(row.original.flavorName) },
    {
      id: 'image',
      header: t('column.image'),
      accessorFn: (r) => (r.bootFromVolume ? '' : (r.imageName ?? r.server.imageId)),
      cell: ({ row }) => {
        const r = row.original;
        if (r.bootFromVolume) return <span className="muted">{t('bootFromVolume')}</span>;
        return r.imageName ? text(r.imageName) : <span className="mono muted" title={r.server.imageId}>{r.server.imageId.slice(0, 8)}</span>;
      },
    },
    { id: 'keyName', header: t('column.keyName'), accessorFn: (r) => r.server.keyName ?? '', cell: ({ row }) => text(row.original.server.keyName) },
    {
      id: 'availabilityZone',
      header: t('column.availabilityZone'),
      accessorFn: (r) => r.server.availabilityZone ?? '',
      cell: ({ row }) => text(row.original.server.availabilityZone),
    },
    {
      id: 'age',
      header: t('column.age'),
      // newest first when sorted ascending by age
      accessorFn: (r) => -r.createdMs,
      cell: ({ row }) => <span title={formatTime(row.original.server.created, c.lang)}>{formatAge(t, row.original.createdMs, c.now)}</span>,
    },
    {
      id: 'cloud',
      header: t('column.cloud'),
      accessorFn: (r) => r.cloudName,
      cell: ({ row }) => (
        <span className="srv-cloud-chip" title={row.original.cloudName}>
          <span className="srv-cloud-swatch" style={{ background: c.profiles[row.original.cloud]?.colour }} aria-hidden="true" />
          {row.original.cloudName}
        </span>
      ),
    },
    { id: 'id', header: t('column.id'), accessorFn: (r) => r.server.id, cell: ({ row }) => <span className="mono">{row.original.server.id}</span> },
    { id: 'tags', header: t('column.tags'), accessorFn: (r) => r.server.tags.join(', '), cell: ({ row }) => text(row.original.server.tags.join(', ')) },
    {
      id: 'locked',
      header: t('column.locked'),
      accessorFn: (r) => (r.server.locked ? 1 : 0),
      cell: ({ row }) => (row.original.server.locked ? text(row.original.server.lockedReason ?? t('yes')) : <span className="muted">{t('no')}</span>),
    },
    {
      id: 'actions',
      enableSorting: false,
      enableHiding: false,
      header: () => <span className="visually-hidden">{t('column.actions')}</span>,
      cell: ({ row }) => (
        <button
          type="button"
          className="icon-button"
          aria-haspopup="menu"
          aria-label={t('actionsFor', { name: row.original.server.name })}
          onClick={(e) => c.onMenu(row.original, e.currentTarget)}
        >
          ⋯
        </button>
      ),
    },
  ];
}
