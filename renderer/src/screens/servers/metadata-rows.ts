import { Metadata } from '../../../../shared/schemas/fields.js';

export interface KvRow {
  key: string;
  value: string;
}

export type MetadataProblem = { row: number; problem: 'keyMissing' | 'keyRepeated' | 'tooLong' };

export const toRows = (m: Readonly<Record<string, string>>): KvRow[] => Object.entries(m).map(([key, value]) => ({ key, value }));

/**
 * The editor's rows as Nova metadata, or the first row Nova would refuse (and why). Blank
 * rows (no key, no value) are left out: an added row not filled in is not an error.
 */
export function toMetadata(rows: readonly KvRow[]): { metadata: Record<string, string> } | MetadataProblem {
  const metadata: Record<string, string> = {};
  for (const [i, r] of rows.entries()) {
    const key = r.key.trim();
    if (!key && !r.value) continue;
    if (!key) return { row: i, problem: 'keyMissing' };
    if (key in metadata) return { row: i, problem: 'keyRepeated' };
    if (!Metadata.safeParse({ [key]: r.value }).success) return { row: i, problem: 'tooLong' };
    metadata[key] = r.value;
  }
  return { metadata };
}
