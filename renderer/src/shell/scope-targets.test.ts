import { describe, expect, it } from 'vitest';
import type { CloudScopes } from '../../../shared/domain/scope.js';
import { scopeChoices } from './scope-targets.js';

const scopes = (over: Partial<CloudScopes> = {}): CloudScopes => ({
  cloud: 'demo',
  profileId: 'demo',
  project: { id: 'p-demo', name: 'demo' },
  region: 'RegionOne',
  projects: [
    { id: 'p-demo', name: 'demo' },
    { id: 'p-two', name: 'second' },
  ],
  regions: ['RegionOne', 'RegionTwo'],
  canSwitchProject: true,
  ...over,
});
const home = { projectId: 'p-demo', region: 'RegionOne' };

describe('scopeChoices', () => {
  it('offers every project and region, marking the current ones', () => {
    const c = scopeChoices('demo', scopes(), home);
    expect(c.map((x) => [x.kind, x.label, x.target, x.current])).toEqual([
      ['project', 'demo', 'demo', true],
      ['project', 'second', 'demo~p-two~', false],
      ['region', 'RegionOne', 'demo', true],
      ['region', 'RegionTwo', 'demo~~RegionTwo', false],
    ]);
  });

  it('keeps the other half of the scope when one half changes, and maps home back to the profile id', () => {
    const now = scopes({ cloud: 'demo~p-two~', project: { id: 'p-two', name: 'second' } });
    const c = scopeChoices('demo~p-two~', now, home);
    expect(c.find((x) => x.label === 'RegionTwo')?.target).toBe('demo~p-two~RegionTwo');
    expect(c.find((x) => x.label === 'demo')?.target).toBe('demo');
  });

  it('offers no project for an application credential, and nothing where there is one of each', () => {
    expect(scopeChoices('demo', scopes({ canSwitchProject: false }), home).map((x) => x.kind)).toEqual(['region', 'region']);
    expect(scopeChoices('demo', scopes({ projects: [{ id: 'p-demo', name: 'demo' }], regions: ['RegionOne'] }), home)).toEqual([]);
    expect(scopeChoices('demo', undefined, home)).toEqual([]);
  });
});
