import type { ServerGroup } from '../../../../shared/domain/server-group.js';
import { createListStore } from '../../kit/list-store.js';
import { request } from '../../kit/request.js';

export const useServerGroups = createListStore<ServerGroup>({
  list: request('serverGroups.list', (cloud: string) => ({ cloud })),
  get: request('serverGroups.get', (cloud: string, id: string) => ({ cloud, id })),
  idOf: (g) => g.id,
});
