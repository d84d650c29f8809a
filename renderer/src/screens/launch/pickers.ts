import type { Image } from '../../../../shared/domain/image.js';
import type { Network, Port, Subnet } from '../../../../shared/domain/network.js';
import type { SecurityGroup } from '../../../../shared/domain/security-group.js';

/** What each picker offers: the filters Horizon applies to its launch tables, as pure functions. */

/** Kernel and ramdisk images cannot boot a server (Horizon's isBootableImageType). */
const NOT_BOOTABLE = new Set(['aki', 'ari']);

export const isSnapshot = (i: Image) => i.properties.image_type === 'snapshot';

export function bootable(images: Image[]): Image[] {
  return images.filter((i) => !NOT_BOOTABLE.has(i.containerFormat ?? '') && !NOT_BOOTABLE.has(i.diskFormat ?? '') && !i.hidden);
}

export interface NetworkRow {
  network: Network;
  subnets: Subnet[];
}

/**
 * Networks a server can join: with a subnet (Horizon bug #1237711) and administratively up.
 * An admin's token lists every project's networks: only the project's own and shared ones are
 * offered, as Horizon does.
 */
export function usableNetworks(networks: Network[], subnets: Subnet[], projectId?: string): { usable: NetworkRow[]; hidden: number } {
  const byNet = new Map<string, Subnet[]>();
  for (const s of subnets) byNet.set(s.networkId, [...(byNet.get(s.networkId) ?? []), s]);
  const usable: NetworkRow[] = [];
  let hidden = 0;
  for (const n of networks) {
    if (projectId && n.projectId && n.projectId !== projectId && !n.shared && !n.external) continue;
    const own = byNet.get(n.id) ?? [];
    if (own.length === 0 || !n.adminStateUp) hidden++;
    else usable.push({ network: n, subnets: own.sort((a, b) => a.ipVersion - b.ipVersion) });
  }
  return { usable: usable.sort((a, b) => a.network.name.localeCompare(b.network.name)), hidden };
}

/**
 * Ports a new server can take: unbound and administratively up (Horizon's filter), and the
 * project's own (an admin's token lists every project's ports).
 */
export const freePorts = (ports: Port[], projectId?: string) =>
  ports.filter((p) => p.deviceId === '' && p.deviceOwner === '' && p.adminStateUp && (!projectId || !p.projectId || p.projectId === projectId));

/**
 * Security groups of the current project only: an admin's token lists every project's groups,
 * many named `default` (Horizon filters by tenant for the same reason).
 */
export function projectGroups(groups: SecurityGroup[], projectId: string | undefined): SecurityGroup[] {
  const own = projectId ? groups.filter((g) => g.projectId === undefined || g.projectId === projectId) : groups;
  return [...own].sort((a, b) => (a.name === 'default' ? -1 : b.name === 'default' ? 1 : a.name.localeCompare(b.name)));
}
