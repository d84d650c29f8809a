import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerChanges } from '../../shared/domain/server-changes.js';
import { CLOUDS_YAML, clientFor, RUN_PREFIX } from '../../e2e/support/local-cloud.js';
import { createApp, type NovadeskApp } from '../app.js';
import type { CloudClient } from '../openstack/cloud-client.js';

// Four profiles from the local cloud's clouds.yaml, through the app's router, as the renderer sees them.
let app: NovadeskApp;
let dir: string;
const ids: Record<string, string> = {};
const made: { client: CloudClient; id: string }[] = [];
const changes: ServerChanges[] = [];

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = await app.router.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.kind}: ${r.error.message}`);
  return r.value as T;
}

async function bootError(name: string, cloud: 'local-demo' | 'local-alt'): Promise<string> {
  const client = clientFor(cloud);
  const images = await client.images.list({ name: 'tiny-raw' });
  const created = await client.servers.create({ name, flavorRef: '999', imageRef: images[0]!.id, networks: 'none' });
  if (!created.id) throw new Error('Nova returned no server id');
  made.push({ client, id: created.id });
  return created.id;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nd-switch-'));
  app = await createApp({ dataDir: dir });
  const scan = await app.profiles.scanImportText({ path: CLOUDS_YAML, text: readFileSync(CLOUDS_YAML, 'utf8') });
  await app.profiles.applyImport({ scanId: scan.scanId });
  for (const p of await app.profiles.list()) ids[p.name] = p.id;
  app.events.subscribe((event, payload) => {
    if (event === 'servers.changed') changes.push(payload as ServerChanges);
  });
});

afterAll(async () => {
  await Promise.all(made.map(({ client, id }) => client.servers.delete(id).catch(() => undefined)));
  await Promise.all(made.map(({ client }) => client.close()));
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('four profiles, switching, watching', () => {
  it('imports admin, demo, alt and demo in RegionTwo', () => {
    expect(Object.keys(ids).sort()).toEqual(['local-admin', 'local-alt', 'local-demo', 'local-demo-regiontwo']);
  });

  it('each profile sees its own project’s servers', async () => {
    const demoOnly = await bootError(`${RUN_PREFIX}-demo-own`, 'local-demo');
    const altOnly = await bootError(`${RUN_PREFIX}-alt-own`, 'local-alt');
    // admin is left out: its project may hold a thousand benchmark servers, and this is about isolation
    const clouds = ['local-demo', 'local-alt', 'local-demo-regiontwo'].map((n) => ids[n]!);
    const all = await call<{ cloud: string; ok: boolean; servers?: { id: string }[] }[]>('servers.listAll', { clouds, timeoutMs: 60_000 });
    const seen = (name: string) => all.find((c) => c.cloud === ids[name])?.servers?.map((s) => s.id) ?? [];
    expect(all.every((c) => c.ok)).toBe(true);
    expect(seen('local-demo')).toContain(demoOnly);
    expect(seen('local-demo')).not.toContain(altOnly);
    expect(seen('local-alt')).toContain(altOnly);
    expect(seen('local-alt')).not.toContain(demoOnly);
    // RegionTwo's endpoints are the same services: the same project's servers
    expect(seen('local-demo-regiontwo')).toContain(demoOnly);
  });

  it('switching answers with the cached list at once, then the fresh one', async () => {
    const cloud = ids['local-demo']!;
    const cached = await call<{ fetchedAt: string; items: { id: string }[] } | null>('clouds.cachedList', { cloud, kind: 'servers' });
    expect(cached).not.toBeNull();
    const added = await bootError(`${RUN_PREFIX}-after-cache`, 'local-demo');
    const again = await call<{ fetchedAt: string; items: { id: string }[] }>('clouds.cachedList', { cloud, kind: 'servers' });
    expect(again.items.map((s) => s.id)).not.toContain(added);
    const fresh = await call<{ fetchedAt: string; items: { id: string }[] }>('clouds.refreshList', { cloud, kind: 'servers' });
    expect(fresh.items.map((s) => s.id)).toContain(added);
    expect(Date.parse(fresh.fetchedAt)).toBeGreaterThan(Date.parse(cached!.fetchedAt));
    // nothing secret is kept in the cache file
    const onDisk = readFileSync(join(dir, 'cache', `${cloud}.json`), 'utf8');
    expect(onDisk).not.toMatch(/"(password|adminPass|token)"/);
  });

  it('the watcher reports a new server and its deletion, with only the changes', async () => {
    const cloud = ids['local-alt']!;
    await call('servers.watch', { cloud, watch: true });
    const watcher = app.watchers.get(cloud)!;
    const id = await bootError(`${RUN_PREFIX}-watched`, 'local-alt');
    await watcher.poke();
    await expect.poll(() => changes.some((c) => c.cloud === cloud && c.changed.some((s) => s.id === id)), { timeout: 30_000 }).toBe(true);
    const sizes = changes.filter((c) => c.cloud === cloud).map((c) => c.changed.length);
    expect(Math.max(...sizes.slice(1), 0)).toBeLessThanOrEqual(2);
    const entry = made.find((m) => m.id === id)!;
    await entry.client.servers.delete(id);
    await entry.client.servers.waitForGone(id);
    await watcher.poke();
    await expect.poll(() => changes.some((c) => c.cloud === cloud && c.removed.includes(id)), { timeout: 30_000 }).toBe(true);
    expect(watcher.stats.maxInFlight).toBe(1);
    await call('servers.watch', { cloud, watch: false });
  });
});
