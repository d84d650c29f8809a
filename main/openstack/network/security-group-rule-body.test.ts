import { describe, expect, it } from 'vitest';
import type { SecurityGroupRuleCreateRequest } from '../../../shared/schemas/network.js';
import { buildSecurityGroupRuleBody } from './security-group-rule-body.js';

const base: SecurityGroupRuleCreateRequest = { securityGroupId: 'sg', direction: 'ingress' };
const rule = (over: Partial<SecurityGroupRuleCreateRequest>) => buildSecurityGroupRuleBody({ ...base, ...over }).security_group_rule;
const fieldOf = (over: Partial<SecurityGroupRuleCreateRequest>): string | undefined => {
  try {
    rule(over);
  } catch (e) {
    return (e as { kind?: string; field?: string }).kind === 'validation' ? (e as { field: string }).field : 'not-validation';
  }
  return undefined;
};

describe('buildSecurityGroupRuleBody', () => {
  it('builds an allow-all IPv4 rule with no protocol or ports', () => {
    expect(rule({})).toEqual({ security_group_id: 'sg', direction: 'ingress', ethertype: 'IPv4' });
  });

  it('builds a tcp port range with a remote prefix and description', () => {
    expect(
      rule({ protocol: 'TCP', portRangeMin: 80, portRangeMax: 443, remoteIpPrefix: '198.51.100.0/24', description: 'web' }),
    ).toEqual({
      security_group_id: 'sg',
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      port_range_min: 80,
      port_range_max: 443,
      remote_ip_prefix: '198.51.100.0/24',
      description: 'web',
    });
  });

  it('turns a single tcp port into a range of one from either end', () => {
    expect(rule({ protocol: 'tcp', portRangeMin: 22 })).toMatchObject({ port_range_min: 22, port_range_max: 22 });
    expect(rule({ protocol: 'udp', portRangeMax: 53 })).toMatchObject({ port_range_min: 53, port_range_max: 53 });
  });

  it('infers IPv6 from an IPv6 prefix and refuses a contradicting ethertype', () => {
    expect(rule({ remoteIpPrefix: '2001:db8::/32' }).ethertype).toBe('IPv6');
    expect(fieldOf({ remoteIpPrefix: '2001:db8::/32', ethertype: 'IPv4' })).toBe('ethertype');
  });

  it('sends ICMP type and code as the port range, and needs the type for a code', () => {
    expect(rule({ protocol: 'icmp', portRangeMin: 8, portRangeMax: 0 })).toMatchObject({ port_range_min: 8, port_range_max: 0 });
    expect(rule({ protocol: 'icmp', portRangeMin: 8 })).not.toHaveProperty('port_range_max');
    expect(fieldOf({ protocol: 'icmp', portRangeMax: 0 })).toBe('portRangeMin');
    expect(fieldOf({ protocol: 'icmp', portRangeMin: 256 })).toBe('portRangeMin');
  });

  it('refuses what Neutron would refuse, naming the field', () => {
    expect(fieldOf({ portRangeMin: 22 })).toBe('protocol');
    expect(fieldOf({ protocol: 'tcp', portRangeMin: 443, portRangeMax: 80 })).toBe('portRangeMax');
    expect(fieldOf({ protocol: 'tcp', portRangeMin: 0 })).toBe('portRangeMin');
    expect(fieldOf({ protocol: 'tcp', portRangeMax: 70000 })).toBe('portRangeMax');
    expect(fieldOf({ protocol: 'gre', portRangeMin: 1 })).toBe('portRangeMin');
    expect(fieldOf({ remoteIpPrefix: '10.0.0.0/8', remoteGroupId: 'g' })).toBe('remoteGroupId');
    expect(fieldOf({ direction: 'sideways' as never })).toBe('direction');
    expect(fieldOf({ securityGroupId: '' })).toBe('securityGroupId');
  });

  it('passes a remote group and a numeric protocol through', () => {
    expect(rule({ remoteGroupId: 'other', protocol: '6', portRangeMin: 8080 })).toMatchObject({
      remote_group_id: 'other',
      protocol: '6',
      port_range_min: 8080,
      port_range_max: 8080,
    });
  });
});
