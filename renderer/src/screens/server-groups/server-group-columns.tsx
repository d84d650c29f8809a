import type { TFunction } from 'i18next';
import type { ServerGroup } from '../../../../shared/domain/server-group.js';
import type { KitColumn } from '../../kit/columns.js';

export function serverGroupColumns(t: TFunction<'serverGroups'>): Array<KitColumn<ServerGroup>> {
  return [
    { id: 'name', value: (g) => g.name, width: 220, hideable: false },
    // a policy a newer Nova adds still shows, as Nova names it
    { id: 'policy', value: (g) => g.policy, cell: (g) => t(`policy.${g.policy}`, { defaultValue: g.policy }), width: 150 },
    {
      id: 'rules',
      value: (g) => (g.maxServerPerHost === undefined ? undefined : g.maxServerPerHost),
      cell: (g) => (g.maxServerPerHost === undefined ? <span className="muted">—</span> : t('maxPerHost', { n: g.maxServerPerHost })),
      width: 170,
      numeric: true,
    },
    { id: 'members', value: (g) => g.members.length, width: 100, numeric: true },
    { id: 'id', value: (g) => g.id, cell: (g) => <span className="mono">{g.id}</span>, width: 300, hiddenByDefault: true },
  ];
}
