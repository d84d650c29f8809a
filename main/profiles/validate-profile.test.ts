import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { isOpenStackError } from '../openstack/errors.js';
import { authSpecOf } from './session-options.js';
import { validateDraft } from './validate-profile.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = {
  name: 'demo',
  auth: {
    type: 'password',
    authUrl: 'https://k.example.org/v3',
    user: { name: 'demo', domain: { name: 'Default' } },
    project: { name: 'demo', domain: { name: 'Default' } },
  },
};

async function failure(input: unknown): Promise<{ kind: string; field: string | undefined; message: string }> {
  try {
    await validateDraft(input);
  } catch (e) {
    if (isOpenStackError(e)) return { kind: e.kind, field: e.field, message: e.message };
    throw e;
  }
  throw new Error('expected a validation error');
}

describe('validateDraft', () => {
  it('turns zod issues into a validation error naming the first field', async () => {
    const e = await failure({ ...base, auth: { ...base.auth, authUrl: 'gopher://x' } });
    expect(e.kind).toBe('validation');
    expect(e.field).toBe('auth.authUrl');
    expect(e.message).toContain('auth.authUrl: the auth URL must start with http:// or https://');
  });

  it('checks that the CA file is there, readable and PEM, on tls.caFile', async () => {
    const missing = await failure({ ...base, tls: { caFile: join(dir, 'nope.pem') } });
    expect(missing).toMatchObject({ kind: 'validation', field: 'tls.caFile' });
    expect(missing.message).toContain('does not exist');
    expect((await failure({ ...base, tls: { caFile: dir } })).message).toContain('is a directory');
    const notPem = join(dir, 'not.pem');
    writeFileSync(notPem, 'hello');
    expect(await failure({ ...base, tls: { caFile: notPem } })).toMatchObject({ field: 'tls.caFile' });
    const pem = join(dir, 'ca.pem');
    writeFileSync(pem, rootCertificates[0] ?? '');
    const ok = await validateDraft({ ...base, tls: { caFile: pem } });
    expect(ok.tls.caFile).toBe(pem);
  });
});

describe('authSpecOf', () => {
  it('maps names with domains, ids, and puts the secret where each auth type wants it', async () => {
    const pw = await validateDraft(base);
    expect(authSpecOf(pw, 's3')).toEqual({
      type: 'password',
      authUrl: 'https://k.example.org/v3',
      user: { name: 'demo', domain: { name: 'Default' } },
      password: 's3',
      scope: { project: { name: 'demo', domain: { name: 'Default' } } },
    });
    const ac = await validateDraft({
      ...base,
      auth: { type: 'application_credential', authUrl: 'https://k', applicationCredential: { name: 'ci', user: { id: 'u1' } } },
    });
    expect(authSpecOf(ac, 'acs')).toEqual({
      type: 'application_credential',
      authUrl: 'https://k',
      credential: { name: 'ci', user: { id: 'u1' } },
      secret: 'acs',
    });
    const tok = await validateDraft({ ...base, auth: { type: 'token', authUrl: 'https://k', project: { id: 'p1' } } });
    expect(authSpecOf(tok, 'tkn')).toEqual({ type: 'token', authUrl: 'https://k', token: 'tkn', scope: { project: { id: 'p1' } } });
  });
});
