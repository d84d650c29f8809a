import type { TFunction } from 'i18next';
import type { VolumeSnapshot } from '../../../../shared/domain/volume.js';
import type { KitColumn } from '../../kit/columns.js';
import { utcTime } from '../volumes/volume-columns.js';

/** The volume's name where Cinder lists it, else its id (a volume of another project, or gone). */
export const volumeLabel = (s: VolumeSnapshot, volumeNames: Readonly<Record<string, string>>): string => volumeNames[s.volumeId] || s.volumeId;

export function snapshotColumns(t: TFunction, lang: string, volumeNames: Readonly<Record<string, string>>): Array<KitColumn<VolumeSnapshot>> {
  return [
    { id: 'name', value: (s) => s.name || s.id, width: 220, hideable: false },
    { id: 'status', value: (s) => s.status, width: 110 },
    { id: 'size', value: (s) => s.sizeGb, numeric: true, cell: (s) => t('sizeGb', { size: s.sizeGb }), width: 80 },
    { id: 'volume', value: (s) => volumeLabel(s, volumeNames), width: 220 },
    { id: 'created', value: (s) => s.createdAt, cell: (s) => utcTime(s.createdAt).toLocaleString(lang), width: 170 },
    { id: 'id', value: (s) => s.id, cell: (s) => <span className="mono">{s.id}</span>, width: 280, hiddenByDefault: true },
  ];
}
