import { describe, expect, it } from 'vitest';
import { toComputeQuota, type NovaQuotaSetDetail } from './quota-mapper.js';

describe('toComputeQuota', () => {
  // api-ref "Show The Detail of Quota" sample (2.57+: no network or injected-file resources)
  const detail: NovaQuotaSetDetail = {
    cores: { in_use: 0, limit: 20, reserved: 0 },
    id: 'fake_tenant',
    instances: { in_use: 0, limit: 10, reserved: 0 },
    key_pairs: { in_use: 0, limit: 100, reserved: 0 },
    metadata_items: { in_use: 0, limit: 128, reserved: 0 },
    ram: { in_use: 0, limit: 51200, reserved: 0 },
    server_group_members: { in_use: 0, limit: 10, reserved: 0 },
    server_groups: { in_use: 0, limit: 10, reserved: 0 },
  };

  it('maps every resource by its Nova name and the project id, not the id as a resource', () => {
    const q = toComputeQuota({ ...detail, instances: { in_use: 2, limit: 10, reserved: 1 } });
    expect(q.projectId).toBe('fake_tenant');
    expect(Object.keys(q.resources).sort()).toEqual(
      ['cores', 'instances', 'key_pairs', 'metadata_items', 'ram', 'server_group_members', 'server_groups'],
    );
    expect(q.resources.instances).toEqual({ limit: 10, inUse: 2, reserved: 1 });
    expect(q.resources.ram).toEqual({ limit: 51200, inUse: 0, reserved: 0 });
  });

  it('turns -1 into unlimited (null) and keeps resources older versions add', () => {
    const q = toComputeQuota({ ...detail, floating_ips: { in_use: 1, limit: -1, reserved: 0 } });
    expect(q.resources.floating_ips).toEqual({ limit: null, inUse: 1, reserved: 0 });
  });
});
