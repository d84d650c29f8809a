import { afterAll, describe, expect, it } from 'vitest';
import { clientFor, passwordAuth, RUN_PREFIX } from '../../e2e/support/local-cloud.js';
import { CloudClient } from './cloud-client.js';
import { REAUTH_MARGIN_MS } from './session.js';
import type { RequestLog } from './request-log.js';

const authPosts = (log: RequestLog) => log.list().filter((e) => e.method === 'POST' && e.url.endsWith('/v3/auth/tokens')).length;

describe('Session against the real Keystone and Nova', () => {
  const clients: CloudClient[] = [];
  const made = (c: CloudClient) => (clients.push(c), c);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
  });

  it('100 concurrent first calls cause exactly one POST /v3/auth/tokens', async () => {
    const client = made(clientFor('local-demo'));
    const results = await Promise.all(Array.from({ length: 100 }, () => client.compute.get<{ flavors: unknown[] }>('/flavors')));
    expect(results.every((r) => r.flavors.length > 0)).toBe(true);
    expect(authPosts(client.session.log)).toBe(1);
  });

  it('reuses one token, and renews it exactly once when under 120 s remain', async () => {
    let skew = 0;
    const client = made(clientFor('local-demo', { now: () => Date.now() + skew }));
    const first = await client.session.token();
    await client.flavors.list();
    await client.flavors.list();
    expect(authPosts(client.session.log)).toBe(1);
    // move our clock to 10 s inside the margin of the real token's expires_at
    skew = first.expiresAt.getTime() - Date.now() - REAUTH_MARGIN_MS + 10_000;
    await Promise.all([client.flavors.list(), client.flavors.list(), client.flavors.list()]);
    expect(authPosts(client.session.log)).toBe(2);
    const renewed = await client.session.token();
    expect(renewed.value).not.toBe(first.value);
  });

  it('an invalid token gets a real 401 from Nova, one re-auth, and success', async () => {
    const client = made(clientFor('local-demo'));
    const good = await client.session.token();
    client.session.adoptToken({ ...good, value: `gAAAAA${'x'.repeat(180)}` });
    const flavors = await client.flavors.list();
    expect(flavors.length).toBeGreaterThan(0);
    const statuses = client.session.log.list().filter((e) => e.service === 'compute').map((e) => e.status);
    expect(statuses).toContain(401);
    expect(authPosts(client.session.log)).toBe(2);
  });

  it('on a 401 to POST /servers the same body is replayed once, and exactly one server appears', async () => {
    const client = made(clientFor('local-demo'));
    const good = await client.session.token();
    const imageRef = await tinyImageId(client);
    await client.compute.negotiate(); // so that the planted token meets the POST itself
    client.session.adoptToken({ ...good, value: `gAAAAA${'y'.repeat(180)}` });
    const name = `${RUN_PREFIX}-replay`;
    // flavor 999 can never be scheduled: the server goes to ERROR at once and costs the cloud nothing
    const body = { server: { name, flavorRef: '999', imageRef, networks: 'none' } };
    const created = await client.compute.post<{ server: { id: string } }>('/servers', body);
    try {
      const posts = client.session.log.list().filter((e) => e.method === 'POST' && e.url.endsWith('/servers'));
      expect(posts.map((p) => p.status)).toEqual([401, 202]);
      expect(posts[0]?.requestBody).toBe(posts[1]?.requestBody);
      const { servers } = await client.compute.get<{ servers: { id: string; name: string }[] }>('/servers', { name: `^${name}$` });
      expect(servers.map((s) => s.id)).toEqual([created.server.id]);
    } finally {
      await client.compute.delete(`/servers/${created.server.id}`);
    }
  });

  it('a wrong password is auth_failed with Keystone’s own message', async () => {
    const auth = passwordAuth('local-demo');
    const client = made(new CloudClient({ auth: { ...auth, password: 'not-the-password' } as typeof auth }));
    const err = await client.flavors.list().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'auth_failed', status: 401, service: 'identity' });
    expect((err as Error).message).toBe('The request you have made requires authentication.');
  });

  it('an unknown region is endpoint_not_found naming what the catalog offers', async () => {
    const client = made(clientFor('local-demo', { region: 'RegionNine' }));
    const err = await client.flavors.list().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'endpoint_not_found' });
    expect((err as Error).message).toMatch(/compute in region RegionNine; the catalog offers: .*compute \([^)]*public RegionOne/);
  });

  it('RegionTwo is chosen from the catalog by region', async () => {
    const client = made(clientFor('local-demo-regiontwo'));
    const token = await client.session.token();
    const regions = token.catalog.find((s) => s.type === 'compute')?.endpoints.map((e) => e.region);
    expect(regions).toEqual(expect.arrayContaining(['RegionOne', 'RegionTwo']));
    expect((await client.flavors.list()).length).toBeGreaterThan(0);
  });
});

async function tinyImageId(client: CloudClient): Promise<string> {
  const image = client.session;
  const url = (await image.endpoint('image')) + '/v2/images?name=tiny-raw';
  const res = await image.request({ service: 'image', method: 'GET', url });
  const id = (JSON.parse(res.text) as { images: { id: string }[] }).images[0]?.id;
  if (!id) throw new Error('tiny-raw image missing: run e2e/cloud/up.sh');
  return id;
}
