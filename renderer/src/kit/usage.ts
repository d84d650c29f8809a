import type { NetworkQuota } from '../../../shared/domain/network-quota.js';
import type { QuotaUsage } from '../../../shared/domain/quota.js';

/**
 * Quota usage as every screen reads it (the launch wizard's fit panel, the project overview):
 * one shape for Nova's, Cinder's and Neutron's answers, and one rule for when a quota is
 * nearly or wholly used.
 */

/** One quota: `max: null` is unlimited. */
export interface Usage {
  used: number;
  max: number | null;
}

// Horizon treats a negative count (seen on some clouds) as 0.
export const count = (n: number | undefined): number => Math.max(0, n ?? 0);

/** What the quota still allows; never below 0, infinite when unlimited. */
export const left = (u: Usage): number => (u.max === null ? Number.POSITIVE_INFINITY : Math.max(0, u.max - u.used));

/**
 * The room left for sorting: negative when over quota (an overdrawn cloud sorts below a full
 * one), infinite when unlimited.
 */
export const room = (u: Usage): number => (u.max === null ? Number.POSITIVE_INFINITY : u.max - u.used);

/** Nova's and Cinder's quota detail (`{limit, in_use, reserved}`, -1 already null); reserved counts as used. */
export function fromQuota(q: QuotaUsage | undefined): Usage | undefined {
  return q && { used: count(q.inUse) + count(q.reserved), max: q.limit };
}

/** Neutron's quota details: its -1 arrives as `limit: undefined`; reserved counts as used. */
export function fromNeutron(q: NetworkQuota | undefined, name: string): Usage | undefined {
  const u = q?.[name];
  return u ? { used: count(u.used) + count(u.reserved), max: u.limit ?? null } : undefined;
}

/** `warn` from this share of the quota on (Horizon and Skyline colour a bar from 80 %). */
export const WARN_SHARE = 0.8;

export type UsageLevel = 'ok' | 'warn' | 'full' | 'over';

export function usageLevel(u: Usage): UsageLevel {
  if (u.max === null) return 'ok';
  if (u.used > u.max) return 'over';
  if (u.used === u.max) return 'full';
  return u.used >= WARN_SHARE * u.max ? 'warn' : 'ok';
}

/** The theme tone (theme.css) a level is drawn in. */
export const LEVEL_TONE: Record<UsageLevel, 'ok' | 'warn' | 'danger'> = { ok: 'ok', warn: 'warn', full: 'danger', over: 'danger' };

/** Percent of the quota `n` is, for a bar's width: 0–100; 0 when unlimited, all of it when the quota is 0. */
export function percentOf(n: number, max: number | null): number {
  if (max === null) return 0;
  return max === 0 ? 100 : Math.min(100, (n / max) * 100);
}
