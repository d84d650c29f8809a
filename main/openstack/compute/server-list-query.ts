import type { ComputeFeature } from '../../../shared/microversion.js';
import { SERVER_SORT_KEYS } from '../../../shared/domain/server.js';
import type { ServerListFilters } from '../../../shared/schemas/server-list.js';
import { validationError } from '../errors.js';
import type { Query } from '../service-client.js';
import { requireFeature } from './feature-gate.js';

/** A schema's output with some times also accepted as Dates: main's own callers (the watcher, launch recovery) hold Dates. */
export type WithDates<T, K extends keyof T> = Omit<T, K> & { [P in K]?: string | Date };

/** `servers.list`'s filters (the schema's output) as ServerManager.list takes them. */
export type ServerListQuery = WithDates<ServerListFilters, 'changesSince' | 'changesBefore'>;

/** Which feature of the one table each version-dependent filter needs. */
const FILTER_FEATURES: Partial<Record<keyof ServerListQuery, ComputeFeature>> = {
  ip6: 'list.filter.ip6',
  tags: 'list.filter.tags',
  tagsAny: 'list.filter.tags',
  notTags: 'list.filter.tags',
  notTagsAny: 'list.filter.tags',
  availabilityZone: 'list.filter.availabilityZone',
  keyName: 'list.filter.keyName',
  locked: 'list.filter.locked',
  changesBefore: 'server.changesBefore',
};

/** Nova parses ISO 8601; whole seconds, because its timestamps are stored to the second. */
export function isoSeconds(t: string | Date): string {
  if (typeof t === 'string') return t;
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const csv = (tags: string[] | undefined) => (tags && tags.length > 0 ? tags.join(',') : undefined);

/**
 * The query string of `GET /servers[/detail]` for these filters at this microversion.
 * A filter the cloud's version lacks is refused, not dropped: Nova would ignore some of
 * them silently and return servers the user filtered out.
 */
export function buildServerListQuery(f: ServerListQuery, microversion: string): Query {
  for (const [key, feature] of Object.entries(FILTER_FEATURES) as Array<[keyof ServerListQuery, ComputeFeature]>) {
    if (f[key] !== undefined) requireFeature(feature, key, microversion);
  }
  if (f.limit !== undefined && (!Number.isInteger(f.limit) || f.limit < 0)) {
    throw validationError('limit', 'must be a whole number, 0 or more');
  }
  const sortKeys: string[] = [];
  const sortDirs: string[] = [];
  for (const s of f.sort ?? []) {
    if (!(SERVER_SORT_KEYS as readonly string[]).includes(s.key)) throw validationError('sort', `unknown sort key ${s.key}`);
    if (s.key === 'locked') requireFeature('list.filter.locked', 'sort', microversion);
    sortKeys.push(s.key);
    // Nova pairs keys and directions by position; its own default direction is desc
    sortDirs.push(s.dir ?? 'desc');
  }
  return {
    name: f.name,
    status: f.status,
    ip: f.ip,
    ip6: f.ip6,
    image: f.image,
    flavor: f.flavor,
    tags: csv(f.tags),
    'tags-any': csv(f.tagsAny),
    'not-tags': csv(f.notTags),
    'not-tags-any': csv(f.notTagsAny),
    availability_zone: f.availabilityZone,
    key_name: f.keyName,
    locked: f.locked,
    // Nova replaces project_id with the caller's own project unless all_tenants is set
    all_tenants: f.allTenants || f.projectId !== undefined ? true : undefined,
    project_id: f.projectId,
    reservation_id: f.reservationId,
    'changes-since': f.changesSince === undefined ? undefined : isoSeconds(f.changesSince),
    'changes-before': f.changesBefore === undefined ? undefined : isoSeconds(f.changesBefore),
    sort_key: sortKeys.length > 0 ? sortKeys : undefined,
    sort_dir: sortDirs.length > 0 ? sortDirs : undefined,
    limit: f.limit,
    marker: f.marker,
  };
}

/** A regular expression matching exactly this name (Nova's `name` filter is a regex). */
export function exactNamePattern(name: string): string {
  return `^${name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}$`;
}
