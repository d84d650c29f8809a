import type { Subnet } from '../../../shared/domain/network.js';
import type { SubnetListFilters } from '../../../shared/schemas/network.js';
import { listAll } from '../pagination.js';
import { pathSegment, type ServiceClient } from '../service-client.js';
import { toSubnet, type NeutronSubnet } from './network-mapper.js';

export class SubnetManager {
  constructor(private readonly network: ServiceClient) {}

  async list(opts: SubnetListFilters = {}): Promise<Subnet[]> {
    const raw = await listAll<NeutronSubnet>(this.network, '/subnets', 'subnets', {
      network_id: opts.networkId,
      ip_version: opts.ipVersion,
      name: opts.name,
      limit: opts.limit,
    });
    return raw.map(toSubnet);
  }

  listByNetwork(networkId: string): Promise<Subnet[]> {
    return this.list({ networkId });
  }

  async get(id: string): Promise<Subnet> {
    const { subnet } = await this.network.get<{ subnet: NeutronSubnet }>(`/subnets/${pathSegment(id)}`);
    return toSubnet(subnet);
  }
}
