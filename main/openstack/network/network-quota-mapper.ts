import type { NetworkQuota } from '../../../shared/domain/network-quota.js';

/** `GET /v2.0/quotas/{project_id}/details` */
export interface NeutronQuotaDetails {
  quota: Record<string, { used: number; limit: number; reserved?: number }>;
}

export function toNetworkQuota(body: NeutronQuotaDetails): NetworkQuota {
  const out: NetworkQuota = {};
  for (const [resource, q] of Object.entries(body.quota)) {
    out[resource] = { used: q.used, reserved: q.reserved ?? 0, limit: q.limit < 0 ? undefined : q.limit };
  }
  return out;
}
