import { create } from 'zustand';
import type { CloudScopes } from '../../../shared/domain/scope.js';
import { parseScopeId, profileOf } from '../../../shared/ipc/scope-id.js';
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

/**
 * A profile as one of its project/region scopes (shared/ipc/scope-id.ts): the same settings
 * under the scope's cloud id, its region, and a label naming the project, so every place that
 * shows a cloud (switcher, list column, all-clouds view) shows the scope with no code of its own.
 */
export function scopeView(p: ProfileView, cloud: string, projectNames: Record<string, string>): ProfileView {
  const ref = parseScopeId(cloud);
  if (!ref || cloud === p.id) return p;
  const project = ref.projectId ? (projectNames[ref.projectId] ?? ref.projectId) : undefined;
  const region = ref.region ?? p.region;
  return { ...p, id: cloud, label: project ? `${cloudLabel(p)} · ${project}` : cloudLabel(p), ...(region ? { region } : {}) };
}

export interface CloudsState {
  profiles: ProfileView[];
  /** a profile id or a scope id (profile~project~region) */
  currentId: string | undefined;
  allClouds: boolean;
  statuses: Record<string, CloudStatus>;
  /** the scope ids beyond the profiles' own that were opened: the all-clouds view shows them too */
  opened: string[];
  /** per cloud id, where its token is scoped and which projects and regions it can switch to */
  scopes: Record<string, CloudScopes>;
  /** project id → name, from every scopes answer */
  projectNames: Record<string, string>;
  setCurrent(id: string): void;
  loadScopes(cloud: string): Promise<CloudScopes | undefined>;
  setAllClouds(on: boolean): void;
  load(): Promise<void>;
}

const CURRENT_KEY = 'novadesk.currentCloud';
const ALL_KEY = 'novadesk.allClouds';
const OPENED_KEY = 'novadesk.openedScopes';

function readOpened(): string[] {
  try {
    const v: unknown = JSON.parse(readStorage(OPENED_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && parseScopeId(x) !== undefined) : [];
  } catch {
    return [];
  }
}

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

/** The cloud the app showed last (it may since have been removed). */
export const rememberedCloud = (): string | undefined => readStorage(CURRENT_KEY);

/** Keep the current cloud when it still exists, else the remembered one, else the first. */
export function pickCurrent(profiles: ProfileView[], current: string | undefined, remembered: string | undefined): string | undefined {
  const ids = new Set(profiles.map((p) => p.id));
  if (current && ids.has(profileOf(current))) return current;
  if (remembered && ids.has(profileOf(remembered))) return remembered;
  return profiles[0]?.id;
}

export const useClouds = create<CloudsState>()((set, get) => ({
  profiles: [],
  currentId: undefined,
  allClouds: readStorage(ALL_KEY) === 'true',
  statuses: {},
  opened: readOpened(),
  scopes: {},
  projectNames: {},
  setCurrent(id) {
    if (!get().profiles.some((p) => p.id === profileOf(id))) return;
    writeStorage(CURRENT_KEY, id);
    const opened = id === profileOf(id) || get().opened.includes(id) ? get().opened : [...get().opened, id];
    writeStorage(OPENED_KEY, JSON.stringify(opened));
    set({ currentId: id, opened });
  },
  async loadScopes(cloud) {
    const r = await api.invoke('clouds.scopes', { cloud });
    if (!r.ok) return undefined;
    const names = Object.fromEntries(r.value.projects.map((p) => [p.id, p.name]));
    set((s) => ({ scopes: { ...s.scopes, [cloud]: r.value }, projectNames: { ...s.projectNames, ...names } }));
    return r.value;
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
    // a removed profile takes its scopes with it
    const kept = new Set(profiles.map((p) => p.id));
    const opened = get().opened.filter((id) => kept.has(profileOf(id)));
    writeStorage(OPENED_KEY, JSON.stringify(opened));
    set({ profiles, statuses: byId, currentId, opened });
  },
}));

/** The current profile, or undefined while loading / when there is none. */
export function useCurrentProfile(): ProfileView | undefined {
  return useClouds((s) => (s.currentId ? s.profiles.find((p) => p.id === profileOf(s.currentId!)) : undefined));
}

/** Every cloud id with its view: each profile, then the scopes opened beyond them. */
export function cloudViews(s: Pick<CloudsState, 'profiles' | 'opened' | 'projectNames'>): ProfileView[] {
  const byId = new Map(s.profiles.map((p) => [p.id, p]));
  const scoped = s.opened.flatMap((id) => {
    const p = byId.get(profileOf(id));
    return p ? [scopeView(p, id, s.projectNames)] : [];
  });
  return [...s.profiles, ...scoped];
}

/**
 * Every cloud open this run, as the all-clouds views show them: each profile, each scope
 * opened of one, and the current cloud when it is a scope not yet among them.
 */
export function openViews(s: Pick<CloudsState, 'profiles' | 'opened' | 'projectNames' | 'currentId'>): ProfileView[] {
  const all = cloudViews(s);
  const current = viewOf(s, s.currentId);
  return current && !all.some((v) => v.id === current.id) ? [...all, current] : all;
}

/** Any cloud id as a view: its profile itself, or that profile as the scope. */
export function viewOf(s: Pick<CloudsState, 'profiles' | 'projectNames'>, cloud: string | undefined): ProfileView | undefined {
  if (!cloud) return undefined;
  const p = s.profiles.find((x) => x.id === profileOf(cloud));
  return p && scopeView(p, cloud, s.projectNames);
}

/** The current cloud as a view (the profile itself, or one of its scopes). */
export function currentView(s: Pick<CloudsState, 'profiles' | 'currentId' | 'projectNames'>): ProfileView | undefined {
  return viewOf(s, s.currentId);
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
