import type { SecurityGroup } from '../../../../shared/domain/security-group.js';
import { createListStore } from '../../kit/list-store.js';
import { request } from '../../kit/request.js';

/** The security group lists, per cloud; Neutron's list carries each group's rules. */
export const useSecurityGroups = createListStore<SecurityGroup>({
  list: request('securityGroups.list', (cloud: string) => ({ cloud })),
  get: request('securityGroups.get', (cloud: string, id: string) => ({ cloud, id })),
  idOf: (g) => g.id,
});
