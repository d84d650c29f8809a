import { describe, expect, it } from 'vitest';
import { REDACTED, redactBodyText, redactHeaders, redactJson, redactUrl, redactUrlsInText } from './redact.js';

describe('redaction', () => {
  it('hides token headers whatever their case', () => {
    expect(redactHeaders({ 'X-Auth-Token': 'tok', 'x-subject-token': 'sub', accept: 'application/json' })).toEqual({
      'X-Auth-Token': REDACTED,
      'x-subject-token': REDACTED,
      accept: 'application/json',
    });
  });

  it('hides passwords, secrets, adminPass, user_data, private keys and token ids at any depth', () => {
    const body = {
      auth: {
        identity: {
          methods: ['password', 'token'],
          password: { user: { name: 'demo', password: 'canary-pw' } },
          token: { id: 'canary-token' },
          application_credential: { id: 'ac', secret: 'canary-secret' },
        },
      },
      server: { name: 'vm', adminPass: 'canary-admin', user_data: 'Y2FuYXJ5', metadata: { a: 'b' } },
      keypair: { private_key: '-----BEGIN OPENSSH PRIVATE KEY-----' },
    };
    const out = JSON.stringify(redactJson(body));
    for (const canary of ['canary-pw', 'canary-token', 'canary-secret', 'canary-admin', 'Y2FuYXJ5', 'BEGIN OPENSSH']) {
      expect(out).not.toContain(canary);
    }
    expect(out).toContain('"name":"vm"');
    expect(out).toContain('"methods":["password","token"]');
  });

  it('keeps non-JSON bodies only as a length', () => {
    expect(redactBodyText('password=canary')).toBe('(15 bytes, not JSON)');
  });

  it('hides secrets in URLs', () => {
    expect(redactUrl('http://u:pw@h/x?password=p&limit=5')).toBe(`http://u:${encodeURIComponent(REDACTED)}@h/x?password=${encodeURIComponent(REDACTED)}&limit=5`);
  });
});

describe('redaction by key pattern (issue 12 item 7)', () => {
  it.each([
    ['personality[].contents', { server: { personality: [{ path: '/etc/motd', contents: 'Y2FuYXJ5LWZpbGU=' }] } }, 'Y2FuYXJ5LWZpbGU='],
    ['passcode (Keystone TOTP)', { auth: { identity: { totp: { user: { id: 'u', passcode: '123456' } } } } }, '123456'],
    ['original_password', { user: { original_password: 'canary-old' } }, 'canary-old'],
    ['new_password', { user: { password: 'x', new_password: 'canary-new' } }, 'canary-new'],
    ['Keystone credential.blob', { credential: { type: 'ec2', blob: '{"access":"a","secret":"canary-blob"}', user_id: 'u' } }, 'canary-blob'],
    ['adminPass in camel case', { rebuild: { imageRef: 'i', adminPass: 'canary-admin' } }, 'canary-admin'],
    ['X-Service-Token spelled as a key', { 'X-Service-Token': 'canary-service' }, 'canary-service'],
    ['a list of tokens', { tokens: ['canary-t1', 'canary-t2'] }, 'canary-t1'],
  ])('hides %s', (_name, body, canary) => {
    const out = JSON.stringify(redactJson(body));
    expect(out).not.toContain(canary);
    expect(out).toContain(REDACTED);
  });

  it('hides a password inside a string field that holds JSON, keeping the rest of it', () => {
    const body = { server: { metadata: { config: '{"db": {"user": "app", "password": "canary-json"}}' } } };
    const out = redactJson(body);
    expect(JSON.stringify(out)).not.toContain('canary-json');
    expect(JSON.parse(out.server.metadata.config)).toEqual({ db: { user: 'app', password: REDACTED } });
    // a string that merely starts with a brace is left alone
    expect(redactJson({ name: '{not json' })).toEqual({ name: '{not json' });
  });

  it('keeps keys that are about a secret rather than the secret itself', () => {
    const body = { token_expires: '2026-12-07T10:00:00Z', password_expires_at: null, token_type: 'Bearer', secret_ref: 'http://barbican/s/1', key_name: 'mykey', public_key: 'ssh-ed25519 AAAA', methods: ['password'] };
    expect(redactJson(body)).toEqual(body);
  });

  it('keeps Keystone auth structure, hiding only the values', () => {
    const out = redactJson({ auth: { identity: { methods: ['password'], password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'canary-pw' } } } } });
    expect(out.auth.identity.password.user).toEqual({ name: 'demo', domain: { name: 'Default' }, password: REDACTED });
  });

  it('hides x-service-token, proxy-authorization and openstack-auth-receipt headers', () => {
    expect(
      redactHeaders({ 'X-Service-Token': 's', 'Proxy-Authorization': 'Basic abc', 'Openstack-Auth-Receipt': 'r', 'x-openstack-request-id': 'req-1' }),
    ).toEqual({ 'X-Service-Token': REDACTED, 'Proxy-Authorization': REDACTED, 'Openstack-Auth-Receipt': REDACTED, 'x-openstack-request-id': 'req-1' });
  });

  it('hides auth_token, X-Auth-Token and token in query strings', () => {
    expect(redactUrl('http://h/v2.1/servers?auth_token=canary1&limit=5')).toBe(`http://h/v2.1/servers?auth_token=${REDACTED}&limit=5`);
    expect(redactUrl('http://h/x?X-Auth-Token=canary2')).toBe(`http://h/x?X-Auth-Token=${REDACTED}`);
    expect(redactUrl('http://h:6080/vnc_auto.html?token=canary3')).toBe(`http://h:6080/vnc_auto.html?token=${REDACTED}`);
  });

  it('hides a noVNC token nested in the path parameter and in fragments', () => {
    const nested = redactUrl('http://h:6080/vnc_lite.html?path=%3Ftoken%3Dcanary4');
    expect(nested).not.toContain('canary4');
    expect(new URL(nested).searchParams.get('path')).toBe(`?token=${REDACTED}`);
    expect(redactUrl('http://h:6080/vnc.html#token=canary5&autoconnect=1')).toBe(`http://h:6080/vnc.html#token=${REDACTED}&autoconnect=1`);
    expect(redactUrl('http://h/x#section-2')).toBe('http://h/x#section-2');
  });

  it('hides secret parameters of URLs inside free text', () => {
    const text = 'console at http://h:6080/vnc_auto.html?token=canary6 expired; see http://h/docs';
    expect(redactUrlsInText(text)).toBe(`console at http://h:6080/vnc_auto.html?token=${REDACTED} expired; see http://h/docs`);
  });
});
