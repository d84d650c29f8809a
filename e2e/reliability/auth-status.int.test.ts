import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/ipc/types.js';
import { localCloud } from '../support/local-cloud.js';
import { startApp, type AppFixture } from './support/app-fixture.js';

/**
 * Credentials Keystone refuses (plan case 23): the profile needs credentials, with an
 * auth_failed naming the secret (the renderer asks for it where it was needed), after exactly
 * one login attempt (no retry, no lockout storm).
 */
let f: AppFixture;
const alt = localCloud('local-alt').auth;
const project = { name: alt.project_name, domain: { name: alt.project_domain_name } };

beforeAll(async () => {
  f = await startApp({ noImport: true });
});
afterAll(async () => {
  await f?.close();
});

async function connectWith(name: string, auth: InputOf<'profiles.save'>['profile']['auth'], secret: string) {
  const saved = await f.ok('profiles.save', { profile: { name, auth }, secret });
  const status = await f.ok('clouds.connect', { cloud: saved.id });
  const logins = f.app.log.list({ cloud: saved.id }).filter((e) => /\/auth\/tokens$/.test(e.url));
  return { status, logins };
}

describe('credentials Keystone refuses', () => {
  it('a wrong password: needs credentials, auth_failed naming the secret, one login attempt', async () => {
    const { status, logins } = await connectWith(
      'wrong-password',
      { type: 'password', authUrl: alt.auth_url, user: { name: alt.username, domain: { name: alt.user_domain_name } }, project },
      `wrong-${randomBytes(4).toString('hex')}`,
    );
    expect(status.state).toBe('needs_credentials');
    expect(status.error).toMatchObject({ kind: 'auth_failed', field: 'secret' });
    expect(logins.map((e) => e.status)).toEqual([401]);
  });

  // Keystone answers 404 "Could not recognize Fernet token" for an unknown token: the session
  // must call that a failed login, or the profile would show as connected.
  it('a token Keystone does not recognise: needs credentials, auth_failed naming the secret, one login attempt', async () => {
    const { status, logins } = await connectWith('unknown-token', { type: 'token', authUrl: alt.auth_url, project }, `gAAAAA${randomBytes(40).toString('hex')}`);
    expect(logins.map((e) => e.status)).toEqual([404]);
    expect(status.state).toBe('needs_credentials');
    expect(status.error).toMatchObject({ kind: 'auth_failed', field: 'secret' });
  });
});
