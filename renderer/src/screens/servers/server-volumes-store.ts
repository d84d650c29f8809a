import { create } from 'zustand';
import type { ServerVolume, Volume } from '../../../../shared/domain/volume.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { rowKey } from '../../kit/list-store.js';
import { api } from '../../lib/api.js';

/** A server's volumes: Nova's attachments and Cinder's volumes for them. */
export interface ServerVolumes {
  attachments: ServerVolume[];
  volumes: Record<string, Volume | undefined>;
}

interface Entry {
  value?: ServerVolumes | undefined;
  error?: SerializedError | undefined;
  loading: boolean;
}

interface State {
  /** by `cloud/serverId` */
  byServer: Record<string, Entry>;
  load(cloud: string, serverId: string): Promise<ServerVolumes | undefined>;
  /** re-read until `done` holds (Cinder moves a volume to in-use, or available, a moment after Nova answers), at most `ms` */
  follow(cloud: string, serverId: string, done: (v: ServerVolumes) => boolean, ms?: number): Promise<void>;
}

const FOLLOW_MS = 60_000;
const FOLLOW_STEP_MS = 1_000;

/** Nova's list, then each volume's own GET: a server has a few volumes, the project may have thousands. */
async function read(cloud: string, serverId: string): Promise<{ ok: true; value: ServerVolumes } | { ok: false; error: SerializedError }> {
  const listed = await api.invoke('serverVolumes.list', { cloud, serverId });
  if (!listed.ok) return listed;
  const answers = await Promise.all(listed.value.map((a) => api.invoke('volumes.get', { cloud, id: a.volumeId })));
  // a volume Cinder does not show (another project's) keeps its id in the drawer
  const volumes = Object.fromEntries(listed.value.map((a, i) => [a.volumeId, answers[i]?.ok ? answers[i].value : undefined]));
  return { ok: true, value: { attachments: listed.value, volumes } };
}

export const useServerVolumes = create<State>()((set, get) => ({
  byServer: {},

  async load(cloud, serverId) {
    const key = rowKey(cloud, serverId);
    set((s) => ({ byServer: { ...s.byServer, [key]: { ...s.byServer[key], loading: true } } }));
    const r = await read(cloud, serverId);
    set((s) => ({ byServer: { ...s.byServer, [key]: r.ok ? { value: r.value, loading: false } : { ...s.byServer[key], error: r.error, loading: false } } }));
    return r.ok ? r.value : undefined;
  },

  async follow(cloud, serverId, done, ms = FOLLOW_MS) {
    const until = Date.now() + ms;
    for (;;) {
      const v = await get().load(cloud, serverId);
      if ((v && done(v)) || Date.now() > until) return;
      await new Promise((r) => setTimeout(r, FOLLOW_STEP_MS));
    }
  },
}));
