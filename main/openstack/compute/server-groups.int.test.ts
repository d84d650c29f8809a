import { afterAll, describe, expect, it } from 'vitest';
import { clientFor, RUN_PREFIX } from '../../../e2e/support/local-cloud.js';
import { isOpenStackError } from '../errors.js';
import { ComputeClient } from './compute-client.js';
import { ServerGroupManager } from './server-groups.js';

async function errorKind(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isOpenStackError(e)) return e.kind;
    throw e;
  }
  return 'no error';
}

describe('server groups against the local Nova', () => {
  const client = clientFor('local-demo');
  const admin = clientFor('local-admin');
  const name = (suffix: string) => `${RUN_PREFIX}-sg-${suffix}`;
  const created: string[] = [];
  const lastSeq = () => client.session.log.list().at(-1)?.seq ?? 0;

  afterAll(async () => {
    try {
      // by prefix as well as by id, so a group whose create answer got lost is removed too
      const mine = (await client.serverGroups.list()).filter((g) => g.name.startsWith(RUN_PREFIX)).map((g) => g.id);
      await Promise.allSettled([...new Set([...created, ...mine])].map((id) => client.serverGroups.delete(id)));
    } finally {
      await Promise.all([client.close(), admin.close()]);
    }
  });

  it('creates an affinity group and an anti-affinity group with a per-host maximum (2.64 policy + rules)', async () => {
    const affinity = await client.serverGroups.create({ name: name('aff'), policy: 'affinity' });
    created.push(affinity.id);
    const anti = await client.serverGroups.create({ name: name('anti'), policy: 'anti-affinity', maxServerPerHost: 2 });
    created.push(anti.id);
    const token = await client.session.token();
    expect(affinity).toMatchObject({ name: name('aff'), policy: 'affinity', maxServerPerHost: undefined, members: [] });
    expect(anti).toMatchObject({ policy: 'anti-affinity', maxServerPerHost: 2, projectId: token.project?.id, userId: token.user.id });
    const post = client.session.log.list().filter((e) => e.method === 'POST' && e.url.endsWith('/os-server-groups')).at(-1);
    expect(post?.requestBody).toContain('"policy":"anti-affinity"');
    expect(post?.requestBody).not.toContain('policies');
  });

  it('gets a group by id with its policy and rule', async () => {
    const anti = (await client.serverGroups.list()).find((g) => g.name === name('anti'));
    expect(anti).toBeDefined();
    expect(await client.serverGroups.get(anti?.id ?? 'missing')).toMatchObject({ name: name('anti'), policy: 'anti-affinity', maxServerPerHost: 2 });
  });

  it('lists across offset pages without losing or repeating a group', async () => {
    const extra = await client.serverGroups.create({ name: name('soft'), policy: 'soft-anti-affinity' });
    created.push(extra.id);
    const before = lastSeq();
    const paged = await client.serverGroups.list({ pageSize: 1 });
    const requests = client.session.log.list({ sinceSeq: before }).filter((e) => e.url.includes('/os-server-groups'));
    expect(requests.length).toBe(paged.length + 1);
    expect(requests.slice(1).every((e) => /[?&]offset=\d+/.test(e.url))).toBe(true);
    expect(new Set(paged.map((g) => g.id)).size).toBe(paged.length);
    expect(paged.filter((g) => g.name.startsWith(`${RUN_PREFIX}-sg-`)).map((g) => g.name).sort()).toEqual(
      [name('aff'), name('anti'), name('soft')].sort(),
    );
  });

  it('before 2.64 sends a policies list, and refuses a rule without sending anything', async () => {
    const at263 = new ServerGroupManager(new ComputeClient(client.session, '2.63'));
    const old = await at263.create({ name: name('old'), policy: 'anti-affinity' });
    created.push(old.id);
    expect(old.policy).toBe('anti-affinity');
    expect(old.projectId).toBeDefined(); // 2.13+ reports the owner
    const post = client.session.log.list().filter((e) => e.method === 'POST' && e.url.endsWith('/os-server-groups')).at(-1);
    expect(post?.requestBody).toContain('"policies":["anti-affinity"]');
    // read back at the newest version, the same group has the 2.64 shape
    expect((await client.serverGroups.get(old.id)).policy).toBe('anti-affinity');

    const before = lastSeq();
    expect(await errorKind(at263.create({ name: name('old-rule'), policy: 'anti-affinity', maxServerPerHost: 2 }))).toBe(
      'unsupported_microversion',
    );
    expect(client.session.log.list({ sinceSeq: before }).filter((e) => e.method === 'POST')).toEqual([]);
  });

  it("shows another project's groups only to an admin asking for all projects", async () => {
    const demoIds = new Set(created);
    const adminOwn = await admin.serverGroups.list();
    expect(adminOwn.some((g) => demoIds.has(g.id))).toBe(false);
    const adminAll = await admin.serverGroups.list({ allProjects: true });
    expect(adminAll.filter((g) => demoIds.has(g.id))).toHaveLength(demoIds.size);
  });

  it('deletes a group; get and a second delete are not_found', async () => {
    const id = created.shift() ?? 'missing';
    await client.serverGroups.delete(id);
    expect(await errorKind(client.serverGroups.get(id))).toBe('not_found');
    expect(await errorKind(client.serverGroups.delete(id))).toBe('not_found');
    expect((await client.serverGroups.list()).map((g) => g.id)).not.toContain(id);
  });
});
