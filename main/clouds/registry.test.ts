import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CloudStatus } from '../../shared/domain/cloud-status.js';
import type { Profile } from '../../shared/schemas/profile.js';
import { OpenStackError } from '../openstack/errors.js';
import { RequestLog } from '../openstack/request-log.js';
import { ProfileService } from '../profiles/profile-service.js';
import { stateAfterError } from './cloud-status.js';
import { CloudRegistry } from './registry.js';

/** A port nothing listens on: bind one, note it, close it. A real refused connection, no stand-in. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

const dirs: string[] = [];
const registries: CloudRegistry[] = [];
afterEach(async () => {
  await Promise.all(registries.splice(0).map((r) => r.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function setup(port = 1) {
  const dir = mkdtempSync(join(tmpdir(), 'nd-registry-'));
  dirs.push(dir);
  const svc = await ProfileService.open({ dir });
  const mk = (name: string) => ({
    name,
    auth: { type: 'password', authUrl: `http://127.0.0.1:${port}/v3`, user: { id: 'u' }, project: { id: 'p' } },
  });
  const a = await svc.save({ profile: mk('a'), secret: 'pw-a' });
  const b = await svc.save({ profile: mk('b') });
  const registry = new CloudRegistry({ source: svc, log: new RequestLog(), session: { connectTimeoutMs: 2000, maxRetries: 0 } });
  registries.push(registry);
  const seen: CloudStatus[] = [];
  registry.onStatus((s) => seen.push(s));
  return { svc, registry, a, b, seen };
}

describe('CloudRegistry (no cloud needed)', () => {
  it('builds a client once and keeps it warm', async () => {
    const { registry, a } = await setup();
    const c1 = await registry.client(a.id);
    const c2 = await registry.client(a.id);
    const [c3, c4] = await Promise.all([registry.client(a.id), registry.client(a.id)]);
    expect(c2).toBe(c1);
    expect(c3).toBe(c1);
    expect(c4).toBe(c1);
  });

  it('rebuilds when the profile or its secret changes, not otherwise', async () => {
    const { svc, registry, a } = await setup();
    const first = await registry.client(a.id);
    const { id: _id, hasSecret: _h, ...draft } = a;
    await svc.save({ id: a.id, profile: { ...draft, label: 'renamed label only' } });
    expect(await registry.client(a.id)).toBe(first);
    await svc.save({ id: a.id, profile: { ...draft, region: 'RegionTwo' } });
    const second = await registry.client(a.id);
    expect(second).not.toBe(first);
    expect(second.session.region).toBe('RegionTwo');
    await svc.setSecret(a.id, 'another');
    expect(await registry.client(a.id)).not.toBe(second);
  });

  it('a profile without a secret needs credentials, and stops needing them once given', async () => {
    const { svc, registry, b, seen } = await setup();
    expect(registry.status(b.id).state).toBe('unknown');
    await expect(registry.client(b.id)).rejects.toMatchObject({ kind: 'secret_unavailable' });
    const st = await registry.connect(b.id);
    expect(st.state).toBe('needs_credentials');
    expect(st.error?.message).toContain('"b"');
    expect(seen.map((s) => s.state)).toEqual(['needs_credentials']);
    await svc.setSecret(b.id, 'pw-b');
    await new Promise((r) => setTimeout(r, 20));
    expect(registry.status(b.id).state).toBe('unknown');
  });

  it('a refused connection makes the cloud offline with the error', async () => {
    const { registry, a, seen } = await setup(await closedPort());
    const st = await registry.connect(a.id);
    expect(st.state).toBe('offline');
    expect(st.error?.kind).toBe('network');
    expect(seen.at(-1)?.profileId).toBe(a.id);
  });

  it('records the status a request outcome implies', async () => {
    const { registry, a } = await setup();
    await registry.use(a.id, async () => 'fine');
    expect(registry.status(a.id).state).toBe('connected');
    await expect(registry.use(a.id, async () => Promise.reject(new OpenStackError('timeout', 't')))).rejects.toThrow();
    expect(registry.status(a.id)).toMatchObject({ state: 'offline', error: { kind: 'timeout' } });
    await expect(registry.use(a.id, async () => Promise.reject(new OpenStackError('not_found', 'gone', { status: 404 })))).rejects.toThrow();
    expect(registry.status(a.id).state).toBe('connected');
  });

  it('an unknown profile is not_found; a removed one is dropped', async () => {
    const { svc, registry, a } = await setup();
    await expect(registry.client('nope-000000')).rejects.toMatchObject({ kind: 'not_found' });
    await registry.use(a.id, async () => 1);
    await svc.remove(a.id);
    await new Promise((r) => setTimeout(r, 20));
    expect(registry.statuses().map((s: CloudStatus) => s.profileId)).not.toContain(a.id);
    await expect(registry.client(a.id)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('a CA file that vanished makes the cloud offline on tls.caFile', async () => {
    const { svc } = await setup();
    const source = {
      profile: (id: string): Profile | undefined => {
        const p = svc.profile(id);
        return p && { ...p, tls: { verify: true, caFile: '/nonexistent/ca.pem' } };
      },
      secretFor: (id: string) => svc.secretFor(id),
    };
    const r = new CloudRegistry({ source, log: new RequestLog() });
    registries.push(r);
    const a = (await svc.list()).find((p) => p.name === 'a');
    expect((await r.connect(a?.id ?? '')).error).toMatchObject({ kind: 'validation', field: 'tls.caFile' });
  });
});

describe('stateAfterError', () => {
  it.each([
    ['network', undefined, 'offline'],
    ['timeout', undefined, 'offline'],
    ['auth_failed', 401, 'offline'],
    // Keystone refused the stored secret or a typed passcode: the user is asked for it
    ['auth_failed', 401, 'needs_credentials', 'secret'],
    ['auth_failed', 401, 'needs_credentials', 'passcode'],
    // the password was right, the MFA rule wants a passcode the profile does not send
    ['auth_failed', 401, 'offline', 'auth.totp'],
    ['server_error', 503, 'offline'],
    ['server_error', 500, 'connected'],
    ['not_found', 404, 'connected'],
    ['conflict', 409, 'connected'],
    ['secret_unavailable', undefined, 'needs_credentials'],
    ['internal', undefined, undefined],
    ['storage', undefined, undefined],
    ['endpoint_not_found', undefined, undefined],
  ] as const)('%s (%s) → %s %s', (kind, status, state, field?: string) => {
    expect(stateAfterError({ kind, message: 'm', ...(status ? { status } : {}), ...(field ? { field } : {}) })).toBe(state);
  });
});
