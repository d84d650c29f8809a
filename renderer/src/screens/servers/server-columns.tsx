import type { TFunction } from 'i18next';
import type { ProfileView } from '../../../../shared/schemas/profile.js';
import type { KitColumn } from '../../kit/columns.js';
import type { RowError, RowPending } from '../../kit/list-store.js';
import { AddressesCell, StatusCell } from './cells.js';
import { cloudNames } from './cross-cloud.js';
import { formatAge, formatTime } from './format.js';
import type { ServerRow } from './server-rows.js';

export interface ColumnContext {
  t: TFunction<'servers'>;
  lang: string;
  now: number;
  pending: Record<string, RowPending>;
  rowErrors: Record<string, RowError>;
  profiles: Record<string, ProfileView>;
  /** the cloud column only exists in the all-clouds view */
  allClouds: boolean;
  onResizeDecision(row: ServerRow, confirm: boolean): void;
  onDismissError(row: ServerRow): void;
}

/** The column choice saved before the kit (its own key): kept, so an upgrade does not reset it. */
export function legacyHiddenColumns(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string[] | undefined {
  try {
    const v: unknown = JSON.parse(storage?.getItem('novadesk.servers.hiddenColumns') ?? 'null');
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
  } catch {
    return undefined;
  }
}

const text = (v: string | undefined) => (v ? <span title={v}>{v}</span> : <span className="muted">—</span>);

/** The servers table's columns, for the kit's table: `value` sorts and exports, `cell` draws. */
export function serverColumns(c: ColumnContext): Array<KitColumn<ServerRow>> {
  const { t } = c;
  const columns: Array<KitColumn<ServerRow> | false> = [
    {
      id: 'name',
      hideable: false,
      width: 190,
      value: (r) => r.server.name,
      cell: (r) => <span className="srv-name">{r.server.name || <span className="muted">{r.server.id}</span>}</span>,
    },
    {
      id: 'status',
      width: 230,
      value: (r) => r.server.status,
      cell: (r) => (
        <StatusCell
          t={t}
          row={r}
          pending={c.pending[r.key]}
          error={c.rowErrors[r.key]}
          onDismissError={() => c.onDismissError(r)}
          onResizeDecision={(confirm) => c.onResizeDecision(r, confirm)}
        />
      ),
    },
    { id: 'addresses', width: 250, value: (r) => r.firstAddress, cell: (r) => <AddressesCell t={t} row={r} /> },
    { id: 'flavor', width: 110, value: (r) => r.flavorName, cell: (r) => text(r.flavorName) },
    {
      id: 'image',
      width: 140,
      value: (r) => (r.bootFromVolume ? (r.imageName ?? '') : (r.imageName ?? r.server.imageId)),
      cell: (r) => {
        if (r.bootFromVolume)
          return r.imageName ? (
            <span title={t('bootFromVolumeOf', { image: r.imageName })}>
              {r.imageName} <span className="muted">{t('onVolume')}</span>
            </span>
          ) : (
            <span className="muted">{t('bootFromVolume')}</span>
          );
        return r.imageName ? text(r.imageName) : <span className="mono muted" title={r.server.imageId}>{r.server.imageId.slice(0, 8)}</span>;
      },
    },
    { id: 'keyName', width: 110, value: (r) => r.server.keyName, cell: (r) => text(r.server.keyName) },
    { id: 'availabilityZone', width: 100, value: (r) => r.server.availabilityZone, cell: (r) => text(r.server.availabilityZone) },
    {
      id: 'age',
      width: 56,
      numeric: true,
      // newest first when sorted ascending by age
      value: (r) => -r.createdMs,
      cell: (r) => <span title={formatTime(r.server.created, c.lang)}>{formatAge(t, r.createdMs, c.now)}</span>,
    },
    c.allClouds && {
      id: 'cloud',
      width: 130,
      // every profile that sees the server; the swatch is the one its actions go through
      value: cloudNames,
      cell: (r) => (
        <span className="srv-cloud-chip" title={cloudNames(r)}>
          <span className="srv-cloud-swatch" style={{ background: c.profiles[r.cloud]?.colour }} aria-hidden="true" />
          <span className="srv-cloud-name">{cloudNames(r)}</span>
        </span>
      ),
    },
    { id: 'id', width: 290, hiddenByDefault: true, value: (r) => r.server.id, cell: (r) => <span className="mono">{r.server.id}</span> },
    { id: 'tags', width: 140, hiddenByDefault: true, value: (r) => r.server.tags.join(', '), cell: (r) => text(r.server.tags.join(', ')) },
    {
      id: 'locked',
      width: 90,
      hiddenByDefault: true,
      value: (r) => (r.server.locked ? (r.server.lockedReason ?? t('yes')) : t('no')),
      cell: (r) => (r.server.locked ? text(r.server.lockedReason ?? t('yes')) : <span className="muted">{t('no')}</span>),
    },
  ];
  return columns.filter((x): x is KitColumn<ServerRow> => !!x);
}
