import { describe, expect, it } from 'vitest';
import { toSecurityGroup, type NeutronSecurityGroupRule } from './security-group-mapper.js';

const rule = (over: Partial<NeutronSecurityGroupRule>): NeutronSecurityGroupRule => ({
  direction: 'egress',
  ethertype: 'IPv6',
  id: '3c0e45ff-adaf-4124-b083-bf390e5482ff',
  port_range_max: null,
  port_range_min: null,
  protocol: null,
  remote_group_id: null,
  remote_ip_prefix: null,
  security_group_id: '85cc3048-abc3-43cc-89b3-377341426ac5',
  description: '',
  ...over,
});

// Shaped like the api-ref "Show security group" example.
describe('toSecurityGroup', () => {
  const group = toSecurityGroup({
    description: 'default',
    id: '85cc3048-abc3-43cc-89b3-377341426ac5',
    name: 'default',
    security_group_rules: [
      rule({}),
      rule({
        id: 'c0b09f00-1d49-4e64-a0a7-8a186d928138',
        direction: 'ingress',
        ethertype: 'IPv4',
        remote_group_id: '85cc3048-abc3-43cc-89b3-377341426ac5',
      }),
      rule({
        id: 'ssh',
        direction: 'ingress',
        ethertype: 'IPv4',
        protocol: 'tcp',
        port_range_min: 22,
        port_range_max: 22,
        remote_ip_prefix: '203.0.113.0/24',
        description: null,
      }),
    ],
    project_id: 'e4f50856753b4dc6afee5fa6b9b6c550',
    tenant_id: 'e4f50856753b4dc6afee5fa6b9b6c550',
    stateful: true,
  });

  it('maps the group and keeps its rules in order', () => {
    expect(group).toMatchObject({
      id: '85cc3048-abc3-43cc-89b3-377341426ac5',
      name: 'default',
      description: 'default',
      projectId: 'e4f50856753b4dc6afee5fa6b9b6c550',
      stateful: true,
    });
    expect(group.rules.map((r) => r.id)).toEqual(['3c0e45ff-adaf-4124-b083-bf390e5482ff', 'c0b09f00-1d49-4e64-a0a7-8a186d928138', 'ssh']);
  });

  it('turns null protocol and ports into "any"', () => {
    expect(group.rules[0]).toEqual({
      id: '3c0e45ff-adaf-4124-b083-bf390e5482ff',
      securityGroupId: '85cc3048-abc3-43cc-89b3-377341426ac5',
      direction: 'egress',
      ethertype: 'IPv6',
      protocol: undefined,
      portRangeMin: undefined,
      portRangeMax: undefined,
      remoteIpPrefix: undefined,
      remoteGroupId: undefined,
      description: '',
    });
  });

  it('keeps remote group, prefix and port range', () => {
    expect(group.rules[1]?.remoteGroupId).toBe('85cc3048-abc3-43cc-89b3-377341426ac5');
    expect(group.rules[2]).toMatchObject({ protocol: 'tcp', portRangeMin: 22, portRangeMax: 22, remoteIpPrefix: '203.0.113.0/24', description: '' });
  });

  it('treats a group from before stateless groups existed as stateful', () => {
    expect(toSecurityGroup({ id: 'g', name: 'old' })).toMatchObject({ stateful: true, rules: [], description: '' });
  });
});
