import type { VolumeSnapshot } from '../../../../shared/domain/volume.js';
import { deleteAction, type ActionTable, type Guard } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';

const notAvailable: Guard<VolumeSnapshot> = { reason: 'notAvailable', blocks: (s) => s.status !== 'available', values: (s) => ({ status: s.status }), hidesInDrawer: true };

/**
 * What can be done to a volume snapshot: a new volume from it (the Volumes screen's create
 * dialog), delete. Cinder refuses a delete where the backend still needs the snapshot (a volume
 * made from it on some drivers): its reason is shown on the confirmation.
 */
export const SNAPSHOT_ACTIONS: ActionTable<VolumeSnapshot> = {
  namespace: 'volumeSnapshots',
  actions: [
    { id: 'createVolume', group: 'use', dialog: 'createVolume', guards: [notAvailable] },
    deleteAction(request('volumeSnapshots.delete', (s: VolumeSnapshot, cloud: string) => ({ cloud, id: s.id }))),
  ],
};
