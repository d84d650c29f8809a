import { supports } from '../microversion.js';
import type { NicRequest, ServerCreateRequest } from '../schemas/server-create.js';
import type { Problems } from './problems.js';

/** One entry of `server.networks` as Nova reads it. */
export interface NovaNetworkRequest {
  uuid?: string;
  port?: string;
  fixed_ip?: string;
  tag?: string;
}

/** `server.networks`: a NIC list, or (2.37+) Nova's own choice `auto` or an explicit `none`. */
export type NovaNetworks = NovaNetworkRequest[] | 'auto' | 'none';

function buildNic(nic: NicRequest, index: number, maxCount: number, p: Problems): NovaNetworkRequest {
  const field = `networks.${index}`;
  const fixedIp = nic.v4FixedIp ?? nic.v6FixedIp;
  // Nova has one `fixed_ip` per NIC; novaclient refuses both for the same reason.
  if (nic.v4FixedIp !== undefined && nic.v6FixedIp !== undefined) p.add({ field, code: 'fixedIpBoth' });
  if (nic.portId !== undefined) {
    // The port already belongs to a network and carries its addresses; Nova ignores or rejects the rest.
    if (nic.netId !== undefined || fixedIp !== undefined) p.add({ field, code: 'portAlone' });
    // Nova: "Unable to launch multiple instances with a single configured port ID".
    if (maxCount > 1) p.add({ field, code: 'portMulti' });
  } else if (nic.netId === undefined) {
    // Nova finds no network for a NIC without one (and novaclient asks for net-id or port-id).
    p.add({ field, code: 'nicNeedsTarget' });
  }
  // Nova: "max_count cannot be greater than 1 if an fixed_ip is specified".
  if (fixedIp !== undefined && maxCount > 1) p.add({ field, code: 'fixedIpMulti' });

  const out: NovaNetworkRequest = {};
  if (nic.netId !== undefined) out.uuid = nic.netId;
  if (nic.portId !== undefined) out.port = nic.portId;
  if (fixedIp !== undefined) out.fixed_ip = fixedIp;
  if (nic.tag !== undefined && p.gate('server.nic.tag', `${field}.tag`)) out.tag = nic.tag;
  return out;
}

/**
 * `server.networks`, or undefined when it must be left out. Below 2.37 leaving it out lets Nova
 * pick as it always did; from 2.37 Nova requires it, so the user's choice must be explicit
 * (an empty NIC list is no choice either: it sends nothing, like an absent one).
 */
export function buildNetworks(networks: ServerCreateRequest['networks'], maxCount: number, p: Problems): NovaNetworks | undefined {
  if (networks === 'auto' || networks === 'none') {
    return p.gate('server.networks.autoNone', 'networks') ? networks : undefined;
  }
  if (networks === undefined || networks.length === 0) {
    if (supports('server.networks.required', p.microversion)) p.add({ field: 'networks', code: 'networksRequired' });
    return undefined;
  }
  return networks.map((nic, i) => buildNic(nic, i, maxCount, p));
}
