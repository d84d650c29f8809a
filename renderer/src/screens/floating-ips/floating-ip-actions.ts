import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import { deleteAction, type ActionTable, type Guard } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';
import { noteTakenOff } from './floating-ip-ops.js';

const associated: Guard<FloatingIp> = { reason: 'associated', blocks: (f) => !!f.portId, hidesInDrawer: true };
const notAssociated: Guard<FloatingIp> = { reason: 'notAssociated', blocks: (f) => !f.portId, hidesInDrawer: true };

/**
 * What can be done to a floating IP: associate (a dialog: the server, then its port), take it
 * off its port (disrupts what reaches the server through it: the production guard asks), and
 * release it (Neutron takes it off first; confirmed, with the production guard). Taking an
 * address off a server shows on the server's row at once (`noteTakenOff`).
 */
export const FLOATING_IP_ACTIONS: ActionTable<FloatingIp> = {
  namespace: 'floatingIps',
  actions: [
    { id: 'associate', group: 'port', dialog: 'associate', guards: [associated] },
    {
      id: 'disassociate',
      group: 'port',
      request: request('floatingIps.disassociate', (f: FloatingIp, cloud: string) => ({ cloud, id: f.id })),
      batchable: true,
      disruptive: true,
      guards: [notAssociated],
      after: (_answer, f, cloud) => noteTakenOff(cloud, f),
    },
    { ...deleteAction(request('floatingIps.delete', (f: FloatingIp, cloud: string) => ({ cloud, id: f.id }))), after: (_answer, f, cloud) => noteTakenOff(cloud, f) },
  ],
};
