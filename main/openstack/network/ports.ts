import type { Port } from '../../../shared/domain/network.js';
import type { PortCreateRequest, PortListFilters } from '../../../shared/schemas/network.js';
import { listAll } from '../pagination.js';
import { pathSegment, type ServiceClient } from '../service-client.js';
import { toPort, type NeutronPort } from './network-mapper.js';
import { buildPortCreateBody } from './port-body.js';

export class PortManager {
  constructor(private readonly network: ServiceClient) {}

  async list(opts: PortListFilters = {}): Promise<Port[]> {
    const raw = await listAll<NeutronPort>(this.network, '/ports', 'ports', {
      device_id: opts.deviceId,
      network_id: opts.networkId,
      device_owner: opts.deviceOwner,
      name: opts.name,
      limit: opts.limit,
    });
    return raw.map(toPort);
  }

  async get(id: string): Promise<Port> {
    const { port } = await this.network.get<{ port: NeutronPort }>(`/ports/${pathSegment(id)}`);
    return toPort(port);
  }

  async create(req: PortCreateRequest): Promise<Port> {
    const { port } = await this.network.post<{ port: NeutronPort }>('/ports', buildPortCreateBody(req));
    return toPort(port);
  }

  /**
   * Replaces the port's security groups. Per port, through Neutron (as Horizon edits them):
   * Nova's addSecurityGroup/removeSecurityGroup act on every port of a server at once.
   */
  async setSecurityGroups(id: string, securityGroupIds: readonly string[]): Promise<Port> {
    const { port } = await this.network.put<{ port: NeutronPort }>(`/ports/${pathSegment(id)}`, { port: { security_groups: securityGroupIds } });
    return toPort(port);
  }

  async delete(id: string): Promise<void> {
    await this.network.delete(`/ports/${pathSegment(id)}`);
  }
}
