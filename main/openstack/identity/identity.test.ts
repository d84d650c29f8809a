import { describe, expect, it } from 'vitest';
import { buildAuthBody, tokensUrl } from './auth-body.js';
import { findEndpoint, regionsOf } from './catalog.js';
import { parseTokenResponse } from './token.js';

describe('buildAuthBody', () => {
  it('password with user and project by name in domains', () => {
    expect(
      buildAuthBody({
        type: 'password',
        authUrl: 'http://k/v3',
        user: { name: 'demo', domain: { name: 'Default' } },
        password: 'pw',
        scope: { project: { name: 'demo', domain: { id: 'default' } } },
      }),
    ).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'pw' } } },
        scope: { project: { name: 'demo', domain: { id: 'default' } } },
      },
    });
  });

  it('password by user id, system scope', () => {
    const body = buildAuthBody({ type: 'password', authUrl: 'x', user: { id: 'u1' }, password: 'p', scope: { system: true } });
    expect(body.auth).toEqual({
      identity: { methods: ['password'], password: { user: { id: 'u1', password: 'p' } } },
      scope: { system: { all: true } },
    });
  });

  it('application credential by id carries no scope', () => {
    expect(buildAuthBody({ type: 'application_credential', authUrl: 'x', credential: { id: 'ac' }, secret: 's' })).toEqual({
      auth: { identity: { methods: ['application_credential'], application_credential: { id: 'ac', secret: 's' } } },
    });
  });

  it('application credential by name names its user', () => {
    const body = buildAuthBody({
      type: 'application_credential',
      authUrl: 'x',
      credential: { name: 'ci', user: { name: 'demo', domain: { id: 'default' } } },
      secret: 's',
    });
    expect(body.auth.identity).toEqual({
      methods: ['application_credential'],
      application_credential: { name: 'ci', user: { name: 'demo', domain: { id: 'default' } }, secret: 's' },
    });
  });

  it('token auth re-scoped to a domain', () => {
    expect(buildAuthBody({ type: 'token', authUrl: 'x', token: 't', scope: { domain: { name: 'Default' } } })).toEqual({
      auth: { identity: { methods: ['token'], token: { id: 't' } }, scope: { domain: { name: 'Default' } } },
    });
  });

  it('a domain with neither id nor name is a validation error naming the field', () => {
    expect(() =>
      buildAuthBody({ type: 'password', authUrl: 'x', user: { name: 'u', domain: {} }, password: 'p' }),
    ).toThrow(expect.objectContaining({ kind: 'validation', field: 'user.domain' }));
  });

  it('tokensUrl accepts auth URLs with or without /v3', () => {
    expect(tokensUrl('http://k:5000/v3/')).toBe('http://k:5000/v3/auth/tokens');
    expect(tokensUrl('http://k:5000')).toBe('http://k:5000/v3/auth/tokens');
  });
});

const catalog = [
  {
    type: 'compute',
    name: 'nova',
    endpoints: [
      { interface: 'public', region: 'RegionOne', url: 'http://c1/v2.1/' },
      { interface: 'internal', region: 'RegionOne', url: 'http://c1-int/v2.1' },
      { interface: 'public', region: 'RegionTwo', url: 'http://c2/v2.1' },
    ],
  },
  { type: 'volumev3', name: 'cinderv3', endpoints: [{ interface: 'public', region: 'RegionOne', url: 'http://v/v3/p' }] },
];

describe('findEndpoint', () => {
  it('chooses by interface and region, without a trailing slash', () => {
    expect(findEndpoint(catalog, { type: 'compute', region: 'RegionOne' })).toBe('http://c1/v2.1');
    expect(findEndpoint(catalog, { type: 'compute', region: 'RegionTwo' })).toBe('http://c2/v2.1');
    expect(findEndpoint(catalog, { type: 'compute', interface: 'internal' })).toBe('http://c1-int/v2.1');
  });

  it('resolves the block-storage alias to volumev3', () => {
    expect(findEndpoint(catalog, { type: 'block-storage' })).toBe('http://v/v3/p');
  });

  it('endpoint_not_found names what was asked and what the catalog offers', () => {
    expect(() => findEndpoint(catalog, { type: 'compute', region: 'RegionThree' })).toThrow(
      /no public endpoint for compute in region RegionThree; the catalog offers: compute \(public RegionOne, internal RegionOne, public RegionTwo\)/,
    );
    expect(() => findEndpoint(catalog, { type: 'image' })).toThrow(expect.objectContaining({ kind: 'endpoint_not_found' }));
  });

  it('regionsOf lists each region once', () => {
    expect(regionsOf(catalog)).toEqual(['RegionOne', 'RegionTwo']);
  });
});

describe('parseTokenResponse', () => {
  const body = {
    token: {
      expires_at: '2026-11-25T17:12:25.000000Z',
      issued_at: '2026-11-25T16:12:25.000000Z',
      user: { id: 'u', name: 'demo', domain: { id: 'default', name: 'Default' } },
      project: { id: 'p', name: 'demo', domain: { id: 'default', name: 'Default' } },
      roles: [{ id: 'r', name: 'member' }, { id: 'r2', name: 'reader' }],
      catalog: [{ type: 'compute', name: 'nova', endpoints: [{ id: 'e', interface: 'public', region_id: 'RegionOne', region: 'RegionOne', url: 'http://c' }] }],
    },
  };

  it('takes the token from X-Subject-Token and the rest from the body', () => {
    const t = parseTokenResponse('gAAAA-token', body);
    expect(t.value).toBe('gAAAA-token');
    expect(t.expiresAt.toISOString()).toBe('2026-11-25T17:12:25.000Z');
    expect(t.project?.name).toBe('demo');
    expect(t.roles).toEqual(['member', 'reader']);
    expect(t.catalog[0]?.endpoints[0]).toEqual({ interface: 'public', region: 'RegionOne', url: 'http://c' });
  });

  it('without X-Subject-Token it is an auth_failed error', () => {
    expect(() => parseTokenResponse(undefined, body)).toThrow(expect.objectContaining({ kind: 'auth_failed' }));
  });
});
