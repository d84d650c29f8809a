import type { VolumeSnapshot } from '../../../../shared/domain/volume.js';
import { createListStore } from '../../kit/list-store.js';
import { request } from '../../kit/request.js';

/** Cinder's resting states of a snapshot; creating, deleting… are polled. */
const SETTLED = new Set(['available', 'error', 'error_deleting', 'backing-up']);

export const isSnapshotTransitional = (s: VolumeSnapshot): boolean => !SETTLED.has(s.status);

/** The project's volume snapshots, per cloud. */
export const useVolumeSnapshots = createListStore<VolumeSnapshot>({
  list: request('volumeSnapshots.list', (cloud: string) => ({ cloud })),
  get: request('volumeSnapshots.get', (cloud: string, id: string) => ({ cloud, id })),
  idOf: (s) => s.id,
  isTransitional: isSnapshotTransitional,
});
