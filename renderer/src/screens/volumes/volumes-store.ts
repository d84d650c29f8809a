import type { Volume } from '../../../../shared/domain/volume.js';
import { createListStore } from '../../kit/list-store.js';
import { request } from '../../kit/request.js';

/** Cinder's resting states; every other one (creating, downloading, attaching, extending...) is polled. */
const SETTLED = new Set(['available', 'in-use', 'error', 'error_deleting', 'error_extending', 'error_restoring', 'error_managing']);

export const isVolumeTransitional = (v: Volume): boolean => !SETTLED.has(v.status);

/** The volume lists, per cloud (Cinder's detail list has everything a row shows). */
export const useVolumes = createListStore<Volume>({
  list: request('volumes.list', (cloud: string) => ({ cloud })),
  get: request('volumes.get', (cloud: string, id: string) => ({ cloud, id })),
  idOf: (v) => v.id,
  isTransitional: isVolumeTransitional,
});
