/** The columns a user can show or hide, in display order; `select` and `actions` always show. */
export const COLUMN_IDS = [
  'name',
  'status',
  'addresses',
  'flavor',
  'image',
  'keyName',
  'availabilityZone',
  'age',
  'cloud',
  'id',
  'tags',
  'locked',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** Shown until the user chooses otherwise; the rest are one click away in the chooser. */
export const DEFAULT_HIDDEN: readonly ColumnId[] = ['id', 'tags', 'locked'];

const KEY = 'novadesk.servers.hiddenColumns';

/** Hidden columns from localStorage (Lens keeps `hiddenTableColumns` the same way). */
export function loadHiddenColumns(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ColumnId[] {
  try {
    const raw = storage?.getItem(KEY);
    if (raw == null) return [...DEFAULT_HIDDEN];
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [...DEFAULT_HIDDEN];
    // ids from an older version that no longer exist are dropped, not kept forever
    return parsed.filter((c): c is ColumnId => (COLUMN_IDS as readonly string[]).includes(c as string));
  } catch {
    return [...DEFAULT_HIDDEN];
  }
}

export function saveHiddenColumns(hidden: readonly ColumnId[], storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(hidden));
  } catch {
    // no storage: the choice lasts for the run
  }
}
