import { describe, expect, it } from 'vitest';
import { OpenStackError } from './errors.js';
import { KnownSecrets, MIN_SECRET_LENGTH } from './known-secrets.js';
import { REDACTED } from './redact.js';

describe('KnownSecrets', () => {
  it('replaces a registered value wherever it appears, and forgets it when let go', () => {
    const s = new KnownSecrets();
    const forget = s.add('gAAAAAB-live-token');
    expect(s.scrub('Instance gAAAAAB-live-token could not be found.')).toBe(`Instance ${REDACTED} could not be found.`);
    forget();
    forget(); // twice is harmless
    expect(s.scrub('gAAAAAB-live-token')).toBe('gAAAAAB-live-token');
    expect(s.size).toBe(0);
  });

  it(`ignores values shorter than ${MIN_SECRET_LENGTH} characters`, () => {
    const s = new KnownSecrets();
    s.add('admin');
    s.add('');
    s.add(undefined);
    expect(s.size).toBe(0);
    expect(s.scrub('admin of demo')).toBe('admin of demo');
  });

  it('counts holders: a value two sessions hold stays until both let go', () => {
    const s = new KnownSecrets();
    const a = s.add('shared-secret-1');
    const b = s.add('shared-secret-1');
    a();
    expect(s.scrub('x shared-secret-1')).toBe(`x ${REDACTED}`);
    b();
    expect(s.scrub('x shared-secret-1')).toBe('x shared-secret-1');
  });

  it('finds the value JSON-escaped and URL-encoded too, and the longer of two overlapping values whole', () => {
    const s = new KnownSecrets();
    s.add('pa"ss/wo rd');
    s.add('pa"ss');
    expect(s.scrub(String.raw`{"adminPass": "pa\"ss/wo rd"}`)).toBe(`{"adminPass": "${REDACTED}"}`);
    expect(s.scrub('http://h/x?q=pa%22ss%2Fwo%20rd')).toBe(`http://h/x?q=${REDACTED}`);
    expect(s.scrub('pa"ss/wo rd!')).toBe(`${REDACTED}!`);
  });

  it('scrubs regular-expression characters literally', () => {
    const s = new KnownSecrets();
    s.add('a.b*c+d?(e)');
    expect(s.scrub('aXbbbcd a.b*c+d?(e)')).toBe(`aXbbbcd ${REDACTED}`);
  });

  it('deep-scrubs strings and keys of JSON values, copying only what changed', () => {
    const s = new KnownSecrets();
    s.add('stored-secret');
    const untouched = { name: 'web' };
    const value = { ok: false, error: { kind: 'bad_request', message: 'Invalid: stored-secret' }, list: [untouched], meta: { 'stored-secret': 1 } };
    const out = s.scrubDeep(value);
    expect(out).toEqual({ ok: false, error: { kind: 'bad_request', message: `Invalid: ${REDACTED}` }, list: [untouched], meta: { [REDACTED]: 1 } });
    expect(out.list).toBe(value.list);
    expect(value.error.message).toBe('Invalid: stored-secret');
    const clean = { a: [1, 'two', { three: null }] };
    expect(s.scrubDeep(clean)).toBe(clean);
  });

  it('applies the URL rule to any string: a console token in a message is hidden', () => {
    const s = new KnownSecrets();
    expect(s.scrub('open http://h:6080/vnc_auto.html?token=abc-console')).toBe(`open http://h:6080/vnc_auto.html?token=${REDACTED}`);
  });

  it('scrubs error messages, keeping kind and fields', () => {
    const s = new KnownSecrets();
    s.add('Secr3t-admin-pass');
    const e = new OpenStackError('bad_request', "Invalid input for field/attribute adminPass. Value: Secr3t-admin-pass. 'Secr3t-admin-pass' is too long", {
      status: 400,
      requestId: 'req-1',
      service: 'compute',
    });
    const out = s.scrubError(e);
    expect(out).toBeInstanceOf(OpenStackError);
    expect(out.toJSON()).toEqual({ kind: 'bad_request', status: 400, requestId: 'req-1', service: 'compute', message: expect.not.stringContaining('Secr3t') });
    const plain = s.scrubError(new TypeError('bad Secr3t-admin-pass'));
    expect(plain.message).toBe(`bad ${REDACTED}`);
    expect(plain.name).toBe('TypeError');
  });

  it('during(): a value is known while the work runs, its failure is scrubbed, then it is forgotten', async () => {
    const s = new KnownSecrets();
    const err = await s
      .during(['in-flight-pass'], async () => {
        throw new OpenStackError('bad_request', 'rejected in-flight-pass');
      })
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe(`rejected ${REDACTED}`);
    expect(s.size).toBe(0);
    expect(await s.during([undefined], async () => 'done')).toBe('done');
  });
});
