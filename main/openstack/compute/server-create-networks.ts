import { supports } from '../../../shared/microversion.js';
import type { NicRequest, ServerCreateRequest } from '../../../shared/schemas/server-create.js';
import { validationError } from '../errors.js';
import { requireFeature } from './server-create-gate.js';

/** One entry of `server.networks` as Nova reads it. */
export interface NovaNetworkRequest {
  uuid?: string;
  port?: string;
  fixed_ip?: string;
  tag?: string;
}

/** `server.networks`: a NIC list, or (2.37+) Nova's own choice `auto` or an explicit `none`. */
export type NovaNetworks = NovaNetworkRequest[] | 'auto' | 'none';

const CHOOSE = "choose networks, 'auto' or 'none'";

function buildNic(nic: NicRequest, index: number, maxCount: number, microversion: string): NovaNetworkRequest {
  const field = `networks.${index}`;
  const fixedIp = nic.v4FixedIp ?? nic.v6FixedIp;
  if (nic.v4FixedIp !== undefined && nic.v6FixedIp !== undefined) {
    // Nova has one `fixed_ip` per NIC; novaclient refuses both for the same reason.
    throw validationError(field, 'give either a fixed IPv4 or a fixed IPv6 address, not both');
  }
  if (nic.portId !== undefined) {
    if (nic.netId !== undefined || fixedIp !== undefined) {
      // The port already belongs to a network and carries its addresses; Nova ignores or rejects the rest.
      throw validationError(field, 'a port already fixes its network and address: give the port alone');
    }
    if (maxCount > 1) {
      // Nova: "Unable to launch multiple instances with a single configured port ID".
      throw validationError(field, 'one port cannot serve several servers: launch them one by one');
    }
  } else if (nic.netId === undefined) {
    // Nova finds no network for a NIC without one (and novaclient asks for net-id or port-id).
    throw validationError(field, 'a NIC needs a network or a port');
  }
  if (fixedIp !== undefined && maxCount > 1) {
    // Nova: "max_count cannot be greater than 1 if an fixed_ip is specified".
    throw validationError(field, 'one fixed IP cannot serve several servers: launch them one by one');
  }

  const out: NovaNetworkRequest = {};
  if (nic.netId !== undefined) out.uuid = nic.netId;
  if (nic.portId !== undefined) out.port = nic.portId;
  if (fixedIp !== undefined) out.fixed_ip = fixedIp;
  if (nic.tag !== undefined) {
    requireFeature('server.nic.tag', `${field}.tag`, microversion);
    out.tag = nic.tag;
  }
  return out;
}

/**
 * `server.networks`, or undefined when it must be left out. Below 2.37 leaving it out lets Nova
 * pick as it always did; from 2.37 Nova requires it, so the user's choice must be explicit
 * (an empty NIC list is no choice either: it sends nothing, like an absent one).
 */
export function buildNetworks(
  networks: ServerCreateRequest['networks'],
  maxCount: number,
  microversion: string,
): NovaNetworks | undefined {
  if (networks === 'auto' || networks === 'none') {
    requireFeature('server.networks.autoNone', 'networks', microversion);
    return networks;
  }
  if (networks === undefined || networks.length === 0) {
    if (supports('server.networks.required', microversion)) throw validationError('networks', CHOOSE);
    return undefined;
  }
  return networks.map((nic, i) => buildNic(nic, i, maxCount, microversion));
}
