import { describe, expect, it } from 'vitest';
import { SecurityGroupRuleCreateRequest } from './network.js';
import { EMPTY_RULE_FORM, ruleRequestOf, SecurityGroupRuleForm, type SecurityGroupRuleForm as Form } from './security-group-rule.js';

const GROUP = '85cc3048-abc3-43cc-89b3-377341426ac5';
const form = (over: Partial<Form>): Form => ({ ...EMPTY_RULE_FORM, ...over });
/** The form's problems as field → code. */
const problems = (over: Partial<Form>) => {
  const r = SecurityGroupRuleForm.safeParse(form(over));
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the rules editor form: each problem on its field', () => {
  it('takes an SSH rule from anywhere', () => {
    expect(problems({ portMin: '22' })).toEqual({});
  });

  it('refuses a CIDR that does not parse', () => {
    expect(problems({ remoteIpPrefix: '10.0.0.0/33' })).toEqual({ remoteIpPrefix: 'cidrInvalid' });
    expect(problems({ remoteIpPrefix: '300.1.2.0/24' })).toEqual({ remoteIpPrefix: 'cidrInvalid' });
    expect(problems({ remoteIpPrefix: 'office' })).toEqual({ remoteIpPrefix: 'cidrInvalid' });
  });

  it('refuses an IPv6 CIDR on an IPv4 rule, and the other way round', () => {
    expect(problems({ remoteIpPrefix: '2001:db8::/32' })).toEqual({ remoteIpPrefix: 'cidrFamily' });
    expect(problems({ ethertype: 'IPv6', remoteIpPrefix: '198.51.100.0/24' })).toEqual({ remoteIpPrefix: 'cidrFamily' });
    expect(problems({ ethertype: 'IPv6', remoteIpPrefix: '2001:db8::/32' })).toEqual({});
  });

  it('ignores the CIDR when the remote is a group, which must then be chosen', () => {
    expect(problems({ remote: 'group', remoteIpPrefix: 'junk' })).toEqual({ remoteGroupId: 'remoteGroupRequired' });
    expect(problems({ remote: 'group', remoteGroupId: GROUP })).toEqual({});
  });

  it('refuses a port range out of order or outside 1–65535', () => {
    expect(problems({ portMin: '8080', portMax: '80' })).toEqual({ portMax: 'portOrder' });
    expect(problems({ portMin: '0' })).toEqual({ portMin: 'portOutOfRange' });
    expect(problems({ portMin: '1', portMax: '65536' })).toEqual({ portMax: 'portOutOfRange' });
    expect(problems({ portMin: '-1' })).toMatchObject({ portMin: 'portOutOfRange' });
    expect(problems({ protocol: 'udp', portMin: '1', portMax: '65535' })).toEqual({});
  });

  it('refuses ports for any protocol and for ICMP', () => {
    expect(problems({ protocol: 'any', portMin: '22' })).toEqual({ portMin: 'portsNotTaken' });
    expect(problems({ protocol: 'icmp', portMax: '8' })).toEqual({ portMin: 'portsNotTaken' });
    expect(problems({ protocol: 'icmp' })).toEqual({});
  });

  it('takes a protocol number 0–255, with ports only where the protocol has them', () => {
    expect(problems({ protocol: 'number', protocolNumber: '' })).toEqual({ protocolNumber: 'protocolNumber' });
    expect(problems({ protocol: 'number', protocolNumber: '256' })).toEqual({ protocolNumber: 'protocolNumber' });
    expect(problems({ protocol: 'number', protocolNumber: '132', portMin: '5000' })).toEqual({});
    expect(problems({ protocol: 'number', protocolNumber: '47', portMin: '5000' })).toEqual({ portMin: 'portsNotTaken' });
  });
});

describe('ruleRequestOf', () => {
  it('makes a single port a range of one, and leaves out what is empty', () => {
    expect(ruleRequestOf(form({ portMin: '22' }), GROUP)).toEqual({
      securityGroupId: GROUP,
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      portRangeMin: 22,
      portRangeMax: 22,
      remoteIpPrefix: '0.0.0.0/0',
    });
  });

  it('sends any protocol as none, and a remote group instead of a prefix', () => {
    expect(ruleRequestOf(form({ protocol: 'any', remote: 'group', remoteGroupId: GROUP }), GROUP)).toEqual({
      securityGroupId: GROUP,
      direction: 'ingress',
      ethertype: 'IPv4',
      remoteGroupId: GROUP,
    });
  });

  it('is what main takes: its request schema passes it', () => {
    expect(SecurityGroupRuleCreateRequest.safeParse(ruleRequestOf(form({ portMin: '443', description: 'web' }), GROUP)).success).toBe(true);
  });
});

describe('main checks a rule request the same way', () => {
  const base = { securityGroupId: GROUP, direction: 'ingress' as const };
  const fieldsOf = (req: object) => {
    const r = SecurityGroupRuleCreateRequest.safeParse(req);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('refuses a prefix of the other family, ports out of order, ports without a protocol', () => {
    expect(fieldsOf({ ...base, ethertype: 'IPv4', remoteIpPrefix: '2001:db8::/32' })).toEqual(['remoteIpPrefix:cidrFamily']);
    expect(fieldsOf({ ...base, protocol: 'tcp', portRangeMin: 90, portRangeMax: 80 })).toEqual(['portRangeMax:portOrder']);
    expect(fieldsOf({ ...base, portRangeMin: 22 })).toEqual(['portRangeMin:portsNotTaken']);
  });

  it('still takes an ICMP type and code (the API carries them in the port fields)', () => {
    expect(fieldsOf({ ...base, protocol: 'icmp', portRangeMin: 8, portRangeMax: 0 })).toEqual([]);
  });
});
