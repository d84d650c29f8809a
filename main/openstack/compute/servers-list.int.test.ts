import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../../shared/domain/server.js';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import { NANO, UNSCHEDULABLE, deleteServers, demoNet, imageId } from '../../../e2e/support/server-fixtures.js';
import { ComputeClient } from './compute-client.js';
import { ServerManager } from './servers.js';

// Listing against the real Nova: pages, filters, sorting, changes-since/-before, admin scope.
const P = `${RUN_PREFIX}-ls`;
const demo = clientFor('local-demo');
const admin = clientFor('local-admin');
const TAG_A = `${P}-a`;
const TAG_B = `${P}-b`;
let image: string;
let onNet: Server;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const settle = (id: string, status = 'ACTIVE') =>
  demo.servers.waitFor(id, (s) => s.status === status && !s.taskState, { intervalMs: 300, timeoutMs: 90_000 });
const names = (servers: Server[]) => servers.map((s) => s.name).sort();

beforeAll(async () => {
  image = await imageId(demo);
  const net = await demoNet(demo);
  const launch = (name: string, extra: object = {}) =>
    demo.servers.create({ name: `${P}-${name}`, imageRef: image, flavorRef: NANO, networks: 'none', ...extra });
  // 7 cheap ERROR servers (nothing on the host) for the pages, the rest for filters
  const made = await Promise.all([
    launch('page', { flavorRef: UNSCHEDULABLE, minCount: 7, maxCount: 7 }),
    launch('tag-ab', { tags: [TAG_A, TAG_B] }),
    launch('tag-b', { tags: [TAG_B] }),
    launch('net', { networks: [{ netId: net.id }] }),
  ]);
  const pages = await demo.servers.list({ name: `^${P}-page-` });
  await Promise.all([
    ...pages.map((s) => settle(s.id, 'ERROR')),
    ...made.slice(1).map((c) => settle(c.id as string)),
  ]);
  onNet = await demo.servers.get(made[3]?.id as string);
});

afterAll(async () => {
  try {
    await deleteServers(demo, P);
  } finally {
    await Promise.all([demo.close(), admin.close()]);
  }
});

describe('servers.list against the real Nova', () => {
  it('pages with limit/marker across 3 pages, following servers_links, each page reported', async () => {
    const pages: string[][] = [];
    const before = demo.session.log.list().at(-1)?.seq ?? 0;
    const all = await demo.servers.list({ name: `^${P}-page-`, limit: 3 }, { onPage: (p) => pages.push(p.map((s) => s.name)) });
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(names(all)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `${P}-page-${n}`).sort());
    const gets = demo.session.log.list({ sinceSeq: before }).filter((e) => e.method === 'GET' && e.url.includes('/servers/detail'));
    expect(gets).toHaveLength(3);
    expect(gets.slice(1).every((e) => e.url.includes('marker='))).toBe(true);
  });

  it('a small first page, then the rest in one request without that limit (the list streams in)', async () => {
    const pages: Array<[number, boolean]> = [];
    const before = demo.session.log.list().at(-1)?.seq ?? 0;
    const all = await demo.servers.list({ name: `^${P}-page-` }, { firstPageLimit: 2, onPage: (p, more) => pages.push([p.length, more]) });
    expect(pages).toEqual([
      [2, true],
      [5, false],
    ]);
    expect(names(all)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `${P}-page-${n}`).sort());
    const gets = demo.session.log.list({ sinceSeq: before }).filter((e) => e.method === 'GET' && e.url.includes('/servers/detail'));
    expect(gets.map((e) => new URL(e.url).searchParams.get('limit'))).toEqual(['2', null]);
  });

  it('stops early with maxItems', async () => {
    const before = demo.session.log.list().at(-1)?.seq ?? 0;
    const some = await demo.servers.list({ name: `^${P}-page-`, limit: 3 }, { maxItems: 4 });
    expect(some).toHaveLength(4);
    expect(demo.session.log.list({ sinceSeq: before }).filter((e) => e.url.includes('/servers/detail'))).toHaveLength(2);
  });

  it('sorts by name in both directions', async () => {
    const asc = await demo.servers.list({ name: `^${P}-page-`, sort: [{ key: 'display_name', dir: 'asc' }] });
    expect(asc.map((s) => s.name)).toEqual(names(asc));
    const desc = await demo.servers.list({ name: `^${P}-page-`, sort: [{ key: 'display_name', dir: 'desc' }] });
    expect(desc.map((s) => s.name)).toEqual(names(desc).reverse());
  });

  it('filters by status, flavor and image', async () => {
    expect(await demo.servers.list({ name: `^${P}-`, status: 'ERROR' })).toHaveLength(7);
    expect(names(await demo.servers.list({ name: `^${P}-`, flavor: NANO }))).toEqual([`${P}-net`, `${P}-tag-ab`, `${P}-tag-b`]);
    expect(await demo.servers.list({ name: `^${P}-`, image })).toHaveLength(10);
  });

  it('filters by tags, tags-any, not-tags and not-tags-any (2.26)', async () => {
    const scope = { name: `^${P}-tag-` };
    expect(names(await demo.servers.list({ ...scope, tags: [TAG_A, TAG_B] }))).toEqual([`${P}-tag-ab`]);
    expect(names(await demo.servers.list({ ...scope, tagsAny: [TAG_A, TAG_B] }))).toEqual([`${P}-tag-ab`, `${P}-tag-b`]);
    expect(names(await demo.servers.list({ ...scope, notTags: [TAG_A, TAG_B] }))).toEqual([`${P}-tag-b`]);
    expect(names(await demo.servers.list({ ...scope, notTagsAny: [TAG_A] }))).toEqual([`${P}-tag-b`]);
  });

  it('filters by IPv4 and IPv6 address (a substring, matched by Neutron)', async () => {
    const addrs = onNet.addresses['demo-net'] ?? [];
    const v4 = addrs.find((a) => a.version === 4)?.addr as string;
    const v6 = addrs.find((a) => a.version === 6)?.addr as string;
    for (const found of [await demo.servers.list({ ip: v4 }), await demo.servers.list({ ip6: v6 })]) {
      expect(found.map((s) => s.id)).toContain(onNet.id);
      // a substring: 198.18.0.5 also finds 198.18.0.50, never a server without it
      expect(found.every((s) => Object.values(s.addresses).flat().some((a) => a.addr.includes(v4) || a.addr.includes(v6)))).toBe(true);
    }
  });

  it('filters by availability zone and key name (2.83)', async () => {
    expect(await demo.servers.list({ name: `^${P}-tag-`, availabilityZone: 'nova' })).toHaveLength(2);
    expect(await demo.servers.list({ name: `^${P}-`, keyName: `${P}-no-such-key` })).toEqual([]);
  });

  it('refuses a filter the negotiated version lacks, naming it, before any list request', async () => {
    const old = new ServerManager(new ComputeClient(demo.session, '2.25'));
    const before = demo.session.log.list().at(-1)?.seq ?? 0;
    await expect(old.list({ tags: [TAG_A] })).rejects.toMatchObject({ kind: 'unsupported_microversion', field: 'tags' });
    expect(demo.session.log.list({ sinceSeq: before }).filter((e) => e.url.includes('/servers'))).toEqual([]);
  });

  it('lets an admin list every project, or one project, and keeps the demo user to their own', async () => {
    const demoProject = (await demo.session.token()).project?.id as string;
    expect(await admin.servers.list({ name: `^${P}-page-`, allTenants: true })).toHaveLength(7);
    const scoped = await admin.servers.list({ name: `^${P}-page-`, projectId: demoProject });
    expect(scoped.every((s) => s.projectId === demoProject)).toBe(true);
    expect(scoped).toHaveLength(7);
    // without all_tenants the admin sees only the admin project
    expect(await admin.servers.list({ name: `^${P}-page-` })).toEqual([]);
  });
});

describe('changes-since and changes-before', () => {
  it('returns only what changed after the mark: an update and a deletion, not the untouched server', async () => {
    const launch = (n: string) => demo.servers.create({ name: `${P}-cs-${n}`, imageRef: image, flavorRef: NANO, networks: 'none' });
    const [a, b, c] = (await Promise.all([launch('a'), launch('b'), launch('c')])).map((x) => x.id as string) as [string, string, string];
    await Promise.all([a, b, c].map((id) => settle(id)));
    // Nova keeps timestamps to the second: leave a whole second between the last build and the mark
    await sleep(1_500);
    const mark = new Date();
    await sleep(1_000);
    await demo.servers.update(b, { name: `${P}-cs-b-renamed` });
    await demo.servers.delete(c);
    await demo.servers.waitForGone(c, { intervalMs: 300, timeoutMs: 60_000 });

    const changed = await demo.servers.list({ name: `^${P}-cs-`, changesSince: mark });
    expect(changed.map((s) => [s.name, s.status]).sort()).toEqual([
      [`${P}-cs-b-renamed`, 'ACTIVE'],
      [`${P}-cs-c`, 'DELETED'],
    ]);
    const unchanged = await demo.servers.list({ name: `^${P}-cs-`, changesBefore: mark });
    expect(unchanged.map((s) => s.id)).toEqual([a]);
  });
});
