import type { TFunction } from 'i18next';
import type { SerializedError } from '../../../../shared/errors.js';

/** Largest whole unit, kubectl style ("3d", "5h", "12m", "40s"): dense and comparable at a glance. */
export function ageParts(ms: number): { unit: 'd' | 'h' | 'm' | 's'; n: number } {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s >= 86_400) return { unit: 'd', n: Math.floor(s / 86_400) };
  if (s >= 3600) return { unit: 'h', n: Math.floor(s / 3600) };
  if (s >= 60) return { unit: 'm', n: Math.floor(s / 60) };
  return { unit: 's', n: s };
}

export function formatAge(t: TFunction<'servers'>, createdMs: number, now: number): string {
  if (!createdMs) return '';
  const { unit, n } = ageParts(now - createdMs);
  return t(`age.${unit}`, { n });
}

export function formatTime(iso: string | undefined, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang);
}

/** Kinds that mean "cannot reach the cloud" rather than "the cloud said no". */
const UNREACHABLE = new Set(['network', 'timeout', 'endpoint_not_found', 'server_error', 'auth_failed', 'secret_unavailable']);

export function isUnreachable(e: SerializedError | undefined): boolean {
  return !!e && UNREACHABLE.has(e.kind);
}
