import type { Server, ServerAddress } from '../../../../shared/domain/server.js';
import { rowKey } from '../../kit/list-store.js';
import { isTransitional } from './server-state.js';

/** One network's addresses on a server, fixed ones first as Horizon and OSC print them. */
export interface AddressGroup {
  network: string;
  fixed: string[];
  floating: string[];
}

/** A profile that sees a server (cross-cloud.ts). */
export interface SeenBy {
  cloud: string;
  cloudName: string;
}

/** A table row: the server plus what the table shows and searches, computed once per change. */
export interface ServerRow {
  /** `cloud/id`: server ids are unique per cloud only */
  key: string;
  /** the profile the row's actions go through */
  cloud: string;
  cloudName: string;
  /** every profile in view that sees this server, `cloud` first; unset when only `cloud` does */
  seenBy?: readonly SeenBy[];
  server: Server;
  addresses: AddressGroup[];
  /** the first address, for sorting by address */
  firstAddress: string;
  flavorName: string;
  /** undefined while the name is being looked up or when Glance does not know it; booted from a volume: the image on the volume */
  imageName: string | undefined;
  bootFromVolume: boolean;
  createdMs: number;
  transitional: boolean;
  /** lower-case text the quick filter matches */
  haystack: string;
}

export interface RowLookups {
  cloudName: string;
  imageNames: Readonly<Record<string, string>>;
  /** flavor id → name, for clouds before compute 2.47 that do not embed the flavor */
  flavorNames: Readonly<Record<string, string>>;
  /** server id → the image name on its boot volume, for servers booted from a volume */
  bootImages?: Readonly<Record<string, string>>;
}

function isFloating(a: ServerAddress): boolean {
  return a.type === 'floating';
}

export function groupAddresses(addresses: Server['addresses']): AddressGroup[] {
  return Object.entries(addresses)
    .map(([network, list]) => ({
      network,
      fixed: list.filter((a) => !isFloating(a)).map((a) => a.addr),
      floating: list.filter(isFloating).map((a) => a.addr),
    }))
    .sort((a, b) => a.network.localeCompare(b.network));
}

export function flavorLabel(s: Server, flavorNames: Readonly<Record<string, string>>): string {
  if (s.flavor.name) return s.flavor.name;
  if (s.flavor.id) return flavorNames[s.flavor.id] ?? s.flavor.id;
  return '';
}

export function toRow(cloud: string, s: Server, l: RowLookups): ServerRow {
  const addresses = groupAddresses(s.addresses);
  const bootFromVolume = s.imageId === '';
  const imageName = (bootFromVolume ? l.bootImages?.[s.id] : l.imageNames[s.imageId]) || undefined;
  const flavorName = flavorLabel(s, l.flavorNames);
  const all = addresses.flatMap((g) => [g.network, ...g.fixed, ...g.floating]);
  const haystack = [
    s.name,
    s.id,
    s.status,
    s.taskState ?? '',
    s.powerState,
    ...all,
    flavorName,
    imageName ?? s.imageId,
    s.keyName ?? '',
    s.availabilityZone ?? '',
    l.cloudName,
    ...s.tags,
  ]
    .join('\n')
    .toLowerCase();
  return {
    key: rowKey(cloud, s.id),
    cloud,
    cloudName: l.cloudName,
    server: s,
    addresses,
    firstAddress: addresses[0]?.fixed[0] ?? addresses[0]?.floating[0] ?? '',
    flavorName,
    imageName,
    bootFromVolume,
    createdMs: Date.parse(s.created) || 0,
    transitional: isTransitional(s),
    haystack,
  };
}

/**
 * The instant quick filter: every whitespace-separated term must appear somewhere in the row
 * (name, id, status, addresses, flavor, image, key, zone, cloud, tags), case-insensitively.
 */
export function quickFilter(rows: readonly ServerRow[], query: string): readonly ServerRow[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return rows;
  return rows.filter((r) => terms.every((t) => r.haystack.includes(t)));
}

/** What `rowsInView` needs of each cloud's list and lookups (the stores' shapes). */
export interface RowSources {
  lists: Readonly<Record<string, { items: readonly Server[] } | undefined>>;
  imageNames: Readonly<Record<string, Readonly<Record<string, string>>>>;
  flavorNames: Readonly<Record<string, Readonly<Record<string, string>>>>;
  bootImages?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The table's rows: every server of every cloud in view, in the order of the clouds. */
export function rowsInView(clouds: ReadonlyArray<{ id: string; name: string }>, src: RowSources): ServerRow[] {
  return clouds.flatMap(({ id, name }) => {
    const lookups = { cloudName: name, imageNames: src.imageNames[id] ?? {}, flavorNames: src.flavorNames[id] ?? {}, bootImages: src.bootImages?.[id] ?? {} };
    return (src.lists[id]?.items ?? []).map((s) => toRow(id, s, lookups));
  });
}
