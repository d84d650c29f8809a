import type { TFunction } from 'i18next';
import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import type { KitColumn } from '../../kit/columns.js';
import { ServerNameLink } from '../server-groups/ServerNameLink.js';
import { fipView } from './floating-ip-rules.js';

export interface FipLookups {
  /** external network id → name */
  networkNames: Readonly<Record<string, string>>;
  /** server id → name; null: gone or not visible */
  serverNames: Readonly<Record<string, string | null>>;
}

/** Neutron's status in the user's words; a word a newer Neutron adds shows as it is. */
export const fipStatusText = (t: TFunction<'floatingIps'>, status: string) => t(`status.${status.toUpperCase()}`, { defaultValue: status });

/** The server a floating IP points at, a link to its row on the servers screen (as a server group's members are). */
export function ServerLink({ t, f, names }: { t: TFunction<'floatingIps'>; f: FloatingIp; names: FipLookups['serverNames'] }) {
  const v = fipView(f, {});
  if (!v.serverId) return v.otherOwner ? <span className="muted">{v.otherOwner}</span> : <span className="muted">—</span>;
  const name = names[v.serverId];
  if (name === undefined) return <span className="muted mono">{v.serverId}</span>;
  if (name === null) return <span className="muted">{t('serverGone')}</span>;
  return <ServerNameLink name={name} />;
}

export function floatingIpColumns(t: TFunction<'floatingIps'>, { networkNames, serverNames }: FipLookups): Array<KitColumn<FloatingIp>> {
  const view = (f: FloatingIp) => fipView(f, networkNames);
  const serverOf = (f: FloatingIp) => {
    const v = view(f);
    return v.serverId ? (serverNames[v.serverId] ?? v.serverId) : v.otherOwner;
  };
  return [
    { id: 'address', value: (f) => f.floatingIpAddress, cell: (f) => <span className="mono">{f.floatingIpAddress}</span>, width: 150, hideable: false },
    { id: 'pool', value: (f) => view(f).pool, width: 140 },
    { id: 'fixedIp', value: (f) => f.fixedIpAddress, cell: (f) => (f.fixedIpAddress ? <span className="mono">{f.fixedIpAddress}</span> : <span className="muted">—</span>), width: 150 },
    { id: 'server', value: serverOf, cell: (f) => <ServerLink t={t} f={f} names={serverNames} />, width: 200 },
    {
      id: 'port',
      value: (f) => f.portId,
      cell: (f) => (f.portId ? <span className="mono">{f.port?.name || f.portId}</span> : <span className="muted">—</span>),
      width: 220,
    },
    { id: 'status', value: (f) => f.status, cell: (f) => fipStatusText(t, f.status), width: 100 },
    { id: 'description', value: (f) => f.description || undefined, width: 200, hiddenByDefault: true },
    { id: 'id', value: (f) => f.id, cell: (f) => <span className="mono">{f.id}</span>, width: 300, hiddenByDefault: true },
  ];
}
