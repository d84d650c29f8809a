import { describe, expect, it } from 'vitest';
import type { NetworkQuota } from '../../../../shared/domain/network-quota.js';
import type { ComputeQuota, QuotaUsage } from '../../../../shared/domain/quota.js';
import { computeRows, networkRows, volumeRows } from './overview-rows.js';

const q = (inUse: number, limit: number | null, reserved = 0): QuotaUsage => ({ inUse, limit, reserved });

// Shaped like the mapped answers of GET /os-quota-sets/{id}/detail (Nova), GET
// /v2.0/quotas/{id}/details (Neutron) and GET /os-quota-sets/{id}?usage=true (Cinder).
const nova: ComputeQuota = {
  projectId: 'p1',
  resources: {
    instances: q(3, 10),
    cores: q(9, 10),
    ram: q(51_200, 51_200),
    key_pairs: q(2, 100),
    server_groups: q(12, 10),
    server_group_members: q(0, 10),
    metadata_items: q(0, 128),
    injected_files: q(0, 5),
  },
};

const neutron: NetworkQuota = {
  network: { used: 1, reserved: 0, limit: 100 },
  subnet: { used: 1, reserved: 0, limit: 100 },
  port: { used: 4, reserved: 0, limit: 500 },
  router: { used: 0, reserved: 0, limit: 10 },
  floatingip: { used: 1, reserved: 0, limit: 50 },
  security_group: { used: 1, reserved: 0, limit: 10 },
  security_group_rule: { used: 4, reserved: 0, limit: undefined },
  rbac_policy: { used: 0, reserved: 0, limit: 10 },
};

describe('compute rows', () => {
  it("are Horizon's five, in its order, with Nova's names mapped and the rest left out", () => {
    const rows = computeRows(nova, 2);
    expect(rows.map((r) => r.key)).toEqual(['instances', 'cores', 'ram', 'keypairs', 'serverGroups']);
    expect(rows.find((r) => r.key === 'ram')).toEqual({ key: 'ram', usage: { used: 51_200, max: 51_200 }, unit: 'mb' });
    // over quota is kept as it is: 12 of 10
    expect(rows.find((r) => r.key === 'serverGroups')?.usage).toEqual({ used: 12, max: 10 });
  });

  it('leave out a resource the cloud does not report rather than showing 0 of 0', () => {
    const { server_groups: _gone, ...rest } = nova.resources;
    expect(computeRows({ ...nova, resources: rest }, 2).map((r) => r.key)).not.toContain('serverGroups');
  });

  it("count key pairs as the user's own (Nova's project detail always says 0), and leave the row out without that count", () => {
    const zero = { ...nova, resources: { ...nova.resources, key_pairs: q(0, 100) } };
    expect(computeRows(zero, 7).find((r) => r.key === 'keypairs')?.usage).toEqual({ used: 7, max: 100 });
    expect(computeRows(zero, undefined).map((r) => r.key)).not.toContain('keypairs');
  });
});

describe('network rows', () => {
  it('are floating IPs, ports, security groups and rules, networks, routers; unlimited stays unlimited', () => {
    const rows = networkRows(neutron);
    expect(rows.map((r) => r.key)).toEqual(['floatingIps', 'ports', 'securityGroups', 'securityGroupRules', 'networks', 'routers']);
    expect(rows.find((r) => r.key === 'securityGroupRules')?.usage).toEqual({ used: 4, max: null });
  });
});

describe('block storage rows', () => {
  const cinder = (extra: Record<string, QuotaUsage> = {}): ComputeQuota => ({
    projectId: 'p1',
    resources: {
      volumes: q(2, 10),
      gigabytes: q(3, 1000),
      snapshots: q(0, 10),
      backups: q(0, 10),
      backup_gigabytes: q(0, 1000),
      per_volume_gigabytes: q(0, null),
      groups: q(0, 10),
      volumes___DEFAULT__: q(2, null),
      gigabytes___DEFAULT__: q(3, null),
      snapshots___DEFAULT__: q(0, null),
      ...extra,
    },
  });

  it('are volumes, gigabytes and snapshots; per-type rows only where a type has a quota', () => {
    const rows = volumeRows(cinder());
    expect(rows.map((r) => r.key)).toEqual(['volumes', 'gigabytes', 'snapshots']);
    expect(rows.find((r) => r.key === 'gigabytes')?.unit).toBe('gb');
  });

  it('add the limited per-type rows after them, grouped by type, in the same order', () => {
    const rows = volumeRows(cinder({ gigabytes_ssd: q(40, 50), volumes_ssd: q(4, 5), snapshots_ssd: q(0, null), volumes_hdd: q(1, 20) }));
    expect(rows.slice(3).map((r) => [r.key, r.volumeType])).toEqual([
      ['volumesOfType', 'hdd'],
      ['volumesOfType', 'ssd'],
      ['gigabytesOfType', 'ssd'],
    ]);
    expect(rows.find((r) => r.key === 'gigabytesOfType')).toEqual({ key: 'gigabytesOfType', usage: { used: 40, max: 50 }, unit: 'gb', volumeType: 'ssd' });
  });

  it('keep a type name that holds underscores whole', () => {
    const rows = volumeRows(cinder({ volumes_fast_nvme: q(1, 3) }));
    expect(rows.at(-1)?.volumeType).toBe('fast_nvme');
  });
});
