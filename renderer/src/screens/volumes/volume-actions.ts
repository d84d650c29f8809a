import type { Volume } from '../../../../shared/domain/volume.js';
import { deleteAction, type ActionDef, type ActionTable, type Guard } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';
import type { AttachChoice } from './attach-choice.js';

const byId = (v: Volume, cloud: string) => ({ cloud, id: v.id });

const attached: Guard<Volume> = { reason: 'attached', blocks: (v) => v.attachments.length > 0 };
const notAttached: Guard<Volume> = { reason: 'notAttached', blocks: (v) => v.attachments.length === 0, hidesInDrawer: true };
const busy: Guard<Volume> = { reason: 'busy', blocks: (v) => v.status !== 'available' && v.status !== 'in-use', values: (v) => ({ status: v.status }) };
/** Cinder reserves only an available volume for a new attachment */
const notAvailable: Guard<Volume> = { reason: 'busy', blocks: (v) => v.status !== 'available', values: (v) => ({ status: v.status }), hidesInDrawer: true };

/**
 * What can be done to a volume: extend and snapshot (dialogs), attach to a server (the dialog the
 * server drawer uses too) and detach from it (Nova does both; detach is disruptive), delete (refused while attached, the reason said before Cinder is asked).
 */
export const VOLUME_ACTIONS: ActionTable<Volume> = {
  namespace: 'volumes',
  actions: [
    { id: 'rename', group: 'edit', dialog: 'rename' },
    { id: 'extend', group: 'edit', dialog: 'extend', guards: [busy] },
    { id: 'snapshot', group: 'edit', dialog: 'snapshot', guards: [busy] },
    { id: 'attach', group: 'server', dialog: 'attach', guards: [notAvailable] },
    {
      id: 'detach',
      group: 'server',
      request: request('serverVolumes.detach', (v: Volume, cloud: string) => ({ cloud, serverId: v.attachments[0]?.serverId ?? '', volumeId: v.id })),
      disruptive: true,
      guards: [notAttached],
    },
    deleteAction(
      request('volumes.delete', (v: Volume, cloud: string) => byId(v, cloud)),
      [attached],
    ),
  ],
};

const chosen = (id: string, more: Partial<ActionDef<Volume>>): ActionDef<Volume> => ({
  ...VOLUME_ACTIONS.actions.find((a) => a.id === id)!,
  dialog: undefined,
  ...more,
});

export const extendTo = (sizeGb: number) => chosen('extend', { request: request('volumes.extend', (v: Volume, cloud: string) => ({ ...byId(v, cloud), sizeGb })) });

export const renameTo = (name: string, description: string) =>
  chosen('rename', { request: request('volumes.update', (v: Volume, cloud: string) => ({ ...byId(v, cloud), changes: { name, description } })) });

/** Snapshots an in-use volume too (`force`, which main sends only where Cinder still needs it). */
export const snapshotAs = (name: string) =>
  chosen('snapshot', {
    request: request('volumeSnapshots.create', (v: Volume, cloud: string) => ({ cloud, snapshot: { volumeId: v.id, name, ...(v.status === 'in-use' ? { force: true } : {}) } })),
  });

export const attachTo = ({ serverId, attach }: AttachChoice) =>
  chosen('attach', { request: request('serverVolumes.attach', (_v: Volume, cloud: string) => ({ cloud, serverId, attach })) });
