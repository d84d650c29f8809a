import { describe, expect, it } from 'vitest';
import { buildAuthBody } from './auth-body.js';
import { base32Decode, totpPasscode } from './totp.js';

// RFC 6238 appendix B, SHA1 rows: the key is the ASCII "12345678901234567890"
const KEY = Buffer.from('12345678901234567890', 'ascii');

describe('totpPasscode (RFC 6238)', () => {
  it('matches the RFC’s SHA1 test vectors (8 digits)', () => {
    const rows: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [t, code] of rows) expect(totpPasscode(KEY, new Date(t * 1000), { digits: 8 })).toBe(code);
  });

  it('gives Keystone’s 6 digits, the same within a 30 s step', () => {
    expect(totpPasscode(KEY, new Date(59_000))).toBe('287082');
    expect(totpPasscode(KEY, new Date(31_000))).toBe(totpPasscode(KEY, new Date(59_999)));
  });

  it('reads the key as base32, the way Keystone’s credential blob holds it', () => {
    expect(base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ').equals(KEY)).toBe(true);
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq').equals(KEY)).toBe(true);
    expect(() => base32Decode('GEZ1')).toThrow(/^totpSecret:/);
  });
});

describe('password + totp auth body', () => {
  const base = { type: 'password' as const, authUrl: 'http://k/v3', user: { name: 'mfa', domain: { name: 'Default' } }, password: 'pw', scope: { project: { id: 'p1' } } };

  it('sends both methods with the same user, as Keystone’s MFA rule needs', () => {
    expect(buildAuthBody({ ...base, passcode: '287082' })).toEqual({
      auth: {
        identity: {
          methods: ['password', 'totp'],
          password: { user: { name: 'mfa', domain: { name: 'Default' }, password: 'pw' } },
          totp: { user: { name: 'mfa', domain: { name: 'Default' }, passcode: '287082' } },
        },
        scope: { project: { id: 'p1' } },
      },
    });
  });

  it('sends the password method alone without a passcode', () => {
    expect((buildAuthBody(base).auth.identity as { methods: string[] }).methods).toEqual(['password']);
  });

  it('refuses a passcode that is not 6 to 8 digits, naming it', () => {
    expect(() => buildAuthBody({ ...base, passcode: '12ab56' })).toThrow(/^passcode:/);
  });
});
