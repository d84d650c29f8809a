import { deleteAction, type ActionDef, type ActionTable } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';
import {
  alreadyLocked,
  busy,
  busyButRebooting,
  deleting,
  locked,
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
 * and what interrupts the workload: stop, reboot, hard reboot, resize, revert resize, shelve.
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
    // per port, through Neutron (PortGroupsDialog says why not Nova's add/removeSecurityGroup)
    { id: 'securityGroups', group: 'network', dialog: 'securityGroups', guards: [deleting, notScheduled] },
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
