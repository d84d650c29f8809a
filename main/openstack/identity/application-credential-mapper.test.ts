import { describe, expect, it } from 'vitest';
import { ApplicationCredentialCreateRequest } from '../../../shared/schemas/application-credential.js';
import { buildApplicationCredentialBody, toApplicationCredential } from './application-credential-mapper.js';

describe('application credential bodies', () => {
  it('builds the create body with the token’s roles, restricted unless asked', () => {
    const req = ApplicationCredentialCreateRequest.parse({ name: 'ci', description: 'for CI', expiresAt: '2099-01-31T12:00:00Z' });
    expect(buildApplicationCredentialBody(req, ['member', 'reader'])).toEqual({
      application_credential: {
        name: 'ci',
        description: 'for CI',
        expires_at: '2099-01-31T12:00:00.000',
        roles: [{ name: 'member' }, { name: 'reader' }],
        unrestricted: false,
      },
    });
    expect(buildApplicationCredentialBody(ApplicationCredentialCreateRequest.parse({ name: 'x', unrestricted: true }), ['member']).application_credential).toEqual({
      name: 'x',
      roles: [{ name: 'member' }],
      unrestricted: true,
    });
  });

  it('refuses a token without roles, naming the field', () => {
    expect(() => buildApplicationCredentialBody(ApplicationCredentialCreateRequest.parse({ name: 'x' }), [])).toThrow(/^roles:/);
  });

  it('refuses a past expiry and a blank name, naming the field', () => {
    const past = ApplicationCredentialCreateRequest.safeParse({ name: 'x', expiresAt: '2001-01-01T00:00:00Z' });
    expect(past.success ? [] : past.error.issues.map((i) => i.path.join('.'))).toEqual(['expiresAt']);
    const blank = ApplicationCredentialCreateRequest.safeParse({ name: '  ' });
    expect(blank.success ? [] : blank.error.issues.map((i) => i.path.join('.'))).toEqual(['name']);
  });

  it('maps Keystone’s answer without the secret, expiry in UTC', () => {
    const raw = {
      id: 'ac1',
      name: 'ci',
      description: null,
      project_id: 'p1',
      expires_at: '2099-01-31T12:00:00.000000',
      unrestricted: false,
      roles: [{ id: 'r1', name: 'member', domain_id: null }],
      secret: 'shown-once',
      links: { self: 'http://k/v3/users/u/application_credentials/ac1' },
    };
    const mapped = toApplicationCredential(raw);
    expect(mapped).toEqual({ id: 'ac1', name: 'ci', projectId: 'p1', expiresAt: '2099-01-31T12:00:00.000000Z', unrestricted: false, roles: ['member'] });
    expect(JSON.stringify(mapped)).not.toContain('shown-once');
  });
});
