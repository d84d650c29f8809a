/** Small display helpers for the launch screen. */

export function bytes(n: number | undefined): string {
  if (n === undefined) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 10 || u === 0 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

export function mb(n: number): string {
  return n >= 1024 && n % 1024 === 0 ? `${n / 1024} GiB` : `${n.toLocaleString()} MiB`;
}

export const limitText = (n: number | null) => (n === null ? '∞' : n.toLocaleString());

/** Case-insensitive match of a filter against any of the texts. */
export function matches(filter: string, ...texts: Array<string | undefined>): boolean {
  const f = filter.trim().toLowerCase();
  if (!f) return true;
  return texts.some((t) => t?.toLowerCase().includes(f));
}

/** A long table renders this many rows; the filter narrows the rest. */
export const ROW_LIMIT = 300;
