import { describe, expect, it } from 'vitest';
import { COMPUTE_FEATURES } from '../../../../shared/microversion.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { SERVER_GROUP_ACTIONS } from './server-group-actions.js';
import { policiesFor, rulesOffered } from './server-group-form.js';

/** The version just before a feature's first one, e.g. 2.64 → 2.63. */
const before = (v: string) => v.replace(/\.(\d+)$/, (_, n: string) => `.${Number(n) - 1}`);

describe('server group actions', () => {
  it('every action has its words in English and Chinese', () => {
    expect(missingLocaleKeys(SERVER_GROUP_ACTIONS)).toEqual([]);
  });

  it('delete goes by id, batchable, confirmed with the production guard', () => {
    const del = SERVER_GROUP_ACTIONS.actions.find((a) => a.id === 'delete');
    expect(del).toMatchObject({ batchable: true, confirm: { production: true } });
    expect(del?.request?.input({ id: 'g1' } as never, 'c1')).toEqual({ cloud: 'c1', id: 'g1' });
  });
});

describe('create form gates (from the feature table)', () => {
  const rules = COMPUTE_FEATURES['serverGroup.policy'].since;
  const soft = COMPUTE_FEATURES['serverGroup.softPolicies'].since;

  it('rules are offered from their microversion, for anti-affinity only', () => {
    expect(rulesOffered(rules, 'anti-affinity')).toBe(true);
    expect(rulesOffered(before(rules), 'anti-affinity')).toBe(false);
    expect(rulesOffered(rules, 'affinity')).toBe(false);
    expect(rulesOffered(undefined, 'anti-affinity')).toBe(false);
  });

  it('soft policies are offered from their microversion (all while the version is unknown)', () => {
    expect(policiesFor(soft)).toContain('soft-anti-affinity');
    expect(policiesFor(before(soft))).toEqual(['affinity', 'anti-affinity']);
    expect(policiesFor(undefined)).toHaveLength(4);
  });
});
