import type { TFunction } from 'i18next';
import { formatGiB, formatMiB } from '../../lib/units.js';
import { usageLevel, type Usage } from '../../kit/usage.js';
import type { UsageUnit } from './overview-rows.js';

/** An amount in the resource's unit: RAM in MiB/GiB, volume gigabytes in GiB/TiB, counts as numbers. */
export function amount(n: number, unit: UsageUnit): string {
  if (unit === 'mb') return formatMiB(n);
  if (unit === 'gb') return formatGiB(n);
  return n.toLocaleString();
}

/** A row's words: "3 of 10 used", "3 used · unlimited", "12 of 10 used · over quota". */
export function usageText(t: TFunction, u: Usage, unit: UsageUnit): string {
  const used = amount(u.used, unit);
  if (u.max === null) return t('overview:usage.unlimited', { used });
  const text = t('overview:usage.of', { used, max: amount(u.max, unit) });
  return usageLevel(u) === 'over' ? `${text} · ${t('overview:usage.over')}` : text;
}

/** A table cell's words: "3 / 10", "3 / unlimited". */
export function cellText(t: TFunction, u: Usage, unit: UsageUnit): string {
  return t('overview:usage.cell', { used: amount(u.used, unit), max: u.max === null ? t('overview:usage.unlimitedShort') : amount(u.max, unit) });
}
