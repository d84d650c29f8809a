import type { FloatingIp } from '../../../shared/domain/floating-ip.js';
import { projectOf } from './network-mapper.js';

export interface NeutronFloatingIp {
  id: string;
  floating_ip_address: string;
  floating_network_id: string;
  port_id: string | null;
  fixed_ip_address: string | null;
  router_id: string | null;
  status: string;
  project_id?: string;
  tenant_id?: string;
  description?: string;
  /** only with the `fip-port-details` extension */
  port_details?: {
    name: string;
    network_id: string;
    device_id: string;
    device_owner: string;
    status: string;
  } | null;
}

export function toFloatingIp(f: NeutronFloatingIp): FloatingIp {
  const d = f.port_details;
  return {
    id: f.id,
    floatingIpAddress: f.floating_ip_address,
    floatingNetworkId: f.floating_network_id,
    portId: f.port_id ?? undefined,
    fixedIpAddress: f.fixed_ip_address ?? undefined,
    routerId: f.router_id ?? undefined,
    status: f.status,
    projectId: projectOf(f),
    description: f.description ?? '',
    port: d
      ? { name: d.name, networkId: d.network_id, deviceId: d.device_id, deviceOwner: d.device_owner, status: d.status }
      : undefined,
  };
}
