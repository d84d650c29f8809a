import type { Network } from '../../../shared/domain/network.js';
import type { NetworkListFilters } from '../../../shared/schemas/network.js';
import { listAll } from '../pagination.js';
import { pathSegment, type ServiceClient } from '../service-client.js';
import { toNetwork, type NeutronNetwork } from './network-mapper.js';

export class NetworkManager {
  constructor(private readonly network: ServiceClient) {}

  async list(opts: NetworkListFilters = {}): Promise<Network[]> {
    const raw = await listAll<NeutronNetwork>(this.network, '/networks', 'networks', {
      name: opts.name,
      shared: opts.shared,
      'router:external': opts.external,
      project_id: opts.projectId,
      status: opts.status,
      limit: opts.limit,
    });
    return raw.map(toNetwork);
  }

  async get(id: string): Promise<Network> {
    const { network } = await this.network.get<{ network: NeutronNetwork }>(`/networks/${pathSegment(id)}`);
    return toNetwork(network);
  }
}
