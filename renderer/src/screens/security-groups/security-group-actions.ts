import type { SecurityGroup } from '../../../../shared/domain/security-group.js';
import { deleteAction, type ActionTable } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';

/** What can be done to a security group: rename and describe, its rules (the drawer's tab), delete. */
export const SECURITY_GROUP_ACTIONS: ActionTable<SecurityGroup> = {
  namespace: 'securityGroups',
  actions: [
    { id: 'edit', group: 'change', dialog: 'edit' },
    { id: 'rules', group: 'change', tab: 'rules', drawer: false },
    // Neutron refuses (409 SecurityGroupInUse) while a port has the group: the confirmation says so
    deleteAction(request('securityGroups.delete', (g: SecurityGroup, cloud: string) => ({ cloud, id: g.id }))),
  ],
};
