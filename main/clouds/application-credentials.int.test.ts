import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationCredential, ApplicationCredentialCreated } from '../../shared/domain/application-credential.js';
import type { CloudStatus } from '../../shared/schemas/profile.js';
import { openLocalApp, type LocalApp } from '../../e2e/support/local-app.js';
import { RUN_PREFIX, clientFor, localCloud } from '../../e2e/support/local-cloud.js';
import type { NovadeskApp } from '../app.js';
import { CloudClient } from '../openstack/cloud-client.js';

// Application credentials of the demo user through the app's router on the real Keystone:
// create, log in with one, list, delete; and a profile switched to one.
let local: LocalApp;
let app: NovadeskApp;
let demo: string;
const made: string[] = [];
const call = <T>(channel: string, input: unknown): Promise<T> => local.call<T>(channel, input);

beforeAll(async () => {
  local = await openLocalApp('appcred');
  app = local.app;
  demo = local.ids['local-demo']!;
});

afterAll(async () => {
  // whatever a failed test left: deleted with the cloud's own password login
  const cleanup = clientFor('local-demo');
  await Promise.all(made.map((id) => cleanup.applicationCredentials.delete(id).catch(() => undefined)));
  await cleanup.close();
  await local?.close();
});

describe('application credentials', () => {
  it('creates one with the token’s roles, restricted, logs in with it, lists and deletes it', async () => {
    const created = await call<ApplicationCredentialCreated>('applicationCredentials.create', {
      cloud: demo,
      credential: { name: `${RUN_PREFIX}-ac`, description: 'novadesk test', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    made.push(created.credential.id);
    expect(created.profileSwitched).toBe(false);
    expect(created.secret).toMatch(/.{20,}/);
    expect(created.credential).toMatchObject({ name: `${RUN_PREFIX}-ac`, description: 'novadesk test', unrestricted: false });
    expect(created.credential.roles).toContain('member');
    // the secret went to Keystone in the answer only: never into the request log
    expect(JSON.stringify(app.log.list())).not.toContain(created.secret!);

    const viaCredential = new CloudClient({
      auth: { type: 'application_credential', authUrl: localCloud('local-demo').auth.auth_url, credential: { id: created.credential.id }, secret: created.secret! },
      region: 'RegionOne',
    });
    try {
      const token = await viaCredential.session.token();
      expect(token.project?.id).toBe(created.credential.projectId);
      expect(Array.isArray(await viaCredential.servers.list())).toBe(true);
    } finally {
      await viaCredential.close();
    }

    const listed = await call<ApplicationCredential[]>('applicationCredentials.list', { cloud: demo });
    expect(listed.map((c) => c.id)).toContain(created.credential.id);
    expect(JSON.stringify(listed)).not.toContain(created.secret!);
    await call('applicationCredentials.delete', { cloud: demo, id: created.credential.id });
    const after = await call<ApplicationCredential[]>('applicationCredentials.list', { cloud: demo });
    expect(after.map((c) => c.id)).not.toContain(created.credential.id);
  });

  it('refuses a past expiry, naming the field, before any request', async () => {
    const r = await app.router.dispatch('applicationCredentials.create', { cloud: demo, credential: { name: 'x', expiresAt: '2001-01-01T00:00:00Z' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'validation', field: 'credential.expiresAt' });
  });

  it('switches a profile to a new credential: the password is gone, the cloud still answers', async () => {
    const password = localCloud('local-demo').auth.password;
    const created = await call<ApplicationCredentialCreated>('applicationCredentials.create', {
      cloud: demo,
      credential: { name: `${RUN_PREFIX}-switch` },
      useForProfile: true,
    });
    made.push(created.credential.id);
    expect(created.profileSwitched).toBe(true);
    expect(created.secret).toBeUndefined();
    const profile = app.profiles.profile(demo)!;
    expect(profile.auth).toEqual({ type: 'application_credential', authUrl: localCloud('local-demo').auth.auth_url, applicationCredential: { id: created.credential.id } });
    const stored = await app.profiles.secretFor(demo);
    expect(stored).toBeDefined();
    expect(stored).not.toBe(password);
    // clouds.yaml export names the credential, never its secret
    const yaml = await call<string>('profiles.exportCloudsYaml', { ids: [demo] });
    expect(yaml).toContain(`application_credential_id: ${created.credential.id}`);
    expect(yaml).toContain('auth_type: v3applicationcredential');
    expect(yaml).not.toContain(stored!);
    const status = await call<CloudStatus>('clouds.connect', { cloud: demo });
    expect(status.state).toBe('connected');
    const scopes = await call<{ canSwitchProject: boolean; project?: { id: string } }>('clouds.scopes', { cloud: demo });
    expect(scopes.canSwitchProject).toBe(false);
    expect(scopes.project?.id).toBe(created.credential.projectId);
  });
});
