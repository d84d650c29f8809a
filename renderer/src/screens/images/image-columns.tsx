import type { TFunction } from 'i18next';
import type { Image } from '../../../../shared/domain/image.js';
import type { KitColumn } from '../../kit/columns.js';
import { formatBytes } from '../../lib/units.js';

/** Columns of the image list. */
export function imageColumns(t: TFunction, lang: string): Array<KitColumn<Image>> {
  return [
    { id: 'name', value: (i) => i.name ?? i.id, width: 260, hideable: false },
    { id: 'status', value: (i) => i.status, cell: (i) => <span className={`kit-chip ${statusTone(i.status)}`}>{t(`status.${i.status}`, { defaultValue: i.status })}</span>, width: 110 },
    { id: 'visibility', value: (i) => i.visibility, cell: (i) => t(`visibility.${i.visibility}`), width: 100 },
    { id: 'diskFormat', value: (i) => i.diskFormat, width: 90 },
    { id: 'containerFormat', value: (i) => i.containerFormat, width: 90, hiddenByDefault: true },
    { id: 'size', value: (i) => i.sizeBytes, cell: (i) => formatBytes(i.sizeBytes), width: 100, numeric: true },
    { id: 'protected', value: (i) => (i.protected ? t('yes') : ''), width: 90 },
    { id: 'created', value: (i) => i.createdAt, cell: (i) => new Date(i.createdAt).toLocaleString(lang), width: 170 },
    { id: 'owner', value: (i) => i.owner, width: 280, hiddenByDefault: true },
    { id: 'id', value: (i) => i.id, cell: (i) => <span className="mono">{i.id}</span>, width: 290, hiddenByDefault: true },
  ];
}

function statusTone(status: string): string {
  if (status === 'active') return 'ok';
  if (status === 'killed' || status === 'deactivated') return 'danger';
  return 'info';
}
