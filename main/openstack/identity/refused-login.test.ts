import { describe, expect, it } from 'vitest';
import { fromResponse } from '../errors.js';
import type { AuthSpec } from './auth-spec.js';
import { refusedLogin } from './refused-login.js';

// Keystone's 401 body (identity API reference, "Authentication and token management")
const keystone401 = () =>
  fromResponse({
    status: 401,
    headers: { 'x-openstack-request-id': 'req-1' },
    bodyText: JSON.stringify({ error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } }),
    service: 'identity',
    method: 'POST',
    url: 'http://keystone.example.org/v3',
  });
const user = { name: 'alice', domain: { name: 'Default' } };
const password: AuthSpec = { type: 'password', authUrl: 'http://keystone.example.org/v3', user, password: 'pw-123456' };

describe('refusedLogin', () => {
  it('names the passcode when one was sent, keeping Keystone’s status, request id and words', () => {
    const e = refusedLogin(keystone401(), { ...password, passcode: '123456' }, true, false).toJSON();
    expect(e).toMatchObject({ kind: 'auth_failed', field: 'passcode', status: 401, requestId: 'req-1', service: 'identity' });
    expect(e.message).toMatch(/TOTP passcode.*requires authentication/);
  });

  it('names the profile’s TOTP setting when Keystone answered the password alone with a receipt', () => {
    expect(refusedLogin(keystone401(), password, true, true).toJSON()).toMatchObject({ kind: 'auth_failed', field: 'auth.totp' });
  });

  it('names the secret when the profile’s own password, credential secret or token is refused', () => {
    const specs: AuthSpec[] = [
      password,
      { type: 'application_credential', authUrl: password.authUrl, credential: { id: 'ac' }, secret: 's' },
      { type: 'token', authUrl: password.authUrl, token: 't' },
    ];
    for (const spec of specs) expect(refusedLogin(keystone401(), spec, true, false).field, spec.type).toBe('secret');
  });

  it('names nothing for a sibling’s token re-scoped to a project without a role: no secret would help', () => {
    const e = refusedLogin(keystone401(), { type: 'token', authUrl: password.authUrl, token: 't' }, false, false);
    expect(e.toJSON()).toEqual({ kind: 'auth_failed', message: 'The request you have made requires authentication.', status: 401, requestId: 'req-1', service: 'identity' });
  });
});
