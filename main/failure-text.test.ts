import { describe, expect, it } from 'vitest';
import { describeFailure, failureSummary } from './failure-text.js';

describe('describeFailure', () => {
  it('keeps the message and frames, redacts URLs, JSON messages and the error fields', () => {
    const e = Object.assign(new Error('POST http://admin:s3cret@keystone.test/v3/auth/tokens?token=abc failed'), {
      body: { auth: { password: 'pw-canary' } },
    });
    const text = describeFailure(e);
    expect(text).toMatch(/^Error: POST http:\/\/admin:\*\*\*@keystone\.test\/v3\/auth\/tokens\?token=\*\*\* failed/);
    expect(text).toMatch(/\n\s+at /);
    for (const secret of ['s3cret', 'token=abc', 'pw-canary']) expect(text).not.toContain(secret);

    const echoed = describeFailure(new Error('{"server": {"adminPass": "nova-canary", "name": "x"}}'));
    expect(echoed).toContain('"name":"x"');
    expect(echoed).not.toContain('nova-canary');
  });

  it('handles what is not an Error, and causes', () => {
    expect(describeFailure({ password: 'p', status: 500 })).toBe('{"password":"***","status":500}');
    expect(describeFailure('at http://u:p@h/')).toBe('at http://u:***@h/');
    const wrapped = new Error('outer', { cause: new Error('inner http://u:p@h/') });
    expect(describeFailure(wrapped)).toMatch(/caused by: Error: inner http:\/\/u:\*\*\*@h\//);
    expect(failureSummary(new Error('listen EADDRINUSE: address already in use 127.0.0.1:1'))).toBe('listen EADDRINUSE: address already in use 127.0.0.1:1');
  });
});

describe('the known-secrets net over failure text', () => {
  it('replaces a live secret wherever a message carries it', async () => {
    const { knownSecrets } = await import('./openstack/known-secrets.js');
    const token = `gAAAAAB-${Math.random().toString(36).slice(2)}`;
    const forget = knownSecrets.add(token);
    try {
      const e = new Error(`Instance ${token} could not be found.`);
      expect(describeFailure(e)).not.toContain(token);
      expect(failureSummary(e)).toBe('Instance *** could not be found.');
    } finally {
      forget();
    }
  });
});
