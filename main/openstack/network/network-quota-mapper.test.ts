import { describe, expect, it } from 'vitest';
import { toNetworkQuota } from './network-quota-mapper.js';

describe('toNetworkQuota', () => {
  it('maps used, limit and reserved per resource, -1 meaning unlimited', () => {
    // shaped like the api-ref "List quotas for a project with usage details" example
    const q = toNetworkQuota({
      quota: {
        network: { used: 1, limit: 100, reserved: 0 },
        floatingip: { used: 2, limit: 50, reserved: 1 },
        subnetpool: { used: 0, limit: -1, reserved: 0 },
        security_group_rule: { used: 4, limit: 1000 },
      },
    });
    expect(q).toEqual({
      network: { used: 1, limit: 100, reserved: 0 },
      floatingip: { used: 2, limit: 50, reserved: 1 },
      subnetpool: { used: 0, limit: undefined, reserved: 0 },
      security_group_rule: { used: 4, limit: 1000, reserved: 0 },
    });
  });
});
