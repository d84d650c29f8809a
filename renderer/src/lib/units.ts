/**
 * Sizes as Nova and Glance count them: binary units (1 GiB = 1024 MiB), written MiB / GiB /
 * TiB everywhere (servers, launch, quotas), never "MB" for a mebibyte. The unit symbols are
 * the same in every language the app speaks, so they are not translated.
 */

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/** A size in its largest unit: "512 MiB", "1.5 GiB", "20 GiB" (one decimal below 10). */
export function formatBytes(n: number | undefined): string {
  if (n === undefined) return '—';
  let v = n;
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 10 || u === 0 ? Math.round(v) : Number(v.toFixed(1))} ${UNITS[u]}`;
}

/** Memory (flavor RAM, swap, RAM quota) given in MiB: whole GiB as GiB, the rest exact in MiB. */
export function formatMiB(n: number): string {
  return n >= 1024 && n % 1024 === 0 ? `${(n / 1024).toLocaleString()} GiB` : `${n.toLocaleString()} MiB`;
}

/** Disk (flavor root and ephemeral disk, volume quota) given in GiB: whole TiB as TiB. */
export function formatGiB(n: number): string {
  return n >= 1024 && n % 1024 === 0 ? `${(n / 1024).toLocaleString()} TiB` : `${n.toLocaleString()} GiB`;
}
