import type { ImageTransferProgress } from '../../../../shared/domain/image.js';
import { formatBytes } from '../../lib/units.js';

/** Seconds as `1:05` or `1:02:03`. */
export function formatEta(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(s).padStart(2, '0')}`;
}

/** A transfer's numbers in words: `120 MiB of 1 GiB`, `35 MiB/s`, `0:25`, and the percentage. */
export function transferFigures(p: Pick<ImageTransferProgress, 'bytes' | 'totalBytes' | 'bytesPerSecond' | 'etaSeconds'>) {
  return {
    done: formatBytes(p.bytes),
    total: formatBytes(p.totalBytes),
    rate: `${formatBytes(p.bytesPerSecond)}/s`,
    eta: formatEta(p.etaSeconds),
    percent: p.totalBytes ? Math.min(100, Math.floor((p.bytes / p.totalBytes) * 100)) : 0,
  };
}
