/** Usage of one quota resource. `limit: null` is unlimited (Nova's -1). */
export interface QuotaUsage {
  limit: number | null;
  inUse: number;
  reserved: number;
}

/**
 * Compute quota of a project with usage (`GET /os-quota-sets/{id}/detail`). Resources keep
 * Nova's names (`instances`, `cores`, `ram`, `key_pairs`, ...): they are the names quota
 * errors and `openstack quota set` use, and newer or older Nova versions add or drop some.
 */
export interface ComputeQuota {
  projectId: string;
  resources: Record<string, QuotaUsage>;
}
