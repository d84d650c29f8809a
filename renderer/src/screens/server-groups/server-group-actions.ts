import type { ServerGroup } from '../../../../shared/domain/server-group.js';
import type { ActionTable } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';

/** What can be done to a server group (Nova has no update): delete, one or many. */
export const SERVER_GROUP_ACTIONS: ActionTable<ServerGroup> = {
  namespace: 'serverGroups',
  actions: [
    {
      id: 'delete',
      group: 'remove',
      request: request('serverGroups.delete', (g: ServerGroup, cloud: string) => ({ cloud, id: g.id })),
      batchable: true,
      danger: true,
      confirm: { production: true },
    },
  ],
};
