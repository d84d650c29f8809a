import type { FloatingIp } from '../../../shared/domain/floating-ip.js';
import type { FloatingIpCreateRequest, FloatingIpListFilters } from '../../../shared/schemas/network.js';
import { validationError } from '../errors.js';
import { listAll } from '../pagination.js';
import { pathSegment, type ServiceClient } from '../service-client.js';
import { toFloatingIp, type NeutronFloatingIp } from './floating-ip-mapper.js';

export class FloatingIpManager {
  constructor(private readonly network: ServiceClient) {}

  async list(opts: FloatingIpListFilters = {}): Promise<FloatingIp[]> {
    const raw = await listAll<NeutronFloatingIp>(this.network, '/floatingips', 'floatingips', {
      port_id: opts.portId,
      floating_network_id: opts.floatingNetworkId,
      floating_ip_address: opts.floatingIpAddress,
      status: opts.status,
      limit: opts.limit,
    });
    return raw.map(toFloatingIp);
  }

  async get(id: string): Promise<FloatingIp> {
    const { floatingip } = await this.network.get<{ floatingip: NeutronFloatingIp }>(`/floatingips/${pathSegment(id)}`);
    return toFloatingIp(floatingip);
  }

  async create(req: FloatingIpCreateRequest): Promise<FloatingIp> {
    if (!req.floatingNetworkId) throw validationError('floatingNetworkId', 'a floating IP comes from an external network');
    if (req.fixedIpAddress && !req.portId) throw validationError('fixedIpAddress', 'a fixed IP address needs a port');
    const fip: Record<string, unknown> = { floating_network_id: req.floatingNetworkId };
    if (req.subnetId) fip.subnet_id = req.subnetId;
    if (req.floatingIpAddress) fip.floating_ip_address = req.floatingIpAddress;
    if (req.portId) fip.port_id = req.portId;
    if (req.fixedIpAddress) fip.fixed_ip_address = req.fixedIpAddress;
    if (req.description !== undefined) fip.description = req.description;
    const { floatingip } = await this.network.post<{ floatingip: NeutronFloatingIp }>('/floatingips', { floatingip: fip });
    return toFloatingIp(floatingip);
  }

  /** `fixedIpAddress` picks one address when the port has several (dual stack). */
  async associate(id: string, portId: string, fixedIpAddress?: string): Promise<FloatingIp> {
    const { floatingip } = await this.network.put<{ floatingip: NeutronFloatingIp }>(`/floatingips/${pathSegment(id)}`, {
      floatingip: { port_id: portId, ...(fixedIpAddress ? { fixed_ip_address: fixedIpAddress } : {}) },
    });
    return toFloatingIp(floatingip);
  }

  async disassociate(id: string): Promise<FloatingIp> {
    // an explicit null, not a missing key: a PUT without port_id changes nothing
    const { floatingip } = await this.network.put<{ floatingip: NeutronFloatingIp }>(`/floatingips/${pathSegment(id)}`, {
      floatingip: { port_id: null },
    });
    return toFloatingIp(floatingip);
  }

  async delete(id: string): Promise<void> {
    await this.network.delete(`/floatingips/${pathSegment(id)}`);
  }
}
