import { create } from 'zustand';
import type { Server } from '../../../../shared/domain/server.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { bootImageNames } from './boot-volume.js';
import { EMPTY_FILTERS, type FilterForm } from './server-filters.js';

/**
 * What the servers screen keeps beside its lists (`servers-store.ts`): the filter bar, shared
 * by every cloud in view, the names of the images and flavors the rows show by id (and of the
 * images on the boot volumes of servers booted from a volume), and each
 * cloud's negotiated compute version (which filters it takes).
 */

export type MicroversionInfo = { state: 'loading' } | { state: 'known'; version: string } | { state: 'unknown'; error?: SerializedError };

export interface ServersView {
  filters: FilterForm;
  /** per cloud: image id → name ('' when Glance does not know it) */
  imageNames: Record<string, Record<string, string>>;
  /** per cloud: flavor id → name, only for clouds below compute 2.47 */
  flavorNames: Record<string, Record<string, string>>;
  /** per cloud: id of a server booted from a volume → the image name on that volume ('' when none) */
  bootImages: Record<string, Record<string, string>>;
  microversions: Record<string, MicroversionInfo>;
  setFilters(f: FilterForm): void;
  /** names for the images and flavors these servers show and nobody has asked about yet */
  resolveNames(cloud: string, servers: readonly Server[]): Promise<void>;
  loadMicroversion(cloud: string): Promise<void>;
}

/** The cloud's negotiated compute version, once known: what the action table's version checks read. */
export function knownVersion(cloud: string): string | undefined {
  const info = useServersView.getState().microversions[cloud];
  return info?.state === 'known' ? info.version : undefined;
}

/** The volume list each cloud is being asked for: servers arriving meanwhile wait for the next list. */
const bootLookups = new Map<string, Promise<void>>();

/** Glance takes this many ids in one `images.namesByIds` call. */
const NAMES_CHUNK = 5000;

export const useServersView = create<ServersView>()((set, get) => ({
  filters: EMPTY_FILTERS,
  imageNames: {},
  flavorNames: {},
  bootImages: {},
  microversions: {},

  setFilters(filters) {
    set({ filters });
  },

  async resolveNames(cloud, servers) {
    const known = get().imageNames[cloud] ?? {};
    const ids = [...new Set(servers.map((s) => s.imageId).filter((id) => id && !(id in known)))];
    // settled ones only: a building server's boot volume may not be attached yet
    const knownBoot = get().bootImages[cloud] ?? {};
    const volumeBacked = servers.filter((s) => s.imageId === '' && s.status !== 'BUILD' && !(s.id in knownBoot)).map((s) => s.id);
    const flavorless = servers.some((s) => !s.flavor.name && s.flavor.id && !(s.flavor.id in (get().flavorNames[cloud] ?? {})));
    const work: Array<Promise<void>> = [];
    for (let i = 0; i < ids.length; i += NAMES_CHUNK) {
      const chunk = ids.slice(i, i + NAMES_CHUNK);
      work.push(
        api.invoke('images.namesByIds', { cloud, ids: chunk }).then((r) => {
          // a failed lookup leaves ids showing: the list itself is what matters
          if (!r.ok) return;
          const names: Record<string, string> = {};
          for (const id of chunk) names[id] = r.value[id] ?? '';
          set((st) => ({ imageNames: { ...st.imageNames, [cloud]: { ...st.imageNames[cloud], ...names } } }));
        }),
      );
    }
    if (volumeBacked.length > 0 && !bootLookups.has(cloud)) {
      // one volume list for the whole page, not a request per server
      const asking = api.invoke('volumes.list', { cloud }).then((r) => {
        if (!r.ok) return;
        const names = bootImageNames(r.value, volumeBacked);
        set((st) => ({ bootImages: { ...st.bootImages, [cloud]: { ...st.bootImages[cloud], ...names } } }));
      });
      bootLookups.set(cloud, asking);
      work.push(asking.finally(() => bootLookups.delete(cloud)));
    }
    if (flavorless) {
      work.push(
        api.invoke('flavors.list', { cloud }).then((r) => {
          if (!r.ok) return;
          const names = Object.fromEntries(r.value.map((f) => [f.id, f.name]));
          set((st) => ({ flavorNames: { ...st.flavorNames, [cloud]: { ...st.flavorNames[cloud], ...names } } }));
        }),
      );
    }
    await Promise.all(work);
  },

  async loadMicroversion(cloud) {
    const cur = get().microversions[cloud];
    if (cur && cur.state !== 'unknown') return;
    set((st) => ({ microversions: { ...st.microversions, [cloud]: { state: 'loading' } } }));
    // what the cloud's client negotiated, without a fresh login
    const r = await api.invoke('clouds.computeVersion', { cloud });
    const info: MicroversionInfo = r.ok ? { state: 'known', version: r.value.negotiated } : { state: 'unknown', error: r.error };
    set((st) => ({ microversions: { ...st.microversions, [cloud]: info } }));
  },
}));
