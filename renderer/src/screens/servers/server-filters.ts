import type { Server } from '../../../../shared/domain/server.js';
import { supports, type ComputeFeature } from '../../../../shared/microversion.js';
import type { InputOf } from '../../../../shared/ipc/types.js';

/** The server-side filter bar as the user typed it: text everywhere, '' for unset. */
export interface FilterForm {
  name: string;
  status: string;
  ip: string;
  image: string;
  flavor: string;
  /** comma-separated; the server must have all of them */
  tags: string;
}

export const EMPTY_FILTERS: FilterForm = { name: '', status: '', ip: '', image: '', flavor: '', tags: '' };

/** `servers.list` input without the cloud: what one filter form asks of every cloud. */
export type ListFilters = Omit<InputOf<'servers.list'>, 'cloud'>;

/** Statuses offered in the status filter (Nova's list, api-ref servers.inc). */
export const FILTER_STATUSES = [
  'ACTIVE',
  'BUILD',
  'ERROR',
  'HARD_REBOOT',
  'MIGRATING',
  'PAUSED',
  'REBOOT',
  'REBUILD',
  'RESCUE',
  'RESIZE',
  'REVERT_RESIZE',
  'SHELVED',
  'SHELVED_OFFLOADED',
  'SHUTOFF',
  'SOFT_DELETED',
  'SUSPENDED',
  'VERIFY_RESIZE',
] as const;

/** Filters that need more than compute 2.1, with the feature that gates each. */
export const GATED_FILTERS = { tags: 'list.filter.tags', ip6: 'list.filter.ip6' } as const satisfies Record<string, ComputeFeature>;
export type GatedFilter = keyof typeof GATED_FILTERS;

/**
 * Whether the cloud takes a gated filter: true/false when its negotiated version is known,
 * undefined when not (then the filter is offered and a refusal is shown as it comes).
 */
export function filterSupported(filter: GatedFilter, negotiated: string | undefined): boolean | undefined {
  if (!negotiated) return undefined;
  return supports(GATED_FILTERS[filter], negotiated);
}

export type FilterProblem = 'tagInvalid' | 'tooManyTags';

/**
 * The `servers.list` filters for a form. An address with a colon is an IPv6 one (Nova's `ip`
 * filter only looks at IPv4, `ip6` at IPv6).
 */
export function toListFilters(f: FilterForm): { filters: ListFilters; problems: Partial<Record<keyof FilterForm, FilterProblem>> } {
  const filters: ListFilters = {};
  const problems: Partial<Record<keyof FilterForm, FilterProblem>> = {};
  const name = f.name.trim();
  if (name) filters.name = name;
  if (f.status) filters.status = f.status;
  const ip = f.ip.trim();
  if (ip) {
    if (ip.includes(':')) filters.ip6 = ip;
    else filters.ip = ip;
  }
  if (f.image) filters.image = f.image;
  if (f.flavor) filters.flavor = f.flavor;
  const tags = f.tags
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (tags.length > 50) problems.tags = 'tooManyTags';
  else if (tags.some((t) => t.includes('/') || t.length > 60)) problems.tags = 'tagInvalid';
  else if (tags.length > 0) filters.tags = tags;
  return { filters, problems };
}

/** A stable key for a filter set: lists fetched with different filters are different lists. */
export function filtersKey(f: ListFilters): string {
  return JSON.stringify(Object.fromEntries(Object.entries(f).sort(([a], [b]) => a.localeCompare(b))));
}

export function activeFilterCount(f: FilterForm): number {
  return Object.values(f).filter((v) => v.trim() !== '').length;
}

export function hasFilters(f: ListFilters): boolean {
  return Object.values(f).some((v) => v !== undefined);
}

/**
 * Whether a server Nova reported as changed belongs in a list fetched with these filters:
 * true, false, or undefined when the renderer cannot tell (an embedded flavor has no id).
 * Mirrors Nova closely enough for live updates; the next full load is the authority.
 */
export function matchesFilters(s: Server, f: ListFilters): boolean | undefined {
  if (f.status !== undefined && s.status.toUpperCase() !== f.status.toUpperCase()) return false;
  if (f.name !== undefined) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(f.name);
    } catch {
      re = undefined;
    }
    if (re ? !re.test(s.name) : !s.name.includes(f.name)) return false;
  }
  const addresses = Object.values(s.addresses).flat();
  if (f.ip !== undefined && !addresses.some((a) => a.version === 4 && a.addr.includes(f.ip!))) return false;
  if (f.ip6 !== undefined && !addresses.some((a) => a.version === 6 && a.addr.includes(f.ip6!))) return false;
  if (f.image !== undefined && s.imageId !== f.image) return false;
  if (f.tags !== undefined && !f.tags.every((t) => s.tags.includes(t))) return false;
  if (f.flavor !== undefined) {
    if (s.flavor.id === undefined) return undefined;
    if (s.flavor.id !== f.flavor) return false;
  }
  return true;
}
