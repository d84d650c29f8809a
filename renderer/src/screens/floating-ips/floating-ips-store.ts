import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import { createListStore } from '../../kit/list-store.js';
import { request } from '../../kit/request.js';

/** The floating IP lists, per cloud (Neutron's list has everything a row shows, `port_details` included). */
export const useFloatingIps = createListStore<FloatingIp>({
  list: request('floatingIps.list', (cloud: string) => ({ cloud })),
  get: request('floatingIps.get', (cloud: string, id: string) => ({ cloud, id })),
  idOf: (f) => f.id,
});
