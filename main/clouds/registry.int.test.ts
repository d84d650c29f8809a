import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUDS_YAML } from '../../e2e/support/local-cloud.js';
import type { CloudStatus } from '../../shared/domain/cloud-status.js';
import type { ProfileView } from '../../shared/schemas/profile.js';
import { RequestLog } from '../openstack/request-log.js';
import { ProfileService } from '../profiles/profile-service.js';
import { CloudLists } from './cloud-lists.js';
import { ListCache } from './list-cache.js';
import { CloudRegistry } from './registry.js';

/** Four profiles of the real local cloud side by side in one registry. */
describe('CloudRegistry against the local cloud', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-registry-int-'));
  const log = new RequestLog();
  let svc: ProfileService;
  let registry: CloudRegistry;
  let lists: CloudLists;
  let profiles: ProfileView[];
  const seen: CloudStatus[] = [];
  const byName = (n: string) => profiles.find((p) => p.name === n) ?? expect.unreachable(`no profile ${n}`);

  beforeAll(async () => {
    svc = await ProfileService.open({ dir: join(dir, 'profiles') });
    const scan = await svc.scanImport({ env: { OS_CLIENT_CONFIG_FILE: CLOUDS_YAML }, cwd: dir, home: dir });
    await svc.applyImport({ scanId: scan.scanId });
    profiles = await svc.list();
    expect(profiles).toHaveLength(4);
    registry = new CloudRegistry({ source: svc, log });
    registry.onStatus((s) => seen.push(s));
    lists = new CloudLists(registry, new ListCache(join(dir, 'cache')));
  });
  afterAll(async () => {
    await registry.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives each profile its own client, token and project, and keeps it warm', async () => {
    const expected: Record<string, [string, string]> = {
      'local-admin': ['admin', 'RegionOne'],
      'local-demo': ['demo', 'RegionOne'],
      'local-alt': ['alt', 'RegionOne'],
      'local-demo-regiontwo': ['demo', 'RegionTwo'],
    };
    const tokens = await Promise.all(profiles.map((p) => registry.use(p.id, (c) => c.session.token())));
    const clients = await Promise.all(profiles.map((p) => registry.client(p.id)));
    for (const [i, p] of profiles.entries()) {
      const [project, region] = expected[p.name] ?? expect.unreachable();
      expect(tokens[i]?.project?.name).toBe(project);
      expect(clients[i]?.session.region).toBe(region);
      expect(registry.status(p.id).state).toBe('connected');
      expect(seen.some((s) => s.profileId === p.id && s.state === 'connected')).toBe(true);
      expect(await registry.client(p.id)).toBe(clients[i]);
    }
    expect(new Set(tokens.map((t) => t.value)).size).toBe(4);
    expect(new Set(clients).size).toBe(4);
    // switching back and forth logs in no more: one token request per profile so far
    const logins = () => log.list().filter((e) => e.url.endsWith('/auth/tokens')).length;
    const before = logins();
    for (const p of [...profiles, ...profiles]) await registry.use(p.id, (c) => c.compute.get('/flavors'));
    expect(logins()).toBe(before);
  });

  it('each profile lists its own project, and the lists are cached on disk with their time', async () => {
    for (const p of profiles) {
      const token = await registry.use(p.id, (c) => c.session.token());
      const servers = await lists.refresh(p.id, 'servers');
      expect(servers.items.every((s) => s.projectId === token.project?.id)).toBe(true);
      const flavors = await lists.refresh(p.id, 'flavors');
      expect(flavors.items.length).toBeGreaterThan(0);
    }
    // a fresh cache (as after a restart) answers at once, without the cloud
    const reopened = new ListCache(join(dir, 'cache'));
    const demo = byName('local-demo');
    const cached = reopened.get(demo.id, 'flavors');
    expect(cached?.items.length).toBeGreaterThan(0);
    expect(Date.now() - new Date(cached?.fetchedAt ?? 0).getTime()).toBeLessThan(60_000);
    const snap = lists.snapshot(demo.id, 'images');
    expect(snap.cached).toBeUndefined();
    expect((await snap.fresh).items.length).toBeGreaterThan(0);
    expect(lists.cached(demo.id, 'images')).toBeDefined();
  });

  it('tags every request in the shared log with its profile id', () => {
    const ids = new Set(profiles.map((p) => p.id));
    const entries = log.list();
    expect(entries.length).toBeGreaterThan(8);
    expect(entries.every((e) => e.cloud !== undefined && ids.has(e.cloud))).toBe(true);
    for (const id of ids) expect(entries.some((e) => e.cloud === id && e.service === 'compute')).toBe(true);
  });

  it('a wrong password makes the profile need credentials, the auth error naming the secret; the right one reconnects it', async () => {
    const demo = byName('local-demo');
    // a new profile made from another takes its own Ctrl+n slot, not the original's
    const { id: _id, hasSecret: _h, shortcut: _s, ...draft } = demo;
    const wrong = await svc.save({ profile: { ...draft, name: 'wrong-password' }, secret: 'not-the-password' });
    const st = await registry.connect(wrong.id);
    expect(st.state).toBe('needs_credentials');
    expect(st.error).toMatchObject({ kind: 'auth_failed', field: 'secret' });
    await svc.setSecret(wrong.id, 'demo');
    await new Promise((r) => setTimeout(r, 50));
    expect((await registry.connect(wrong.id)).state).toBe('connected');
    await svc.remove(wrong.id);
  });

  it('a profile without a secret needs credentials', async () => {
    const { id: _id, hasSecret: _h, shortcut: _s, ...draft } = byName('local-alt');
    const bare = await svc.save({ profile: { ...draft, name: 'no-secret' } });
    expect(bare.hasSecret).toBe(false);
    const st = await registry.connect(bare.id);
    expect(st.state).toBe('needs_credentials');
    expect(st.error?.kind).toBe('secret_unavailable');
    await svc.remove(bare.id);
  });
});
