import type { ServerInterface } from '../../../shared/domain/server-interface.js';
import type { InterfaceAttachRequest } from '../../../shared/schemas/server-interface.js';
import { pathSegment } from '../service-client.js';
import type { ComputeClient } from './compute-client.js';

export interface NovaInterfaceAttachment {
  port_id: string;
  net_id: string;
  mac_addr: string;
  port_state: string;
  fixed_ips: Array<{ subnet_id: string; ip_address: string }>;
}

export function toServerInterface(a: NovaInterfaceAttachment): ServerInterface {
  return {
    portId: a.port_id,
    networkId: a.net_id,
    macAddress: a.mac_addr,
    portState: a.port_state,
    fixedIps: (a.fixed_ips ?? []).map((f) => ({ subnetId: f.subnet_id, ipAddress: f.ip_address })),
  };
}

export function buildInterfaceAttachBody(r: InterfaceAttachRequest): { interfaceAttachment: Record<string, unknown> } {
  if (r.portId) return { interfaceAttachment: { port_id: r.portId } };
  return { interfaceAttachment: { net_id: r.netId, ...(r.fixedIp ? { fixed_ips: [{ ip_address: r.fixedIp }] } : {}) } };
}

/**
 * A server's network interfaces (`/servers/{id}/os-interface`, ≈ novaclient's interface_list,
 * interface_attach, interface_detach). Attach answers with the new attachment; detach is
 * asynchronous (202): the port goes when Nova has unplugged it.
 */
export class ServerInterfaceManager {
  constructor(private readonly compute: ComputeClient) {}

  private path(serverId: string, portId?: string): string {
    return `/servers/${pathSegment(serverId)}/os-interface${portId ? `/${pathSegment(portId)}` : ''}`;
  }

  async list(serverId: string): Promise<ServerInterface[]> {
    const body = await this.compute.get<{ interfaceAttachments: NovaInterfaceAttachment[] }>(this.path(serverId));
    return body.interfaceAttachments.map(toServerInterface);
  }

  async attach(serverId: string, request: InterfaceAttachRequest): Promise<ServerInterface> {
    const body = await this.compute.post<{ interfaceAttachment: NovaInterfaceAttachment }>(this.path(serverId), buildInterfaceAttachBody(request));
    return toServerInterface(body.interfaceAttachment);
  }

  async detach(serverId: string, portId: string): Promise<void> {
    await this.compute.delete(this.path(serverId, portId));
  }
}
