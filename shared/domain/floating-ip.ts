/** The port a floating IP points at, as Neutron summarises it (`port_details`). */
export interface FloatingIpPort {
  name: string;
  networkId: string;
  deviceId: string;
  deviceOwner: string;
  status: string;
}

export interface FloatingIp {
  id: string;
  floatingIpAddress: string;
  floatingNetworkId: string;
  /** undefined while the address is not associated */
  portId: string | undefined;
  fixedIpAddress: string | undefined;
  routerId: string | undefined;
  status: string;
  projectId: string | undefined;
  description: string;
  port: FloatingIpPort | undefined;
}
