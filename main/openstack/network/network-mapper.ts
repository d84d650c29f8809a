import type { Network, Port, Subnet } from '../../../shared/domain/network.js';

/** Neutron's raw shapes (`GET /v2.0/networks`, `/subnets`, `/ports`), the fields we read. */
export interface NeutronNetwork {
  id: string;
  name: string;
  status: string;
  project_id?: string;
  tenant_id?: string;
  shared?: boolean;
  'router:external'?: boolean;
  admin_state_up?: boolean;
  mtu?: number;
  subnets?: string[];
  port_security_enabled?: boolean;
  availability_zones?: string[];
  description?: string;
  tags?: string[];
}

export interface NeutronSubnet {
  id: string;
  name: string;
  network_id: string;
  project_id?: string;
  tenant_id?: string;
  ip_version: number;
  cidr: string;
  gateway_ip?: string | null;
  enable_dhcp?: boolean;
  allocation_pools?: { start: string; end: string }[];
  dns_nameservers?: string[];
  ipv6_ra_mode?: string | null;
  ipv6_address_mode?: string | null;
  description?: string;
}

export interface NeutronPort {
  id: string;
  name: string;
  network_id: string;
  project_id?: string;
  tenant_id?: string;
  status: string;
  admin_state_up?: boolean;
  mac_address: string;
  device_id?: string;
  device_owner?: string;
  fixed_ips?: { subnet_id: string; ip_address: string }[];
  security_groups?: string[];
  port_security_enabled?: boolean;
  description?: string;
}

// older Neutron sends only tenant_id; newer sends both with the same value
export const projectOf = (r: { project_id?: string; tenant_id?: string }): string | undefined =>
  r.project_id || r.tenant_id || undefined;

export function toNetwork(n: NeutronNetwork): Network {
  return {
    id: n.id,
    name: n.name,
    status: n.status,
    projectId: projectOf(n),
    shared: n.shared ?? false,
    external: n['router:external'] ?? false,
    adminStateUp: n.admin_state_up ?? true,
    // the api-ref example shows mtu 0 for "not known"
    mtu: n.mtu ? n.mtu : undefined,
    subnetIds: n.subnets ?? [],
    portSecurityEnabled: n.port_security_enabled,
    availabilityZones: n.availability_zones ?? [],
    description: n.description ?? '',
    tags: n.tags ?? [],
  };
}

export function toSubnet(s: NeutronSubnet): Subnet {
  return {
    id: s.id,
    name: s.name,
    networkId: s.network_id,
    projectId: projectOf(s),
    ipVersion: s.ip_version === 6 ? 6 : 4,
    cidr: s.cidr,
    gatewayIp: s.gateway_ip ?? undefined,
    enableDhcp: s.enable_dhcp ?? false,
    allocationPools: (s.allocation_pools ?? []).map((p) => ({ start: p.start, end: p.end })),
    dnsNameservers: s.dns_nameservers ?? [],
    ipv6RaMode: s.ipv6_ra_mode ?? undefined,
    ipv6AddressMode: s.ipv6_address_mode ?? undefined,
    description: s.description ?? '',
  };
}

export function toPort(p: NeutronPort): Port {
  return {
    id: p.id,
    name: p.name,
    networkId: p.network_id,
    projectId: projectOf(p),
    status: p.status,
    adminStateUp: p.admin_state_up ?? true,
    macAddress: p.mac_address,
    deviceId: p.device_id ?? '',
    deviceOwner: p.device_owner ?? '',
    fixedIps: (p.fixed_ips ?? []).map((f) => ({ subnetId: f.subnet_id, ipAddress: f.ip_address })),
    securityGroupIds: p.security_groups ?? [],
    portSecurityEnabled: p.port_security_enabled,
    description: p.description ?? '',
  };
}
