import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudComputeVersion } from '../../shared/domain/compute-version.js';
import type { CloudStatus } from '../../shared/domain/cloud-status.js';
import { scopeId } from '../../shared/ipc/scope-id.js';
import type { LogEntry } from '../../shared/log.js';
import { MFA_CLOUDS_YAML, MFA_PROFILE, mfaPasscode, wrongPasscode } from '../../e2e/support/local-mfa.js';
import { projectIdByName } from '../../e2e/support/second-project.js';
import { createApp, type NovadeskApp } from '../app.js';
import { isOpenStackError } from '../openstack/errors.js';
import { PASSCODE_MARGIN_MS, Session } from '../openstack/session.js';

// demo-mfa's Keystone rule wants password + totp (e2e/cloud/README.md). Its profiles come from
// the cloud's clouds-mfa.yaml through the importer (keystoneauth's v3multifactor), and the
// passcodes from the TOTP key up.sh generated, as an authenticator app would show them.
let app: NovadeskApp;
let dir: string;
let mfa: string;
let passwordOnly: string;
let password: string;

const call = async <T>(channel: string, input: unknown): Promise<T> => {
  const r = await app.router.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.kind}: ${r.error.message}`);
  return r.value as T;
};
const lastSeq = (): number => app.log.list().at(-1)?.seq ?? 0;
const tokenPosts = (since: number): LogEntry[] => app.log.list({ sinceSeq: since }).filter((e) => e.method === 'POST' && e.url.endsWith('/auth/tokens'));
const methodsOf = (e: LogEntry): string[] => (JSON.parse(e.requestBody!) as { auth: { identity: { methods: string[] } } }).auth.identity.methods;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nd-mfa-'));
  app = await createApp({ dataDir: dir });
  const text = readFileSync(MFA_CLOUDS_YAML, 'utf8');
  password = /^ {6}password: (.+)$/m.exec(text)![1]!;
  // the same user with the password alone: what the MFA rule refuses
  const plain = text.replace(`${MFA_PROFILE}:`, `${MFA_PROFILE}-password-only:`).replace('auth_type: v3multifactor', 'auth_type: v3password').replace(/^ {6}auth_methods:.*\n/m, '');
  for (const [path, yaml] of [[MFA_CLOUDS_YAML, text], ['/tmp/password-only.yaml', plain]] as const) {
    const scan = await app.profiles.scanImportText({ path, text: yaml });
    expect(scan.problems).toEqual([]);
    await app.profiles.applyImport({ scanId: scan.scanId });
  }
  const ids = Object.fromEntries((await app.profiles.list()).map((p) => [p.name, p.id]));
  mfa = ids[MFA_PROFILE]!;
  passwordOnly = ids[`${MFA_PROFILE}-password-only`]!;
});

afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('password + TOTP login on the real Keystone', () => {
  it('imports v3multifactor as a password profile that needs a passcode', async () => {
    const p = (await app.profiles.list()).find((x) => x.id === mfa);
    expect(p?.auth).toMatchObject({ type: 'password', totp: true });
    expect(p?.hasSecret).toBe(true);
  });

  it('the MFA rule refuses the password alone: auth_failed, naming the profile setting that is missing', async () => {
    const since = lastSeq();
    const status = await call<CloudStatus>('clouds.connect', { cloud: passwordOnly });
    expect(status.state).toBe('offline');
    expect(status.error).toMatchObject({ kind: 'auth_failed', status: 401, field: 'auth.totp' });
    expect(status.error?.message).toMatch(/TOTP passcode/);
    expect(tokenPosts(since).map(methodsOf)).toEqual([['password']]);
  });

  it('asks for the passcode before sending anything when none was typed', async () => {
    const since = lastSeq();
    const status = await call<CloudStatus>('clouds.connect', { cloud: mfa });
    expect(status.state).toBe('needs_credentials');
    expect(status.error).toMatchObject({ kind: 'secret_unavailable', field: 'passcode' });
    expect(tokenPosts(since)).toEqual([]);
  });

  it('a wrong passcode is auth_failed naming the passcode, and the cloud asks again', async () => {
    const since = lastSeq();
    const wrong = wrongPasscode();
    const status = await call<CloudStatus>('clouds.passcode', { cloud: mfa, passcode: wrong });
    expect(status.state).toBe('needs_credentials');
    expect(status.error).toMatchObject({ kind: 'auth_failed', status: 401, field: 'passcode' });
    expect(status.error?.message).toMatch(/passcode/);
    const posts = tokenPosts(since);
    expect(posts.map(methodsOf)).toEqual([['password', 'totp']]);
    expect(posts[0]!.requestBody).not.toContain(wrong);
    expect(posts[0]!.requestBody).not.toContain(password);
    // the passcode served that one login: the next attempt asks again instead of resending it
    const again = await call<CloudStatus>('clouds.connect', { cloud: mfa });
    expect(again.error).toMatchObject({ kind: 'secret_unavailable', field: 'passcode' });
    expect(tokenPosts(since)).toHaveLength(1);
  });

  it('logs in with the passcode computed from the TOTP key: one POST, password + totp, neither in the log', async () => {
    const since = lastSeq();
    const passcode = mfaPasscode();
    const status = await call<CloudStatus>('clouds.passcode', { cloud: mfa, passcode });
    expect(status).toMatchObject({ state: 'connected' });
    const posts = tokenPosts(since);
    expect(posts.map(methodsOf)).toEqual([['password', 'totp']]);
    expect(posts[0]!.status).toBe(201);
    expect(JSON.stringify(app.log.list({ sinceSeq: since }))).not.toContain(passcode);
    expect(JSON.stringify(app.log.list({ sinceSeq: since }))).not.toContain(password);
    // the login's token serves what follows: no second passcode
    const version = await call<CloudComputeVersion>('clouds.computeVersion', { cloud: mfa });
    expect(version.projectId).toBe(await projectIdByName('demo'));
    expect(tokenPosts(since)).toHaveLength(1);
  });

  it('re-scopes to another project with the token: exactly one POST, methods ["token"], no password or passcode', async () => {
    const alt = await projectIdByName('alt');
    const cloud = scopeId({ profileId: mfa, projectId: alt });
    const since = lastSeq();
    const version = await call<CloudComputeVersion>('clouds.computeVersion', { cloud });
    expect(version.projectId).toBe(alt);
    const posts = tokenPosts(since);
    expect(posts).toHaveLength(1);
    expect(methodsOf(posts[0]!)).toEqual(['token']);
    expect(posts[0]!.requestBody).not.toMatch(/password|passcode|totp/i);
    expect((await call<CloudStatus[]>('clouds.statuses', {})).find((s) => s.profileId === cloud)?.state).toBe('connected');
  });
});

describe('a stored password Keystone refuses', () => {
  it('leaves the cloud needing credentials, the error naming the secret, so it is asked where it was needed', async () => {
    await app.profiles.setSecret(passwordOnly, 'changed-elsewhere-1');
    const since = lastSeq();
    const status = await call<CloudStatus>('clouds.connect', { cloud: passwordOnly });
    expect(status.state).toBe('needs_credentials');
    expect(status.error).toMatchObject({ kind: 'auth_failed', status: 401, field: 'secret' });
    expect(tokenPosts(since).map(methodsOf)).toEqual([['password']]);
  });
});

describe('a passcode login as its token ages', () => {
  let skew = 0;
  let typed: string | undefined;
  let session: Session;
  beforeAll(() => {
    const authUrl = /auth_url: (\S+)/.exec(readFileSync(MFA_CLOUDS_YAML, 'utf8'))![1]!;
    session = new Session({
      auth: { type: 'password', authUrl, user: { name: 'demo-mfa', domain: { name: 'Default' } }, password, scope: { project: { name: 'demo', domain: { name: 'Default' } } } },
      now: () => Date.now() + skew,
      passcode: () => [typed, (typed = undefined)][0],
    });
  });
  afterAll(() => session?.close());

  it('keeps using its token inside the usual renewal margin (renewing would need the user), then asks, sending nothing', async () => {
    typed = mfaPasscode();
    const token = await session.token();
    const posts = session.log.list().length;
    // a password login would renew 120 s before expiry; this one still has its token
    skew = token.expiresAt.getTime() - Date.now() - 60_000;
    expect(await session.token()).toBe(token);
    skew = token.expiresAt.getTime() - Date.now() - PASSCODE_MARGIN_MS + 1_000;
    const e = await session.token().catch((x: unknown) => x);
    expect(isOpenStackError(e) && e.toJSON()).toMatchObject({ kind: 'secret_unavailable', field: 'passcode' });
    expect(session.log.list()).toHaveLength(posts);
  });

  it('asks again as soon as its token has proven invalid', async () => {
    skew = 0;
    session.invalidate();
    typed = mfaPasscode();
    const token = await session.token();
    expect(typed).toBeUndefined();
    const posts = session.log.list().length;
    session.invalidate(token);
    const e = await session.token().catch((x: unknown) => x);
    expect(isOpenStackError(e) && e.toJSON()).toMatchObject({ kind: 'secret_unavailable', field: 'passcode' });
    expect(session.log.list()).toHaveLength(posts);
  });
});
