import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import type { QuotaUsage } from '../../../../shared/domain/network-quota.js';
import type { Result } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { showAddressChange } from '../servers/address-overlay.js';
import { fipView, isUnclear, type PortTarget } from './floating-ip-rules.js';
import { useFloatingIps } from './floating-ips-store.js';

/** Where the address comes from: one the project holds, or a new one from an external network. */
export type FipSource = { kind: 'existing'; fip: FloatingIp } | { kind: 'allocate'; networkId: string };

/**
 * Puts a floating IP on a server's port. A new one is allocated and associated in one request
 * (`POST /floatingips` with the port): Neutron does both in one transaction, so a refusal
 * (quota, no router to that network) leaves nothing allocated, never an address to clean up
 * (floating-ips.int.test.ts shows it on the local cloud). After an answer that does not say
 * whether it happened (timeout, dropped connection, 5xx), Neutron is asked before the user is
 * told it failed: a POST is never repeated (DESIGN.md decision 7).
 */
export async function putOnPort(cloud: string, source: FipSource, target: PortTarget): Promise<Result<FloatingIp>> {
  const r =
    source.kind === 'existing'
      ? await api.invoke('floatingIps.associate', { cloud, id: source.fip.id, portId: target.portId, fixedIpAddress: target.fixedIp })
      : await api.invoke('floatingIps.create', { cloud, floatingIp: { floatingNetworkId: source.networkId, portId: target.portId, fixedIpAddress: target.fixedIp } });
  if (r.ok || !isUnclear(r.error)) return r;
  const now = await api.invoke('floatingIps.list', { cloud, portId: target.portId });
  const found = now.ok
    ? now.value.find(
        (f) => f.fixedIpAddress === target.fixedIp && (source.kind === 'existing' ? f.id === source.fip.id : f.floatingNetworkId === source.networkId),
      )
    : undefined;
  return found ? { ok: true, value: found } : r;
}

/** The project's floating IP quota, to name it when Neutron refuses one more (undefined when it cannot be read). */
export async function floatingIpQuota(cloud: string): Promise<QuotaUsage | undefined> {
  const r = await api.invoke('networkQuotas.details', { cloud });
  return r.ok ? r.value.floatingip : undefined;
}

function keepInList(cloud: string, fip: FloatingIp): void {
  const st = useFloatingIps.getState();
  if (st.lists[cloud]?.fetchedAt) st.upsert(cloud, fip);
}

/** A floating IP went onto a server's port: the floating IP list and the server's row show it now. */
export function noteAssociated(cloud: string, fip: FloatingIp, serverId: string, networkName: string): void {
  keepInList(cloud, fip);
  if (fip.fixedIpAddress) void showAddressChange(cloud, serverId, { add: { floating: fip.floatingIpAddress, fixed: fip.fixedIpAddress, network: networkName } });
}

/** A floating IP left its server (taken off or released): the server's row stops showing it now. */
export function noteTakenOff(cloud: string, before: FloatingIp): void {
  const serverId = fipView(before, {}).serverId;
  if (serverId) void showAddressChange(cloud, serverId, { remove: before.floatingIpAddress });
}

/** A new address from an external network, not on any port yet (the Floating IPs screen's Allocate). */
export async function allocate(cloud: string, networkId: string): Promise<Result<FloatingIp>> {
  const r = await api.invoke('floatingIps.create', { cloud, floatingIp: { floatingNetworkId: networkId } });
  if (r.ok) keepInList(cloud, r.value);
  return r;
}
