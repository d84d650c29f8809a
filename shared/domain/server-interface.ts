import type { FixedIp } from './network.js';

/** One of a server's ports as Nova lists it (`os-interface`). */
export interface ServerInterface {
  portId: string;
  networkId: string;
  macAddress: string;
  /** Neutron's port status as Nova cached it: ACTIVE, DOWN, BUILD */
  portState: string;
  fixedIps: FixedIp[];
}
