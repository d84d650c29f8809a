import { describe, expect, it } from 'vitest';
import { REDACTED, redactBodyText, redactHeaders, redactJson, redactUrl } from './redact.js';

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
