import type { KitColumn } from './columns.js';

/**
 * Export what the table shows: the rows as filtered and sorted, the columns as chosen, in
 * that order, with the headers the user reads. Values are the columns' data, not their cells.
 */

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes. */
function csvField(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  // a leading = + - @ would be run as a formula by spreadsheet apps (CSV injection)
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<Row>(columns: ReadonlyArray<KitColumn<Row>>, rows: readonly Row[], header: (c: KitColumn<Row>) => string): string {
  const lines = [columns.map((c) => csvField(header(c))).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(c.value(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** One object per row, keyed by column id (stable for scripts, whatever the language). */
export function toJson<Row>(columns: ReadonlyArray<KitColumn<Row>>, rows: readonly Row[]): string {
  const out = rows.map((r) => Object.fromEntries(columns.map((c) => [c.id, c.value(r) ?? null])));
  return `${JSON.stringify(out, null, 2)}\n`;
}
