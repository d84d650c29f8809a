import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuotaUsage } from '../../../../shared/domain/network-quota.js';
import { floatingIpQuota } from './floating-ip-ops.js';

/** What a refused allocation says on its field: the floating IP quota, with its numbers when Neutron gives them. */
export function quotaMessage(t: (key: string, o?: Record<string, unknown>) => string, q: QuotaUsage | undefined): string {
  return q?.limit !== undefined ? t('floatingIps:quota', { used: q.used, limit: q.limit }) : t('floatingIps:quotaNoNumbers');
}

/** Reads the quota when Neutron has refused one more floating IP, and words it for the field. */
export function useQuotaText(cloud: string): () => Promise<string> {
  const { t } = useTranslation('floatingIps');
  return useCallback(async () => quotaMessage(t as never, await floatingIpQuota(cloud)), [t, cloud]);
}
