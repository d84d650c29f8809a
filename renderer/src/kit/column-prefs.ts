/** Hidden columns per resource, kept in localStorage so the choice survives a restart. */
const key = (ns: string) => `novadesk.columns.${ns}`;

export function loadHidden(ns: string, fallback: string[]): string[] {
  try {
    const raw = globalThis.localStorage?.getItem(key(ns));
    const v: unknown = raw ? JSON.parse(raw) : undefined;
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : fallback;
  } catch {
    return fallback;
  }
}

export function saveHidden(ns: string, hidden: readonly string[]): void {
  try {
    globalThis.localStorage?.setItem(key(ns), JSON.stringify(hidden));
  } catch {
    // no storage: the choice lasts for the run
  }
}
