import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import { createListStore } from '../../kit/list-store.js';
import { request } from '../../kit/request.js';

/**
 * A re-read floating IP replaces its row whole: an address taken off its port answers with
 * no port, fixed IP or port details (undefined), which the kit's default merge would read as
 * "left out" and keep from the old row.
 */
export function replaceFloatingIps(items: readonly FloatingIp[], changed: readonly FloatingIp[], removed: readonly string[]): FloatingIp[] {
  if (changed.length === 0 && removed.length === 0) return items as FloatingIp[];
  const fresh = new Map(changed.map((f) => [f.id, f]));
  const gone = new Set(removed);
  const kept = items.filter((f) => !gone.has(f.id)).map((f) => fresh.get(f.id) ?? f);
  const known = new Set(items.map((f) => f.id));
  return [...kept, ...changed.filter((f) => !known.has(f.id) && !gone.has(f.id))];
}

/** The floating IP lists, per cloud (Neutron's list has everything a row shows, `port_details` included). */
export const useFloatingIps = createListStore<FloatingIp>({
  list: request('floatingIps.list', (cloud: string) => ({ cloud })),
  get: request('floatingIps.get', (cloud: string, id: string) => ({ cloud, id })),
  idOf: (f) => f.id,
  merge: replaceFloatingIps,
});
