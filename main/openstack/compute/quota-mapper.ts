import type { ComputeQuota, QuotaUsage } from '../../../shared/domain/quota.js';

interface NovaQuotaDetail {
  limit: number;
  in_use: number;
  reserved?: number;
}

/** `quota_set` of `GET /os-quota-sets/{project_id}/detail`: `id` plus one detail object per resource. */
export type NovaQuotaSetDetail = { id: string } & Record<string, NovaQuotaDetail | string>;

function isDetail(v: unknown): v is NovaQuotaDetail {
  return !!v && typeof v === 'object' && typeof (v as NovaQuotaDetail).limit === 'number';
}

export function toQuotaUsage(d: NovaQuotaDetail): QuotaUsage {
  return {
    limit: d.limit < 0 ? null : d.limit,
    inUse: d.in_use ?? 0,
    // Nova counts usage live since Pike: reserved is always 0 there, but older clouds still report it
    reserved: d.reserved ?? 0,
  };
}

export function toComputeQuota(q: NovaQuotaSetDetail): ComputeQuota {
  const resources: Record<string, QuotaUsage> = {};
  for (const [key, value] of Object.entries(q)) {
    if (isDetail(value)) resources[key] = toQuotaUsage(value);
  }
  return { projectId: q.id, resources };
}
