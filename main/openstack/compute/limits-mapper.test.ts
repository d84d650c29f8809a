import { describe, expect, it } from 'vitest';
import { toComputeLimits } from './limits-mapper.js';

describe('toComputeLimits', () => {
  // api-ref "Show Rate And Absolute Limits" sample at 2.57+ (no network, image meta or personality limits)
  const v257 = {
    maxServerGroupMembers: 10,
    maxServerGroups: 10,
    maxServerMeta: 128,
    maxTotalCores: 20,
    maxTotalInstances: 10,
    maxTotalKeypairs: 100,
    maxTotalRAMSize: 51200,
    totalCoresUsed: 0,
    totalInstancesUsed: 0,
    totalRAMUsed: 0,
    totalServerGroupsUsed: 0,
  };

  it('maps max and used pairs and max-only limits at a recent version', () => {
    const l = toComputeLimits({ ...v257, totalInstancesUsed: 3, totalCoresUsed: 4, totalRAMUsed: 1536 });
    expect(l.instances).toEqual({ max: 10, used: 3 });
    expect(l.cores).toEqual({ max: 20, used: 4 });
    expect(l.ramMb).toEqual({ max: 51200, used: 1536 });
    expect(l.serverGroups).toEqual({ max: 10, used: 0 });
    expect(l.keypairs).toEqual({ max: 100 });
    expect(l.serverGroupMembers).toEqual({ max: 10 });
    expect(l.serverMetadataItems).toEqual({ max: 128 });
    // limits this version no longer reports stay absent
    expect(l).not.toHaveProperty('floatingIps');
    expect(l).not.toHaveProperty('personalityFiles');
  });

  it('maps the older limits that 2.1 still reports, -1 as unlimited', () => {
    const l = toComputeLimits({
      ...v257,
      maxImageMeta: 128,
      maxPersonality: 5,
      maxPersonalitySize: 10240,
      maxSecurityGroupRules: -1,
      maxSecurityGroups: -1,
      maxTotalFloatingIps: -1,
      totalFloatingIpsUsed: 0,
      totalSecurityGroupsUsed: 2,
    });
    expect(l.imageMetadataItems).toEqual({ max: 128 });
    expect(l.personalityFiles).toEqual({ max: 5 });
    expect(l.personalityFileBytes).toEqual({ max: 10240 });
    expect(l.securityGroups).toEqual({ max: null, used: 2 });
    expect(l.securityGroupRules).toEqual({ max: null });
    expect(l.floatingIps).toEqual({ max: null, used: 0 });
  });

  it('shows a missing maximum of a core limit as unlimited, not as 0', () => {
    expect(toComputeLimits({}).instances).toEqual({ max: null });
    expect(toComputeLimits({ maxTotalInstances: -1, totalInstancesUsed: 7 }).instances).toEqual({ max: null, used: 7 });
  });
});
