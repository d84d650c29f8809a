import type { ServerVolumeAttachRequest } from '../../../../shared/schemas/volume.js';
import type { ServerInterface } from '../../../../shared/domain/server-interface.js';
import type { InterfaceAttachRequest } from '../../../../shared/schemas/server-interface.js';
import type { ServerRebuildRequest, ServerUpdateRequest } from '../../../../shared/schemas/server-actions.js';
import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import { deleteAction, type ActionDef, type ActionTable } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';
import { showAddressChange } from './address-overlay.js';
import {
  alreadyLocked,
  busy,
  busyButRebooting,
  deleting,
  locked,
  noAddress,
  noFloatingIp,
  noResizeToConfirm,
  notHardRebootable,
  notAttachable,
  notVolumeAttachable,
  notLocked,
  notMetadataEditable,
  notPaused,
  notRebuildable,
  notRescuable,
  notRescued,
  notResizable,
  needsFeature,
  notRunning,
  notScheduled,
  notShelvable,
  notShelved,
  notSnapshottable,
  notStoppable,
  notStopped,
  notSuspended,
} from './server-guards.js';
import { addressesOf, rereadUntil } from './reread-until.js';
import type { ServerRow } from './server-rows.js';
import { useRescuePassword } from './rescue-password.js';
import { useSnapshots } from './snapshot-follow.js';
import { useServerVolumes } from './server-volumes-store.js';
import { consoleOpened } from './console-opened.js';
import { knownVersion } from './servers-view.js';
import { supports } from '../../../../shared/microversion.js';
import type { ConsoleOpened } from '../../../../shared/domain/server.js';

const byId = (r: ServerRow, cloud: string) => ({ cloud, id: r.server.id });

/** Whether unshelve asks for a zone: only where the cloud is known to take one (compute 2.77+). */
const offersZone = (cloud: string) => {
  const version = knownVersion(cloud);
  return version !== undefined && supports('unshelve.availabilityZone', version);
};

/**
 * Every server action, once: the row menu (this order, these groups), the drawer's buttons,
 * the batch bar, the command palette, the confirmations and the production guard all come
 * from this table, and its test checks each channel exists and each word is translated.
 *
 * Production guard (type each name on a production cloud): delete, which cannot be undone,
 * and what interrupts the workload: stop, reboot, hard reboot, resize, revert resize, shelve,
 * pause, suspend, taking a floating IP off. Start, lock, unlock, confirm resize, unpause and resume disturb nothing that runs.
 */
export const SERVER_ACTIONS: ActionTable<ServerRow> = {
  namespace: 'servers',
  actions: [
    { id: 'start', group: 'power', request: request('servers.start', byId), batchable: true, guards: [deleting, busy, notStopped, locked] },
    {
      id: 'stop',
      group: 'power',
      request: request('servers.stop', byId),
      batchable: true,
      disruptive: true,
      guards: [deleting, busy, notScheduled, notStoppable, locked],
    },
    {
      id: 'reboot',
      group: 'power',
      request: request('servers.reboot', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), type: 'SOFT' as const })),
      batchable: true,
      disruptive: true,
      guards: [deleting, busy, notRunning, locked],
    },
    {
      id: 'hardReboot',
      group: 'power',
      request: request('servers.reboot', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), type: 'HARD' as const })),
      batchable: true,
      disruptive: true,
      drawer: false,
      guards: [deleting, busyButRebooting, notScheduled, notHardRebootable, locked],
    },
    { id: 'resize', group: 'shape', dialog: 'resize', disruptive: true, drawer: false, guards: [deleting, busy, notResizable, locked] },
    { id: 'confirmResize', group: 'shape', request: request('servers.confirmResize', byId), guards: [deleting, busy, noResizeToConfirm, locked] },
    {
      id: 'revertResize',
      group: 'shape',
      request: request('servers.revertResize', byId),
      disruptive: true,
      guards: [deleting, busy, noResizeToConfirm, locked],
    },
    { id: 'lock', group: 'shape', dialog: 'lock', batchable: true, guards: [deleting, alreadyLocked] },
    { id: 'unlock', group: 'shape', request: request('servers.unlock', byId), batchable: true, guards: [deleting, notLocked] },
    { id: 'shelve', group: 'shelve', request: request('servers.shelve', byId), batchable: true, disruptive: true, guards: [deleting, busy, notShelvable, locked] },
    {
      id: 'unshelve',
      group: 'shelve',
      request: request('servers.unshelve', byId),
      // from compute 2.77 the dialog asks where (a zone, or any); before, one click
      dialog: 'unshelve',
      dialogWhen: (r) => offersZone(r.cloud),
      batchable: true,
      guards: [deleting, busy, notShelved, locked],
    },
    { id: 'pause', group: 'pause', request: request('servers.pause', byId), batchable: true, disruptive: true, guards: [deleting, busy, notRunning, locked] },
    { id: 'unpause', group: 'pause', request: request('servers.unpause', byId), batchable: true, guards: [deleting, busy, notPaused, locked] },
    { id: 'suspend', group: 'pause', request: request('servers.suspend', byId), batchable: true, disruptive: true, guards: [deleting, busy, notRunning, locked] },
    { id: 'resume', group: 'pause', request: request('servers.resume', byId), batchable: true, guards: [deleting, busy, notSuspended, locked] },
    { id: 'rename', group: 'edit', dialog: 'rename', guards: [deleting] },
    // Nova snapshots a locked server: the lock guards against change, and a snapshot changes nothing
    { id: 'metadata', group: 'edit', dialog: 'metadata', guards: [deleting, busy, notMetadataEditable, locked] },
    { id: 'snapshot', group: 'edit', dialog: 'snapshot', guards: [deleting, busy, notSnapshottable] },
    { id: 'rescue', group: 'rescue', dialog: 'rescue', disruptive: true, drawer: false, guards: [deleting, busy, notScheduled, notRescuable, locked] },
    { id: 'unrescue', group: 'rescue', request: request('servers.unrescue', byId), guards: [deleting, busy, notRescued, locked] },
    {
      id: 'rebuild',
      group: 'rescue',
      dialog: 'rebuild',
      danger: true,
      confirm: { production: true },
      drawer: false,
      guards: [deleting, busy, notScheduled, notRebuildable, locked],
    },
    { id: 'interfaces', group: 'network', dialog: 'interfaces', drawer: false, guards: [deleting, busy, notAttachable, locked] },
    // per port, through Neutron (PortGroupsDialog says why not Nova's add/removeSecurityGroup)
    { id: 'securityGroups', group: 'network', dialog: 'securityGroups', guards: [deleting, notScheduled] },
    // Neutron's, not Nova's: a lock does not hold them back. Each asks in its dialog (which
    // address, which port: only when there is a choice); taking one off is disruptive.
    { id: 'associateFloatingIp', group: 'network', dialog: 'associateFloatingIp', guards: [deleting, noAddress] },
    { id: 'disassociateFloatingIp', group: 'network', dialog: 'disassociateFloatingIp', disruptive: true, guards: [deleting, noFloatingIp] },
    // the drawer's Volumes section lists them, each detachable (detachVolume below)
    { id: 'attachVolume', group: 'volumes', dialog: 'attachVolume', drawer: false, guards: [deleting, busy, notVolumeAttachable, locked] },
    // Nova gives a console of ACTIVE servers only (409 otherwise); main opens it (console-opened.ts)
    {
      id: 'console',
      group: 'read',
      request: request('servers.remoteConsole', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), ...(r.server.name.trim() ? { title: r.server.name } : {}) })),
      guards: [deleting, notScheduled, notRunning, needsFeature('console.remote')],
      after: (answer, r, cloud) => void consoleOpened(answer as ConsoleOpened, { key: r.key, cloud, serverId: r.server.id, server: r.server.name }),
    },
    { id: 'consoleLog', group: 'read', dialog: 'console', guards: [notScheduled] },
    { id: 'actionLog', group: 'read', tab: 'actionLog', drawer: false },
    deleteAction(request('servers.delete', byId), [deleting, locked]),
  ],
};

export const serverAction = (id: string): ActionDef<ServerRow> => {
  const a = SERVER_ACTIONS.actions.find((x) => x.id === id);
  if (!a) throw new Error(`no server action ${id}`);
  return a;
};

/** A dialog's row with what the dialog chose: sent (through the production guard) once the user has picked. */
const chosen = (id: string, more: Partial<ActionDef<ServerRow>>): ActionDef<ServerRow> => ({ ...serverAction(id), dialog: undefined, ...more });

export const resizeTo = (flavorRef: string) => chosen('resize', { request: request('servers.resize', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), flavorRef })) });

/** Lock with a reason (compute 2.73+), or none. */
export const lockWith = (reason: string | undefined) =>
  chosen('lock', { request: request('servers.lock', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), ...(reason ? { reason } : {}) })) });

/** The name and description the rename dialog changed (only those). */
export const renameTo = (changes: ServerUpdateRequest) =>
  chosen('rename', { request: request('servers.update', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), changes })) });

/** A snapshot with the dialog's name and metadata; the new image is then followed in Glance. */
export const snapshotAs = (name: string, metadata: Record<string, string>) =>
  chosen('snapshot', {
    request: request('servers.createImage', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), name, ...(Object.keys(metadata).length ? { metadata } : {}) })),
    after: (imageId, r, cloud) => void useSnapshots.getState().follow(cloud, imageId as string, name, r.server.name),
  });

/** Rescue from the image chosen (the server's own when none); the password Nova answers is shown once. */
export const rescueFrom = (rescueImageRef: string | undefined) =>
  chosen('rescue', {
    request: request('servers.rescue', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), ...(rescueImageRef ? { rescueImageRef } : {}) })),
    after: (password, r) => {
      if (typeof password === 'string') useRescuePassword.getState().show(r.server.name, password);
    },
  });

/** Unshelve into the zone the dialog chose, or wherever Nova schedules it (any). */
export const unshelveTo = (availabilityZone: string | undefined) =>
  chosen('unshelve', {
    dialogWhen: undefined,
    request: request('servers.unshelve', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), ...(availabilityZone ? { availabilityZone } : {}) })),
  });

/** Rebuild from what the dialog chose; the confirmation (and, on production, the typed name) comes first. */
export const rebuildWith = (rebuild: ServerRebuildRequest) =>
  chosen('rebuild', { request: request('servers.rebuild', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), rebuild })) });

/** How long the row waits for Nova's info cache to show an interface change before trusting Nova's answer as it is. */
const NIC_FOLLOW_MS = 60_000;
const ipsOf = (nic: Pick<ServerInterface, 'fixedIps'>) => nic.fixedIps.map((f) => f.ipAddress);

/**
 * What the interfaces dialog chose: attaching changes the guest's hardware, detaching cuts a
 * network off. Either way the row is re-read until Nova's addresses show the change.
 */
export const attachInterface = (attach: InterfaceAttachRequest) =>
  chosen('interfaces', {
    id: 'attachInterface',
    request: request('serverInterfaces.attach', (r: ServerRow, cloud: string) => ({ cloud, serverId: r.server.id, attach })),
    after: (nic, r, cloud) => {
      const ips = ipsOf(nic as ServerInterface);
      const until = Date.now() + NIC_FOLLOW_MS;
      void rereadUntil(cloud, r.server.id, (s) => ips.every((ip) => addressesOf(s).includes(ip)), () => until);
    },
  });
export const detachInterface = (nic: Pick<ServerInterface, 'portId' | 'fixedIps'>) =>
  chosen('interfaces', {
    id: 'detachInterface',
    disruptive: true,
    request: request('serverInterfaces.detach', (r: ServerRow, cloud: string) => ({ cloud, serverId: r.server.id, portId: nic.portId })),
    after: (_answer, r, cloud) => {
      const until = Date.now() + NIC_FOLLOW_MS;
      void rereadUntil(cloud, r.server.id, (s) => !ipsOf(nic).some((ip) => addressesOf(s).includes(ip)), () => until);
    },
  });

/**
 * The disassociate row with the floating IP the dialog chose: Neutron takes it off, and the
 * row stops showing it at once, before Nova's cache has caught up (address-overlay.ts).
 */
export const disassociateFloatingIp = (fip: FloatingIp) =>
  chosen('disassociateFloatingIp', {
    request: request('floatingIps.disassociate', (_r: ServerRow, cloud: string) => ({ cloud, id: fip.id })),
    after: (_answer, r, cloud) => void showAddressChange(cloud, r.server.id, { remove: fip.floatingIpAddress }),
  });

/**
 * What the attach dialog chose, and the drawer's Detach of one volume (the server loses a disk:
 * disruptive). Cinder moves the volume to in-use, or available, a moment after Nova answers:
 * the drawer's Volumes section follows it until then.
 */
export const attachVolume = (attach: ServerVolumeAttachRequest) =>
  chosen('attachVolume', {
    request: request('serverVolumes.attach', (r: ServerRow, cloud: string) => ({ cloud, serverId: r.server.id, attach })),
    after: (_answer, r, cloud) =>
      void useServerVolumes.getState().follow(cloud, r.server.id, (v) => v.volumes[attach.volumeId]?.status === 'in-use' && v.attachments.some((a) => a.volumeId === attach.volumeId)),
  });
export const detachVolume = (volumeId: string) =>
  chosen('attachVolume', {
    id: 'detachVolume',
    disruptive: true,
    request: request('serverVolumes.detach', (r: ServerRow, cloud: string) => ({ cloud, serverId: r.server.id, volumeId })),
    after: (_answer, r, cloud) => void useServerVolumes.getState().follow(cloud, r.server.id, (v) => !v.attachments.some((a) => a.volumeId === volumeId)),
  });
