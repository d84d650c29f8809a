import type { TFunction } from 'i18next';
import type { Volume } from '../../../../shared/domain/volume.js';
import type { KitColumn } from '../../kit/columns.js';

/** Cinder's times carry no zone: they are UTC. */
export const utcTime = (s: string): Date => new Date(/(Z|[+-]\d\d:?\d\d)$/i.test(s) ? s : `${s}Z`);

/** The servers a volume is attached to, by id (Cinder names no server). */
export const attachedTo = (v: Volume): string => v.attachments.map((a) => a.serverId).join(', ');

export function volumeColumns(t: TFunction, lang: string): Array<KitColumn<Volume>> {
  return [
    { id: 'name', value: (v) => v.name || v.id, width: 220, hideable: false },
    { id: 'status', value: (v) => v.status, width: 110 },
    { id: 'size', value: (v) => v.sizeGb, numeric: true, cell: (v) => t('sizeGb', { size: v.sizeGb }), width: 80 },
    { id: 'type', value: (v) => v.volumeType ?? '', width: 120 },
    { id: 'bootable', value: (v) => (v.bootable ? t('yes') : t('no')), width: 80 },
    { id: 'attachedTo', value: attachedTo, cell: (v) => <span className="mono">{attachedTo(v)}</span>, width: 300 },
    { id: 'image', value: (v) => v.imageMetadata.image_name ?? '', width: 160 },
    { id: 'created', value: (v) => v.createdAt, cell: (v) => utcTime(v.createdAt).toLocaleString(lang), width: 170, hiddenByDefault: true },
    { id: 'id', value: (v) => v.id, cell: (v) => <span className="mono">{v.id}</span>, width: 280, hiddenByDefault: true },
  ];
}
