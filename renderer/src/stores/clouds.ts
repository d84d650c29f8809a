import { create } from 'zustand';
import type { CloudStatus, ProfileView } from '../../../shared/schemas/profile.js';
import { api, call } from '../lib/api.js';

/**
 * Which clouds exist, which one is current, and how each is doing. Every screen reads the
 * current cloud from here; the profile list and statuses come from main (never a secret).
 */
/** What a cloud is called on screen: its label, else its profile name. */
export function cloudLabel(p: Pick<ProfileView, 'label' | 'name'>): string {
  return p.label.trim() || p.name;
}

export interface CloudsState {
  profiles: ProfileView[];
  currentId: string | undefined;
  allClouds: boolean;
  statuses: Record<string, CloudStatus>;
  setCurrent(id: string): void;
  setAllClouds(on: boolean): void;
  load(): Promise<void>;
}

const CURRENT_KEY = 'novadesk.currentCloud';
const ALL_KEY = 'novadesk.allClouds';

function readStorage(key: string): string | undefined {
  try {
    return globalThis.localStorage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // storage can be unavailable (private mode, tests); the choice then lasts for the run
  }
}

/** Keep the current cloud when it still exists, else the remembered one, else the first. */
export function pickCurrent(profiles: ProfileView[], current: string | undefined, remembered: string | undefined): string | undefined {
  const ids = new Set(profiles.map((p) => p.id));
  if (current && ids.has(current)) return current;
  if (remembered && ids.has(remembered)) return remembered;
  return profiles[0]?.id;
}

export const useClouds = create<CloudsState>()((set, get) => ({
  profiles: [],
  currentId: undefined,
  allClouds: readStorage(ALL_KEY) === 'true',
  statuses: {},
  setCurrent(id) {
    if (!get().profiles.some((p) => p.id === id)) return;
    writeStorage(CURRENT_KEY, id);
    set({ currentId: id });
  },
  setAllClouds(on) {
    writeStorage(ALL_KEY, String(on));
    set({ allClouds: on });
  },
  async load() {
    const [profiles, statuses] = await Promise.all([
      call('profiles.list', {}),
      // statuses are nice to have: a failure here must not hide the profiles
      call('clouds.statuses', {}).catch(() => [] as CloudStatus[]),
    ]);
    const byId: Record<string, CloudStatus> = { ...get().statuses };
    for (const s of statuses) byId[s.profileId] = s;
    const currentId = pickCurrent(profiles, get().currentId, readStorage(CURRENT_KEY));
    if (currentId) writeStorage(CURRENT_KEY, currentId);
    set({ profiles, statuses: byId, currentId });
  },
}));

/** The current profile, or undefined while loading / when there is none. */
export function useCurrentProfile(): ProfileView | undefined {
  return useClouds((s) => s.profiles.find((p) => p.id === s.currentId));
}

let subscribed = false;

/**
 * Follow main: status changes update one entry; profile changes reload the list. Called once
 * by the app shell; returns the unsubscribe.
 */
export function subscribeClouds(): () => void {
  if (subscribed) return () => {};
  subscribed = true;
  const offStatus = api.on('clouds.status', (s) => {
    useClouds.setState((st) => ({ statuses: { ...st.statuses, [s.profileId]: s } }));
  });
  const offProfiles = api.on('profiles.changed', () => {
    void useClouds.getState().load().catch(() => {});
  });
  return () => {
    subscribed = false;
    offStatus();
    offProfiles();
  };
}
