import { describe, expect, it } from 'vitest';
import { COMPUTE_FEATURES } from '../../../shared/microversion.js';
import { OpenStackError } from '../errors.js';
import { buildServerGroupCreateBody, toServerGroup } from './server-group-mapper.js';

function errorOf(fn: () => unknown): OpenStackError {
  try {
    fn();
  } catch (e) {
    if (e instanceof OpenStackError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('toServerGroup', () => {
  it('maps a 2.64+ group: policy and max_server_per_host rule', () => {
    // api-ref "Show Server Group Details" sample at 2.64
    const g = toServerGroup({
      id: '5bbcc3c4-1da2-4437-a48a-66f15b1b13f9',
      name: 'test',
      policy: 'anti-affinity',
      rules: { max_server_per_host: 3 },
      members: ['a0d4d7ed-6d7e-4e9c-9b7e-000000000001'],
      project_id: '6f70656e737461636b20342065766572',
      user_id: 'fake',
    });
    expect(g).toEqual({
      id: '5bbcc3c4-1da2-4437-a48a-66f15b1b13f9',
      name: 'test',
      policy: 'anti-affinity',
      maxServerPerHost: 3,
      members: ['a0d4d7ed-6d7e-4e9c-9b7e-000000000001'],
      projectId: '6f70656e737461636b20342065766572',
      userId: 'fake',
    });
  });

  it('maps a pre-2.64 group: the one entry of policies, no rules, no owner before 2.13', () => {
    const g = toServerGroup({ id: 'g1', name: 'old', policies: ['soft-affinity'], metadata: {}, members: [] });
    expect(g.policy).toBe('soft-affinity');
    expect(g.maxServerPerHost).toBeUndefined();
    expect(g.projectId).toBeUndefined();
  });

  it('an affinity group at 2.64 has empty rules: no per-host maximum', () => {
    expect(toServerGroup({ id: 'g', name: 'n', policy: 'affinity', rules: {}, members: [] }).maxServerPerHost).toBeUndefined();
  });
});

describe('buildServerGroupCreateBody', () => {
  it('sends policy and rules from 2.64', () => {
    expect(buildServerGroupCreateBody({ name: 'g', policy: 'anti-affinity', maxServerPerHost: 2 }, '2.64')).toEqual({
      server_group: { name: 'g', policy: 'anti-affinity', rules: { max_server_per_host: 2 } },
    });
    expect(buildServerGroupCreateBody({ name: 'g', policy: 'affinity' }, '2.93')).toEqual({
      server_group: { name: 'g', policy: 'affinity' },
    });
  });

  it('sends a one-entry policies list before 2.64', () => {
    expect(buildServerGroupCreateBody({ name: 'g', policy: 'anti-affinity' }, '2.63')).toEqual({
      server_group: { name: 'g', policies: ['anti-affinity'] },
    });
  });

  it('refuses a rule before 2.64 instead of dropping it', () => {
    const e = errorOf(() => buildServerGroupCreateBody({ name: 'g', policy: 'anti-affinity', maxServerPerHost: 2 }, '2.63'));
    expect(e.kind).toBe('unsupported_microversion');
    expect(e.field).toBe('maxServerPerHost');
    // the version in the message is the feature row's, not a literal of the mapper's
    expect(e.message).toBe(`maxServerPerHost needs compute microversion ${COMPUTE_FEATURES['serverGroup.policy'].since}; this cloud negotiated 2.63`);
  });

  it('refuses the soft policies before 2.15', () => {
    expect(buildServerGroupCreateBody({ name: 'g', policy: 'soft-anti-affinity' }, '2.15').server_group.policies).toEqual([
      'soft-anti-affinity',
    ]);
    const e = errorOf(() => buildServerGroupCreateBody({ name: 'g', policy: 'soft-affinity' }, '2.14'));
    expect([e.kind, e.field]).toEqual(['unsupported_microversion', 'policy']);
    expect(e.message).toContain(`needs compute microversion ${COMPUTE_FEATURES['serverGroup.softPolicies'].since};`);
  });

  it('validates name, policy and the rule', () => {
    expect(errorOf(() => buildServerGroupCreateBody({ name: ' ', policy: 'affinity' }, '2.93')).field).toBe('name');
    const bad = { name: 'g', policy: 'spread' } as unknown as Parameters<typeof buildServerGroupCreateBody>[0];
    expect(errorOf(() => buildServerGroupCreateBody(bad, '2.93')).field).toBe('policy');
    const affinityRule = errorOf(() => buildServerGroupCreateBody({ name: 'g', policy: 'affinity', maxServerPerHost: 2 }, '2.93'));
    expect([affinityRule.kind, affinityRule.field]).toEqual(['validation', 'maxServerPerHost']);
    expect(errorOf(() => buildServerGroupCreateBody({ name: 'g', policy: 'anti-affinity', maxServerPerHost: 0 }, '2.93')).kind).toBe(
      'validation',
    );
  });
});
