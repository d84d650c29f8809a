import type { NetworkQuota } from '../../../../shared/domain/network-quota.js';
import type { ComputeQuota } from '../../../../shared/domain/quota.js';
import type { VolumeQuota } from '../../../../shared/domain/volume.js';
import { fromNeutron, fromQuota, type Usage } from '../../kit/usage.js';

/**
 * The overview's rows from each service's quota answer, in Horizon's order (Project →
 * Overview). Each service names its resources its own way (Nova `key_pairs`, Neutron
 * `floatingip`, Cinder `volumes_<type>`); a row's `key` is the overview's own name for it, the
 * label under `resource.` in the overview's namespace.
 */

export type UsageUnit = 'count' | 'mb' | 'gb';

export interface UsageRow {
  key: string;
  usage: Usage;
  unit: UsageUnit;
  /** a per-volume-type row: the type's name */
  volumeType?: string;
}

type Spec = readonly [serviceName: string, key: string, unit?: UsageUnit];

const COMPUTE: Spec[] = [
  ['instances', 'instances'],
  ['cores', 'cores'],
  ['ram', 'ram', 'mb'],
  ['key_pairs', 'keypairs'],
  ['server_groups', 'serverGroups'],
];

const NETWORK: Spec[] = [
  ['floatingip', 'floatingIps'],
  ['port', 'ports'],
  ['security_group', 'securityGroups'],
  ['security_group_rule', 'securityGroupRules'],
  ['network', 'networks'],
  ['router', 'routers'],
];

const VOLUME: Spec[] = [
  ['volumes', 'volumes'],
  ['gigabytes', 'gigabytes', 'gb'],
  ['snapshots', 'snapshots'],
];

function rows(specs: readonly Spec[], usageOf: (name: string) => Usage | undefined): UsageRow[] {
  return specs.flatMap(([name, key, unit = 'count']) => {
    const usage = usageOf(name);
    // a resource this cloud's version does not report is left out, not shown as 0 of 0
    return usage ? [{ key, usage, unit }] : [];
  });
}

/**
 * Nova counts key pairs per user: a project's quota detail always says 0 of them in use, so
 * the count is the user's own key pairs (`keypairs`), and without it the row is left out.
 */
export function computeRows(q: ComputeQuota, keypairs: number | undefined): UsageRow[] {
  return rows(COMPUTE, (n) => {
    const usage = fromQuota(q.resources[n]);
    if (n !== 'key_pairs' || !usage) return usage;
    return keypairs === undefined ? undefined : { ...usage, used: keypairs };
  });
}

export const networkRows = (q: NetworkQuota): UsageRow[] => rows(NETWORK, (n) => fromNeutron(q, n));

const PER_TYPE = /^(volumes|gigabytes|snapshots)_(.+)$/;

/**
 * Volumes, gigabytes and snapshots, then per volume type the ones the cloud limits. Cinder
 * answers `volumes_<type>` for every type, -1 where no one set a quota: those say nothing the
 * project-wide rows do not, so only limited ones become rows, grouped by type.
 */
export function volumeRows(q: VolumeQuota): UsageRow[] {
  const out = rows(VOLUME, (n) => fromQuota(q.resources[n]));
  const byType = new Map<string, UsageRow[]>();
  for (const [name, detail] of Object.entries(q.resources)) {
    const m = PER_TYPE.exec(name);
    const usage = fromQuota(detail);
    if (!m?.[1] || !m[2] || !usage || usage.max === null) continue;
    const spec = VOLUME.find(([n]) => n === m[1]);
    if (!spec) continue;
    const list = byType.get(m[2]) ?? [];
    list.push({ key: `${spec[1]}OfType`, usage, unit: spec[2] ?? 'count', volumeType: m[2] });
    byType.set(m[2], list);
  }
  const order = VOLUME.map(([, key]) => `${key}OfType`);
  for (const type of [...byType.keys()].sort()) {
    out.push(...(byType.get(type) ?? []).sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)));
  }
  return out;
}

/** The across-clouds table's columns: the resources that decide where a new server fits. */
export const SUMMARY_KEYS = ['instances', 'cores', 'ram', 'floatingIps', 'volumes', 'gigabytes'] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];
