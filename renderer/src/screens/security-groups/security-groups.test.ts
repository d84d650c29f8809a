import { describe, expect, it } from 'vitest';
import type { SecurityGroup, SecurityGroupRule } from '../../../../shared/domain/security-group.js';
import { EMPTY_RULE_FORM, SecurityGroupRuleForm } from '../../../../shared/schemas/security-group-rule.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { groupMarks } from './group-marks.js';
import { presetForm, RULE_PRESETS, type RulePreset } from './rule-presets.js';
import { existingRuleId } from './rule-refusal.js';
import { byDirection, ruleLine, toRuleRow } from './rule-rows.js';
import { SECURITY_GROUP_ACTIONS } from './security-group-actions.js';

const SG = '85cc3048-abc3-43cc-89b3-377341426ac5';
const WEB = 'a7734e61-b545-452d-a3cd-0189cbd9747a';

/** Rules as the mapper gives them for the api-ref "List security group rules" example bodies. */
const rule = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({
  id: '3c0e45ff-adaf-4124-b083-bf390e5482ff',
  securityGroupId: SG,
  direction: 'egress',
  ethertype: 'IPv6',
  protocol: undefined,
  portRangeMin: undefined,
  portRangeMax: undefined,
  remoteIpPrefix: undefined,
  remoteGroupId: undefined,
  description: '',
  ...over,
});
const names = (id: string) => ({ [SG]: 'default', [WEB]: 'web' })[id];

describe('security group actions', () => {
  it('every action has its words in English and Chinese', () => {
    expect(missingLocaleKeys(SECURITY_GROUP_ACTIONS)).toEqual([]);
  });

  it('delete goes by id, confirmed with the production guard; edit opens its dialog, rules the drawer tab', () => {
    const del = SECURITY_GROUP_ACTIONS.actions.find((a) => a.id === 'delete');
    expect(del).toMatchObject({ batchable: true, confirm: { production: true } });
    expect(del?.request?.input({ id: SG } as never, 'c1')).toEqual({ cloud: 'c1', id: SG });
    expect(SECURITY_GROUP_ACTIONS.actions.find((a) => a.id === 'edit')).toMatchObject({ dialog: 'edit' });
    expect(SECURITY_GROUP_ACTIONS.actions.find((a) => a.id === 'rules')).toMatchObject({ tab: 'rules' });
  });
});

describe('toRuleRow', () => {
  it('an egress rule naming no remote lets everything of its family out', () => {
    expect(toRuleRow(rule({}), names)).toMatchObject({ direction: 'egress', ethertype: 'IPv6', protocol: undefined, ports: undefined, remote: { kind: 'anywhere', cidr: '::/0' } });
    expect(toRuleRow(rule({ ethertype: 'IPv4' }), names).remote).toEqual({ kind: 'anywhere', cidr: '0.0.0.0/0' });
  });

  it('the default group\'s "from its members" rule names the group', () => {
    const row = toRuleRow(rule({ direction: 'ingress', ethertype: 'IPv4', remoteGroupId: SG }), names);
    expect(row.remote).toEqual({ kind: 'group', id: SG, name: 'default' });
    expect(toRuleRow(rule({ remoteGroupId: 'gone' }), names).remote).toEqual({ kind: 'group', id: 'gone', name: undefined });
  });

  it('ports: one, a range, all; ICMP type and code', () => {
    const tcp = (min?: number, max?: number) => toRuleRow(rule({ protocol: 'tcp', portRangeMin: min, portRangeMax: max, remoteIpPrefix: '203.0.113.0/24' }), names);
    expect(tcp(22, 22)).toMatchObject({ protocol: 'tcp', ports: '22', remote: { kind: 'cidr', cidr: '203.0.113.0/24' } });
    expect(tcp(8000, 8080).ports).toBe('8000–8080');
    expect(tcp().ports).toBeUndefined();
    expect(toRuleRow(rule({ protocol: 'icmp', portRangeMin: 8, portRangeMax: 0 }), names).ports).toBe('type 8 code 0');
  });

  it('one line names the rule (the duplicate refusal), ingress sorts first', () => {
    const ssh = toRuleRow(rule({ id: 'ssh', direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', portRangeMin: 22, portRangeMax: 22, remoteIpPrefix: '0.0.0.0/0' }), names);
    expect(ruleLine(ssh, { any: 'any', allPorts: 'all' })).toBe('ingress IPv4 tcp 22 0.0.0.0/0');
    const out = toRuleRow(rule({}), names);
    expect([out, ssh].sort(byDirection).map((r) => r.id)).toEqual(['ssh', out.id]);
  });
});

describe('existingRuleId', () => {
  it("reads the rule from Neutron's SecurityGroupRuleExists", () => {
    const message = 'Security group rule already exists. Rule id is 3c0e45ff-adaf-4124-b083-bf390e5482ff.';
    expect(existingRuleId({ kind: 'conflict', status: 409, message })).toBe('3c0e45ff-adaf-4124-b083-bf390e5482ff');
    expect(existingRuleId({ kind: 'conflict', status: 409, message: 'Security Group in use.' })).toBeUndefined();
  });
});

describe('presets', () => {
  it('each gives a rule the form takes (the group preset once a group is chosen)', () => {
    for (const p of Object.keys(RULE_PRESETS) as RulePreset[]) {
      const f = presetForm(p, { ...EMPTY_RULE_FORM, remoteGroupId: SG });
      expect(SecurityGroupRuleForm.safeParse(f).success, p).toBe(true);
    }
    expect(presetForm('ssh', { ...EMPTY_RULE_FORM, ethertype: 'IPv6' })).toMatchObject({ protocol: 'tcp', portMin: '22', remoteIpPrefix: '::/0' });
    expect(presetForm('fromGroup', EMPTY_RULE_FORM)).toMatchObject({ protocol: 'any', remote: 'group' });
  });
});

describe('groupMarks', () => {
  const g = (id: string, name: string, projectId: string): SecurityGroup => ({ id, name, projectId, description: '', stateful: true, rules: [] });
  it("marks the project's default, and groups of another project as shared", () => {
    const marks = groupMarks([g(SG, 'default', 'p1'), g(WEB, 'web', 'p1'), g('x', 'theirs', 'p2')]);
    expect([...marks.values()]).toEqual(['default', undefined, 'shared']);
  });
});
