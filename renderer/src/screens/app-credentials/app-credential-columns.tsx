import type { ApplicationCredential } from '../../../../shared/domain/application-credential.js';
import type { KitColumn } from '../../kit/columns.js';

export function appCredentialColumns(lang: string, never: string, yes: string): Array<KitColumn<ApplicationCredential>> {
  return [
    { id: 'name', value: (c) => c.name, width: 220, hideable: false },
    { id: 'description', value: (c) => c.description, width: 240 },
    { id: 'roles', value: (c) => c.roles.join(', '), width: 160 },
    {
      id: 'expires',
      value: (c) => c.expiresAt,
      cell: (c) => (c.expiresAt ? new Date(c.expiresAt).toLocaleString(lang) : <span className="muted">{never}</span>),
      width: 180,
    },
    { id: 'unrestricted', value: (c) => (c.unrestricted ? yes : ''), width: 110 },
    { id: 'projectId', value: (c) => c.projectId, cell: (c) => <span className="mono">{c.projectId}</span>, width: 280, hiddenByDefault: true },
  ];
}
