export interface Network {
  id: string;
  name: string;
  status: string;
  projectId: string | undefined;
  shared: boolean;
  /** `router:external`: floating IPs and router gateways come from such networks. */
  external: boolean;
  adminStateUp: boolean;
  mtu: number | undefined;
  subnetIds: string[];
  portSecurityEnabled: boolean | undefined;
  availabilityZones: string[];
  description: string;
  tags: string[];
}

export interface AllocationPool {
  start: string;
  end: string;
}

export interface Subnet {
  id: string;
  name: string;
  networkId: string;
  projectId: string | undefined;
  ipVersion: 4 | 6;
  cidr: string;
  gatewayIp: string | undefined;
  enableDhcp: boolean;
  allocationPools: AllocationPool[];
  dnsNameservers: string[];
  ipv6RaMode: string | undefined;
  ipv6AddressMode: string | undefined;
  description: string;
}

export interface FixedIp {
  subnetId: string;
  ipAddress: string;
}

export interface Port {
  id: string;
  name: string;
  networkId: string;
  projectId: string | undefined;
  status: string;
  adminStateUp: boolean;
  macAddress: string;
  deviceId: string;
  deviceOwner: string;
  fixedIps: FixedIp[];
  securityGroupIds: string[];
  portSecurityEnabled: boolean | undefined;
  description: string;
}
