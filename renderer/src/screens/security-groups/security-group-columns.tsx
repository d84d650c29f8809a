import type { TFunction } from 'i18next';
import type { SecurityGroup } from '../../../../shared/domain/security-group.js';
import type { KitColumn } from '../../kit/columns.js';
import type { GroupMark } from './group-marks.js';

export function securityGroupColumns(t: TFunction<'securityGroups'>, markOf: (g: SecurityGroup) => GroupMark): Array<KitColumn<SecurityGroup>> {
  return [
    { id: 'name', value: (g) => g.name, width: 220, hideable: false },
    {
      id: 'mark',
      value: (g) => {
        const m = markOf(g);
        return m && t(`mark.${m}`);
      },
      cell: (g) => {
        const m = markOf(g);
        return m ? <span className="kit-chip">{t(`mark.${m}`)}</span> : null;
      },
      width: 110,
    },
    { id: 'description', value: (g) => g.description, width: 280 },
    { id: 'rules', value: (g) => g.rules.length, width: 90, numeric: true },
    { id: 'id', value: (g) => g.id, cell: (g) => <span className="mono">{g.id}</span>, width: 300, hiddenByDefault: true },
  ];
}
