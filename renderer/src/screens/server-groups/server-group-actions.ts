import type { ServerGroup } from '../../../../shared/domain/server-group.js';
import { deleteAction, type ActionTable } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';

/** What can be done to a server group (Nova has no update): delete, one or many. */
export const SERVER_GROUP_ACTIONS: ActionTable<ServerGroup> = {
  namespace: 'serverGroups',
  actions: [
    deleteAction(request('serverGroups.delete', (g: ServerGroup, cloud: string) => ({ cloud, id: g.id }))),
  ],
};
