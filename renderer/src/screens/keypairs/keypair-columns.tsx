import type { Keypair } from '../../../../shared/domain/keypair.js';
import type { KitColumn } from '../../kit/columns.js';

/** Columns of the key pair list; `created` is filled in by each key pair's own GET. */
export function keypairColumns(lang: string): Array<KitColumn<Keypair>> {
  return [
    { id: 'name', value: (k) => k.name, width: 220, hideable: false },
    { id: 'type', value: (k) => k.type, width: 70 },
    { id: 'fingerprint', value: (k) => k.fingerprint, cell: (k) => <span className="mono">{k.fingerprint}</span>, width: 340 },
    {
      id: 'created',
      value: (k) => k.createdAt,
      cell: (k) => (k.createdAt ? new Date(k.createdAt).toLocaleString(lang) : <span className="muted">—</span>),
      width: 170,
    },
    { id: 'userId', value: (k) => k.userId, width: 280, hiddenByDefault: true },
  ];
}
