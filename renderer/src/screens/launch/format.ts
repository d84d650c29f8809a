/** Small display helpers for the launch screen. */

// one size formatter for the whole app (servers, launch, quotas)
export { formatBytes as bytes, formatMiB as mb } from '../../lib/units.js';

export const limitText = (n: number | null) => (n === null ? '∞' : n.toLocaleString());

/** Case-insensitive match of a filter against any of the texts. */
export function matches(filter: string, ...texts: Array<string | undefined>): boolean {
  const f = filter.trim().toLowerCase();
  if (!f) return true;
  return texts.some((t) => t?.toLowerCase().includes(f));
}

/** A long table renders this many rows; the filter narrows the rest. */
export const ROW_LIMIT = 300;
