import { describe, expect, it } from 'vitest';
import { identityV3Url, tokensUrl } from './auth-body.js';
import { toScopeProjects } from './projects.js';
import { scopeOf, tokenHasScope } from './scope-match.js';
import type { Token } from './token.js';

const token = (project?: Token['project']): Token => ({
  value: 't',
  expiresAt: new Date(),
  issuedAt: undefined,
  user: { id: 'u', name: 'demo' },
  project,
  domain: undefined,
  system: false,
  roles: [],
  catalog: [],
});
const demo = { id: 'p1', name: 'demo', domain: { id: 'default', name: 'Default' } };

describe('toScopeProjects', () => {
  it('maps GET /v3/auth/projects, leaving out disabled projects, sorted by name', () => {
    const body = {
      projects: [
        { id: 'p2', name: 'zeta', domain_id: 'default', enabled: true, links: { self: 'x' } },
        { id: 'p3', name: 'off', domain_id: 'default', enabled: false },
        { id: 'p1', name: 'demo', domain_id: 'default', enabled: true },
      ],
      links: { self: 'http://k/v3/auth/projects', next: null, previous: null },
    };
    expect(toScopeProjects(body)).toEqual([
      { id: 'p1', name: 'demo', domainId: 'default' },
      { id: 'p2', name: 'zeta', domainId: 'default' },
    ]);
    expect(toScopeProjects({})).toEqual([]);
  });
});

describe('tokenHasScope', () => {
  it('matches a project by id, or by name in its domain (id or name)', () => {
    expect(tokenHasScope(token(demo), { project: { id: 'p1' } })).toBe(true);
    expect(tokenHasScope(token(demo), { project: { id: 'p2' } })).toBe(false);
    expect(tokenHasScope(token(demo), { project: { name: 'demo', domain: { name: 'Default' } } })).toBe(true);
    expect(tokenHasScope(token(demo), { project: { name: 'demo', domain: { id: 'default' } } })).toBe(true);
    expect(tokenHasScope(token(demo), { project: { name: 'demo', domain: { name: 'Other' } } })).toBe(false);
  });

  it('never matches an unscoped token or a domain scope', () => {
    expect(tokenHasScope(token(undefined), { project: { id: 'p1' } })).toBe(false);
    expect(tokenHasScope(token(demo), { domain: { name: 'Default' } })).toBe(false);
    expect(tokenHasScope(token(demo), undefined)).toBe(false);
  });

  it('takes no scope from an application credential (it brings its own)', () => {
    expect(scopeOf({ type: 'application_credential', authUrl: 'x', credential: { id: 'c' }, secret: 's' })).toBeUndefined();
    expect(scopeOf({ type: 'token', authUrl: 'x', token: 't', scope: { project: { id: 'p1' } } })).toEqual({ project: { id: 'p1' } });
  });
});

describe('identity URLs', () => {
  it('finds the v3 root with or without /v3 in the auth URL', () => {
    expect(identityV3Url('http://k/identity')).toBe('http://k/identity/v3');
    expect(identityV3Url('http://k:5000/v3/')).toBe('http://k:5000/v3');
    expect(tokensUrl('http://k:5000')).toBe('http://k:5000/v3/auth/tokens');
  });
});
