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
  notLocked,
  notResizable,
  notRunning,
  notScheduled,
  notShelvable,
  notShelved,
  notStoppable,
  notStopped,
} from './server-guards.js';
import type { ServerRow } from './server-rows.js';

const byId = (r: ServerRow, cloud: string) => ({ cloud, id: r.server.id });

/**
 * Every server action, once: the row menu (this order, these groups), the drawer's buttons,
 * the batch bar, the command palette, the confirmations and the production guard all come
 * from this table, and its test checks each channel exists and each word is translated.
 *
 * Production guard (type each name on a production cloud): delete, which cannot be undone,
 * and what interrupts the workload: stop, reboot, hard reboot, resize, revert resize, shelve,
 * taking a floating IP off.
 * Start, lock, unlock and confirm resize disturb nothing that runs.
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
    { id: 'lock', group: 'shape', request: request('servers.lock', byId), batchable: true, guards: [deleting, alreadyLocked] },
    { id: 'unlock', group: 'shape', request: request('servers.unlock', byId), batchable: true, guards: [deleting, notLocked] },
    { id: 'shelve', group: 'shelve', request: request('servers.shelve', byId), batchable: true, disruptive: true, guards: [deleting, busy, notShelvable, locked] },
    { id: 'unshelve', group: 'shelve', request: request('servers.unshelve', byId), batchable: true, guards: [deleting, busy, notShelved, locked] },
    // Neutron's, not Nova's: a lock does not hold them back. Each asks in its dialog (which
    // address, which port: only when there is a choice); taking one off is disruptive.
    { id: 'associateFloatingIp', group: 'network', dialog: 'associateFloatingIp', guards: [deleting, noAddress] },
    { id: 'disassociateFloatingIp', group: 'network', dialog: 'disassociateFloatingIp', disruptive: true, guards: [deleting, noFloatingIp] },
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

/** The resize row with the flavor the dialog chose: what is sent once the user has picked one. */
export const resizeTo = (flavorRef: string): ActionDef<ServerRow> => ({
  ...serverAction('resize'),
  dialog: undefined,
  request: request('servers.resize', (r: ServerRow, cloud: string) => ({ ...byId(r, cloud), flavorRef })),
});

/**
 * The disassociate row with the floating IP the dialog chose: Neutron takes it off, and the
 * row stops showing it at once, before Nova's cache has caught up (address-overlay.ts).
 */
export const disassociateFloatingIp = (fip: FloatingIp): ActionDef<ServerRow> => ({
  ...serverAction('disassociateFloatingIp'),
  dialog: undefined,
  request: request('floatingIps.disassociate', (_r: ServerRow, cloud: string) => ({ cloud, id: fip.id })),
  done: (r, cloud) => void showAddressChange(cloud, r.server.id, { remove: fip.floatingIpAddress }),
});
