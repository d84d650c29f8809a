import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudComputeVersion } from '../../shared/domain/compute-version.js';
import type { CloudScopes } from '../../shared/domain/scope.js';
import { scopeId } from '../../shared/ipc/scope-id.js';
import type { LogEntry } from '../../shared/log.js';
import { openLocalApp, type LocalApp } from '../../e2e/support/local-app.js';
import { localCloud, RUN_PREFIX } from '../../e2e/support/local-cloud.js';
import { addSecondProject, projectIdByName, type SecondProject } from '../../e2e/support/second-project.js';
import type { NovadeskApp } from '../app.js';

// The demo user gets a second project (made here as local-admin, removed afterwards): the
// project and region switches of one profile, through the app's router, on the real Keystone.
let local: LocalApp;
let app: NovadeskApp;
let second: SecondProject;
let demo: string;
const call = <T>(channel: string, input: unknown): Promise<T> => local.call<T>(channel, input);

const tokenPosts = (since: number): LogEntry[] => app.log.list({ sinceSeq: since }).filter((e) => e.method === 'POST' && e.url.endsWith('/auth/tokens'));
const lastSeq = (): number => app.log.list().at(-1)?.seq ?? 0;
const identityPath = new URL(localCloud('local-demo').auth.auth_url).pathname.replace(/\/+$/, '');

beforeAll(async () => {
  second = await addSecondProject(`${RUN_PREFIX}-second`);
  local = await openLocalApp('scopes');
  app = local.app;
  demo = local.ids['local-demo']!;
});

afterAll(async () => {
  await second?.remove().catch(() => undefined);
  await local?.close();
});

describe('one profile, several projects and regions', () => {
  it('lists the projects the user can scope to (GET /v3/auth/projects) and the catalog’s regions', async () => {
    const since = lastSeq();
    const scopes = await call<CloudScopes>('clouds.scopes', { cloud: demo });
    expect(scopes.project?.name).toBe('demo');
    expect(scopes.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['demo', second.name]));
    expect(scopes.projects.map((p) => p.name)).not.toContain('admin');
    expect(scopes.regions).toEqual(expect.arrayContaining(['RegionOne', 'RegionTwo']));
    expect(scopes.canSwitchProject).toBe(true);
    const gets = app.log.list({ sinceSeq: since }).filter((e) => e.method === 'GET' && e.service === 'identity');
    expect(gets.map((e) => new URL(e.url).pathname)).toEqual([`${identityPath}/auth/projects`]);
  });

  it('re-scopes to another project with the current token: one POST /v3/auth/tokens, method token, no password', async () => {
    const cloud = scopeId({ profileId: demo, projectId: second.id });
    const since = lastSeq();
    const version = await call<CloudComputeVersion>('clouds.computeVersion', { cloud });
    expect(version.projectId).toBe(second.id);
    const posts = tokenPosts(since);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.cloud).toBe(cloud);
    const body = JSON.parse(posts[0]!.requestBody!) as { auth: { identity: { methods: string[] }; scope: unknown } };
    expect(body.auth.identity.methods).toEqual(['token']);
    expect(body.auth.scope).toEqual({ project: { id: second.id } });
    expect(posts[0]!.requestBody).not.toMatch(/password/i);
    // the new project's own (empty) server list, cached under its own id
    const servers = await call<{ items: unknown[] }>('clouds.refreshList', { cloud, kind: 'servers' });
    expect(servers.items).toEqual([]);
    expect(await call('clouds.cachedList', { cloud, kind: 'servers' })).not.toBeNull();
  });

  it('switches region without any request to Keystone, and back to a warm scope without any request at all', async () => {
    const cloud = scopeId({ profileId: demo, region: 'RegionTwo' });
    const since = lastSeq();
    const scopes = await call<CloudScopes>('clouds.scopes', { cloud });
    expect(scopes.region).toBe('RegionTwo');
    expect(scopes.project?.name).toBe('demo');
    expect(tokenPosts(since)).toEqual([]);

    const back = scopeId({ profileId: demo, projectId: second.id });
    const before = lastSeq();
    const version = await call<CloudComputeVersion>('clouds.computeVersion', { cloud: back });
    expect(version.projectId).toBe(second.id);
    expect(await call('clouds.cachedList', { cloud: back, kind: 'servers' })).not.toBeNull();
    expect(app.log.list({ sinceSeq: before })).toEqual([]);
  });

  it('refuses a project the user has no role on, without sending the password', async () => {
    const adminProject = await projectIdByName('admin');
    const since = lastSeq();
    const r = await app.router.dispatch('clouds.computeVersion', { cloud: scopeId({ profileId: demo, projectId: adminProject }) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('auth_failed');
    const posts = tokenPosts(since);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.requestBody).not.toMatch(/password/i);
  });
});
