import { describe, expect, it } from 'vitest';
import { CloudId } from './ids.js';
import { parseScopeId, profileOf, scopeId } from './scope-id.js';

describe('scope ids', () => {
  it('names the profile as configured by its own id', () => {
    expect(scopeId({ profileId: 'demo' })).toBe('demo');
    expect(parseScopeId('demo')).toEqual({ profileId: 'demo' });
  });

  it('round-trips a project and a region, keeping the id a plain file name', () => {
    const ref = { profileId: 'demo', projectId: 'a1b2c3d4e5f6', region: 'RegionTwo' };
    expect(scopeId(ref)).toBe('demo~a1b2c3d4e5f6~RegionTwo');
    expect(parseScopeId(scopeId(ref))).toEqual(ref);
    const odd = { profileId: 'p', projectId: 'x', region: 'eu/west 1.ä' };
    const id = scopeId(odd);
    expect(id).toMatch(/^[A-Za-z0-9_.~-]+$/);
    expect(id).not.toContain('..');
    expect(parseScopeId(id)).toEqual(odd);
  });

  it('leaves out an empty part: the profile’s own project or region', () => {
    expect(parseScopeId(scopeId({ profileId: 'demo', region: 'RegionTwo' }))).toEqual({ profileId: 'demo', region: 'RegionTwo' });
    expect(parseScopeId(scopeId({ profileId: 'demo', projectId: 'p1' }))).toEqual({ profileId: 'demo', projectId: 'p1' });
    expect(profileOf('demo~p1~')).toBe('demo');
  });

  it('refuses ids that could name a path or another shape', () => {
    for (const bad of ['', '../x', 'demo~p', 'demo~p/q~r', 'demo~p~r.', 'demo~p~r.zz', 'demo~~~', 'de mo']) {
      expect(CloudId.safeParse(bad).success, bad).toBe(false);
    }
  });
});
