import type { SerializedError } from '../../../../shared/errors.js';
import { SUMMARY_KEYS, type SummaryKey, type UsageRow } from './overview-rows.js';
import { isAbsent, type Service, type ServiceUsage } from './overview-store.js';

/** Which service answers each column of the across-clouds table. */
export const SERVICE_OF: Record<SummaryKey, Service> = {
  instances: 'compute',
  cores: 'compute',
  ram: 'compute',
  floatingIps: 'network',
  volumes: 'volume',
  gigabytes: 'volume',
};

/** What a cell of the across-clouds table shows. */
export type SummaryCell =
  | { kind: 'usage'; row: UsageRow }
  | { kind: 'loading' }
  /** the cloud's catalog has no such service */
  | { kind: 'absent' }
  | { kind: 'error'; error: SerializedError }
  /** the service answered without this resource */
  | { kind: 'none' };

export interface SummaryRow {
  id: string;
  name: string;
  /** two scopes of one profile may differ only in it */
  region: string | undefined;
  cells: Record<SummaryKey, SummaryCell>;
}

function cellOf(u: ServiceUsage | undefined, key: SummaryKey): SummaryCell {
  // the last answer stays while reloading or after a failed reload
  const row = u?.rows?.find((r) => r.key === key && r.volumeType === undefined);
  if (row) return { kind: 'usage', row };
  if (!u || u.state === 'loading') return { kind: 'loading' };
  if (u.state === 'error') return isAbsent(u) ? { kind: 'absent' } : { kind: 'error', error: u.error };
  return { kind: 'none' };
}

/** One row per open cloud, its cells from that cloud's quota answers. */
export function summaryRow(
  cloud: { id: string; name: string; region?: string | undefined },
  usage: Partial<Record<Service, ServiceUsage>> | undefined,
): SummaryRow {
  const cells = Object.fromEntries(SUMMARY_KEYS.map((k) => [k, cellOf(usage?.[SERVICE_OF[k]], k)])) as Record<SummaryKey, SummaryCell>;
  return { ...cloud, region: cloud.region, cells };
}
