import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import type { Network, Port } from '../../../../shared/domain/network.js';
import type { Server } from '../../../../shared/domain/server.js';
import type { SerializedError } from '../../../../shared/errors.js';

/**
 * The floating IP rules the screens share, pure: which question to ask (an external network,
 * a port) only when there is a choice, which addresses are free, what a row shows.
 */

/** A question asked only when there is something to choose: nothing, the only one (taken without asking), or several. */
export type Choice<T> = { kind: 'none' } | { kind: 'one'; value: T } | { kind: 'ask'; options: T[] };

export function choiceOf<T>(options: readonly T[]): Choice<T> {
  if (options.length === 0) return { kind: 'none' };
  if (options.length === 1) return { kind: 'one', value: options[0]! };
  return { kind: 'ask', options: [...options] };
}

const byName = (a: Network, b: Network) => (a.name || a.id).localeCompare(b.name || b.id);

/** The networks floating IPs come from (`router:external`), by name. */
export const externalNetworks = (networks: readonly Network[]) => networks.filter((n) => n.external).sort(byName);

/** Which external network to allocate from: asked only when the cloud has several. */
export const externalChoice = (networks: readonly Network[]): Choice<Network> => choiceOf(externalNetworks(networks));

const isIpv4 = (ip: string) => !ip.includes(':');

/** "203.0.113.9" before "203.0.113.10": addresses in numeric order, IPv4 by octets. */
export function compareIps(a: string, b: string): number {
  if (isIpv4(a) && isIpv4(b)) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
    return 0;
  }
  return a.localeCompare(b);
}

/** One fixed address of a server a floating IP can point at: the port and the address on it. */
export interface PortTarget {
  portId: string;
  fixedIp: string;
  networkId: string;
  /** the network's name, or its id when this project cannot see it */
  networkName: string;
}

export type NoTarget = 'noPorts' | 'noIpv4' | 'allTaken';

export interface PortChoice {
  choice: Choice<PortTarget>;
  /** why there is nothing to choose (`choice.kind === 'none'`) */
  none?: NoTarget;
}

/**
 * Where a floating IP can go on a server: each IPv4 address of its ports (Neutron's floating
 * IPs are IPv4; a dual-stack port has one target, its IPv4 address) that has no floating IP
 * yet (Neutron takes one per fixed address) and is not on an external network itself. Asked
 * only when there are several, e.g. a server on two networks.
 */
export function portChoice(ports: readonly Port[], fips: readonly FloatingIp[], networks: readonly Network[]): PortChoice {
  const nets = new Map(networks.map((n) => [n.id, n]));
  if (ports.length === 0) return { choice: { kind: 'none' }, none: 'noPorts' };
  const all: PortTarget[] = ports
    .filter((p) => !nets.get(p.networkId)?.external)
    .flatMap((p) =>
      p.fixedIps
        .filter((f) => isIpv4(f.ipAddress))
        .map((f) => ({ portId: p.id, fixedIp: f.ipAddress, networkId: p.networkId, networkName: nets.get(p.networkId)?.name || p.networkId })),
    );
  if (all.length === 0) return { choice: { kind: 'none' }, none: 'noIpv4' };
  const taken = (t: PortTarget) => fips.some((f) => f.portId === t.portId && f.fixedIpAddress === t.fixedIp);
  const open = all.filter((t) => !taken(t)).sort((a, b) => a.networkName.localeCompare(b.networkName) || compareIps(a.fixedIp, b.fixedIp));
  return open.length === 0 ? { choice: { kind: 'none' }, none: 'allTaken' } : { choice: choiceOf(open) };
}

/**
 * The addresses free to associate with a server: not on a port, and of the server's project
 * (an admin's list has every project's; Neutron refuses another project's address for a port).
 */
export function freeFloatingIps(fips: readonly FloatingIp[], projectId?: string): FloatingIp[] {
  return fips
    .filter((f) => !f.portId && (!projectId || !f.projectId || f.projectId === projectId))
    .sort((a, b) => compareIps(a.floatingIpAddress, b.floatingIpAddress));
}

/** The floating IPs on a server's ports, by address. */
export function floatingIpsOf(fips: readonly FloatingIp[], ports: readonly Port[]): FloatingIp[] {
  const ids = new Set(ports.map((p) => p.id));
  return fips.filter((f) => f.portId && ids.has(f.portId)).sort((a, b) => compareIps(a.floatingIpAddress, b.floatingIpAddress));
}

/** What a floating IP's row shows and sorts by. */
export interface FipView {
  address: string;
  /** the external network's name (its id when not known) */
  pool: string;
  fixedIp: string | undefined;
  /** the server the address points at, when its port is a server's (`compute:*`) */
  serverId: string | undefined;
  /** what else owns the port (a load balancer, a router…), when not a server */
  otherOwner: string | undefined;
  portId: string | undefined;
  status: string;
  associated: boolean;
}

export function fipView(f: FloatingIp, networkNames: Readonly<Record<string, string>>): FipView {
  const owner = f.port?.deviceOwner ?? '';
  const isServer = owner.startsWith('compute:') && !!f.port?.deviceId;
  return {
    address: f.floatingIpAddress,
    pool: networkNames[f.floatingNetworkId] || f.floatingNetworkId,
    fixedIp: f.fixedIpAddress,
    serverId: isServer ? f.port!.deviceId : undefined,
    otherOwner: f.port && !isServer ? owner || undefined : undefined,
    portId: f.portId,
    status: f.status,
    associated: !!f.portId,
  };
}

/** The screen's status toggle: every address, those on a port, those free. */
export const FIP_FILTERS = ['all', 'associated', 'free'] as const;
export type FipFilter = (typeof FIP_FILTERS)[number];

export const matchesFipFilter = (f: FloatingIp, filter: FipFilter) => filter === 'all' || (filter === 'associated') === !!f.portId;

/** Neutron's 409 OverQuota for floating IPs ("Quota exceeded for resources: ['floatingip']"). */
export const isFloatingIpQuota = (e: SerializedError) => e.kind === 'over_limit' && /floating.?ip/i.test(e.message);

/** An answer that does not say whether the cloud did it: ask the cloud before saying it failed. */
export const isUnclear = (e: SerializedError) => e.kind === 'network' || e.kind === 'timeout' || e.kind === 'server_error';

/** "web-1", or "web-1 (1a2b3c4d)" where two servers share the name. */
export function serverLabels(servers: readonly Server[]): Array<{ id: string; label: string }> {
  const count = new Map<string, number>();
  for (const s of servers) count.set(s.name, (count.get(s.name) ?? 0) + 1);
  return [...servers]
    .filter((s) => s.status.toUpperCase() !== 'DELETED' && s.taskState !== 'deleting')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({ id: s.id, label: (count.get(s.name) ?? 0) > 1 || !s.name ? `${s.name || s.id} (${s.id.slice(0, 8)})` : s.name }));
}
