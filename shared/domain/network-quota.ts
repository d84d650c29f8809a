export interface QuotaUsage {
  used: number;
  reserved: number;
  /** undefined: unlimited (Neutron says -1) */
  limit: number | undefined;
}

/** Neutron quota details by resource name (network, subnet, port, router, floatingip, ...). */
export type NetworkQuota = Record<string, QuotaUsage>;
