import { create } from 'zustand';
import type { SerializedError } from '../../../../shared/errors.js';
import { pollDelayMs } from '../../../../shared/poll-pacing.js';
import { api } from '../../lib/api.js';

/**
 * A snapshot (createImage) as it goes on in Glance: Nova answers at once with the new image's
 * id and the upload happens after, so the image is followed (`images.get`, paced like the
 * rows) until Glance says something final, or for at most FOLLOW_LIMIT_MS. What is shown is
 * always the status last seen: a snapshot still `queued` (the local cloud's fake driver never
 * uploads) is said to be queued, never done.
 */

/** Glance statuses after which nothing more happens to the image by itself. */
const FINAL = new Set(['active', 'killed', 'deleted', 'pending_delete', 'deactivated']);
export const FOLLOW_LIMIT_MS = 120_000;

export type SnapshotPhase = 'following' | 'final' | 'gaveUp' | 'failed';

export interface SnapshotNote {
  imageId: string;
  cloud: string;
  /** the image's name and the server it was taken of, as the user named them */
  name: string;
  server: string;
  /** Glance's status, last seen; undefined before the first answer */
  status: string | undefined;
  phase: SnapshotPhase;
  error?: SerializedError;
}

interface Snapshots {
  notes: SnapshotNote[];
  follow(cloud: string, imageId: string, name: string, server: string): Promise<void>;
  dismiss(imageId: string): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const useSnapshots = create<Snapshots>()((set, get) => {
  const update = (imageId: string, change: Partial<SnapshotNote>) =>
    set((s) => ({ notes: s.notes.map((n) => (n.imageId === imageId ? { ...n, ...change } : n)) }));
  const live = (imageId: string) => get().notes.some((n) => n.imageId === imageId);

  return {
    notes: [],
    async follow(cloud, imageId, name, server) {
      set((s) => ({ notes: [...s.notes.filter((n) => n.imageId !== imageId), { imageId, cloud, name, server, status: undefined, phase: 'following' }] }));
      const started = Date.now();
      for (let attempt = 1; live(imageId); attempt++) {
        const r = await api.invoke('images.get', { cloud, id: imageId });
        if (!r.ok) return update(imageId, { phase: 'failed', error: r.error });
        if (FINAL.has(r.value.status)) return update(imageId, { status: r.value.status, phase: 'final' });
        if (Date.now() - started >= FOLLOW_LIMIT_MS) return update(imageId, { status: r.value.status, phase: 'gaveUp' });
        update(imageId, { status: r.value.status });
        await sleep(pollDelayMs(attempt));
      }
    },
    dismiss(imageId) {
      set((s) => ({ notes: s.notes.filter((n) => n.imageId !== imageId) }));
    },
  };
});
