import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCloud } from '../../e2e/support/local-cloud.js';
import type { Result } from '../../shared/errors.js';
import type { Channel } from '../../shared/ipc/contract.js';
import type { InputOf, OutputOf } from '../../shared/ipc/types.js';
import type { ProfileDraftInput } from '../../shared/schemas/profile.js';
import { createApp, type NovadeskApp } from '../app.js';

/**
 * Issue 12 item 3, through the real router against the local cloud: a stored password is
 * never sent to an auth URL of another origin. The other origin is a loopback port this test
 * listens on itself, so "nothing was sent" is counted, not assumed.
 */
describe('a stored secret does not follow an edited auth URL (router, local cloud)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-binding-int-'));
  const demo = localCloud('local-demo').auth;
  const realUrl = demo.auth_url;
  let app: NovadeskApp;
  let decoy: Server;
  let decoyUrl = '';
  let connections = 0;
  let id = '';

  const call = <C extends Channel>(channel: C, input: InputOf<C>) => app.router.dispatch(channel, input) as Promise<Result<OutputOf<C>>>;
  const profile = (authUrl: string): ProfileDraftInput => ({
    name: 'binding-check',
    auth: {
      type: 'password',
      authUrl,
      user: { name: demo.username, domain: { name: demo.user_domain_name } },
      project: { name: demo.project_name, domain: { name: demo.project_domain_name } },
    },
    region: localCloud('local-demo').region_name,
  });

  beforeAll(async () => {
    decoy = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => decoy.listen(0, '127.0.0.1', resolve));
    const address = decoy.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    decoyUrl = `http://127.0.0.1:${address.port}/v3`;
    app = await createApp({ dataDir: dir });
    const saved = await call('profiles.save', { profile: profile(realUrl), secret: demo.password });
    if (!saved.ok) throw new Error(saved.error.message);
    id = saved.value.id;
  });

  afterAll(async () => {
    await app.close();
    await new Promise((r) => decoy.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs in with the stored password where it was saved', async () => {
    const r = await call('profiles.testConnection', { id });
    expect(r.ok && r.value.auth.ok).toBe(true);
  });

  it('refuses to test the edited profile with the stored password, and sends nothing', async () => {
    const r = await call('profiles.testConnection', { id, profile: profile(decoyUrl) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ kind: 'secret_unavailable', field: 'secret' });
    expect(!r.ok && r.error.message).toContain('Enter the password again for the new address');
    expect(!r.ok && r.error.message).not.toContain(demo.password);
    expect(connections).toBe(0);
  });

  it('refuses to save the new address without a new password; the profile stays as it was', async () => {
    const r = await call('profiles.save', { id, profile: profile(decoyUrl) });
    expect(!r.ok && r.error).toMatchObject({ kind: 'secret_unavailable', field: 'secret' });
    const now = await call('profiles.get', { id });
    expect(now.ok && now.value.auth.authUrl).toBe(realUrl);
    expect(now.ok && now.value.hasSecret).toBe(true);
    expect(connections).toBe(0);
  });

  it('a save with a new secret rebinds it to the new address, and back', async () => {
    const moved = await call('profiles.save', { id, profile: profile(decoyUrl), secret: 'typed-for-the-decoy' });
    expect(moved.ok && moved.value.hasSecret).toBe(true);
    const atDecoy = await call('profiles.testConnection', { id });
    expect(atDecoy.ok && atDecoy.value.auth.ok).toBe(false);
    expect(connections).toBeGreaterThan(0);
    // going back needs the real password again, and then works
    const refused = await call('profiles.save', { id, profile: profile(realUrl) });
    expect(!refused.ok && refused.error.kind).toBe('secret_unavailable');
    const back = await call('profiles.save', { id, profile: profile(realUrl), secret: demo.password });
    expect(back.ok).toBe(true);
    const r = await call('profiles.testConnection', { id });
    expect(r.ok && r.value.auth.ok).toBe(true);
  });
});
