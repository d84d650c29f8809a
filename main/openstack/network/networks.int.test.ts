import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../../../e2e/support/local-cloud.js';
import type { Network } from '../../../shared/domain/network.js';

const demo = clientFor('local-demo');
const alt = clientFor('local-alt');
let demoNet: Network;

beforeAll(async () => {
  const [net] = await demo.networks.list({ name: 'demo-net' });
  if (!net) throw new Error('the local cloud has no demo-net; run e2e/cloud/up.sh');
  demoNet = net;
});
afterAll(() => Promise.all([demo.close(), alt.close()]));

describe('Neutron networks and subnets', () => {
  it("shows demo its own network and the external one, never alt's", async () => {
    const names = (await demo.networks.list()).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['demo-net', 'public']));
    expect(names).not.toContain('alt-net');
    expect((await alt.networks.list()).map((n) => n.name)).toContain('alt-net');
  });

  it('filters by router:external, shared and project', async () => {
    const external = await demo.networks.list({ external: true });
    expect(external.map((n) => n.name)).toContain('public');
    expect(external.every((n) => n.external)).toBe(true);
    const internal = await demo.networks.list({ external: false });
    expect(internal.map((n) => n.name)).toContain('demo-net');
    expect(internal.some((n) => n.external)).toBe(false);
    const project = (await demo.session.token()).project?.id;
    const own = await demo.networks.list({ projectId: project });
    expect(own.map((n) => n.name)).toEqual(['demo-net']);
    expect((await demo.networks.list({ shared: true })).map((n) => n.name)).not.toContain('demo-net');
  });

  it('pages with limit 1 through Neutron `networks_links`', async () => {
    const all = await demo.networks.list();
    const before = demo.session.log.list().at(-1)?.seq ?? 0;
    const paged = await demo.networks.list({ limit: 1 });
    expect(paged.map((n) => n.id).sort()).toEqual(all.map((n) => n.id).sort());
    const gets = demo.session.log.list({ sinceSeq: before }).filter((e) => e.service === 'network' && e.method === 'GET');
    expect(gets.length).toBeGreaterThanOrEqual(all.length);
  });

  it('gets demo-net with its project, MTU and both subnets', async () => {
    const net = await demo.networks.get(demoNet.id);
    expect(net).toMatchObject({ name: 'demo-net', status: 'ACTIVE', external: false, adminStateUp: true });
    expect(net.projectId).toBe((await demo.session.token()).project?.id);
    expect(net.mtu).toBeGreaterThan(0);
    expect(net.subnetIds).toHaveLength(2);
  });

  it('lists an IPv4 and an IPv6 subnet on demo-net', async () => {
    const subnets = await demo.subnets.listByNetwork(demoNet.id);
    expect(subnets.map((s) => s.ipVersion).sort()).toEqual([4, 6]);
    const v4 = subnets.find((s) => s.ipVersion === 4);
    const v6 = subnets.find((s) => s.ipVersion === 6);
    expect(v4?.cidr).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    expect(v4?.allocationPools.length).toBeGreaterThan(0);
    expect(v6?.cidr).toContain(':');
    expect(subnets.every((s) => s.networkId === demoNet.id)).toBe(true);
    expect(new Set(subnets.map((s) => s.id))).toEqual(new Set(demoNet.subnetIds));
    const onlyV6 = await demo.subnets.list({ networkId: demoNet.id, ipVersion: 6 });
    expect(onlyV6.map((s) => s.id)).toEqual([v6?.id]);
    expect(await demo.subnets.get(v4?.id ?? '')).toEqual(v4);
  });

  it('maps a missing network, subnet and port to not_found with Neutron’s message', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    await expect(demo.networks.get(id)).rejects.toMatchObject({
      kind: 'not_found',
      status: 404,
      service: 'network',
      message: `Network ${id} could not be found.`,
      requestId: expect.stringMatching(/^req-/),
    });
    await expect(demo.subnets.get(id)).rejects.toMatchObject({ kind: 'not_found', message: expect.stringContaining(id) });
    await expect(demo.ports.get(id)).rejects.toMatchObject({ kind: 'not_found', message: `Port ${id} could not be found.` });
  });

  it("does not let demo read alt's network: it is not found, not forbidden", async () => {
    const [altNet] = await alt.networks.list({ name: 'alt-net' });
    expect(altNet).toBeDefined();
    await expect(demo.networks.get(altNet?.id ?? '')).rejects.toMatchObject({ kind: 'not_found' });
  });
});

describe('Neutron quota details', () => {
  it('gives used, limit and reserved for the token project', async () => {
    const q = await demo.networkQuotas.details();
    for (const r of ['network', 'subnet', 'port', 'router', 'floatingip', 'security_group', 'security_group_rule']) {
      expect(q[r], r).toMatchObject({ used: expect.any(Number), reserved: expect.any(Number) });
    }
    // demo owns demo-net with two subnets, demo-router and the default security group
    expect(q.network?.used).toBeGreaterThanOrEqual(1);
    expect(q.subnet?.used).toBeGreaterThanOrEqual(2);
    expect(q.router?.used).toBeGreaterThanOrEqual(1);
    expect(q.security_group?.used).toBeGreaterThanOrEqual(1);
    expect(q.network?.limit).toBeGreaterThan(0);
  });

  it("refuses another project's details to a non-admin as forbidden", async () => {
    const demoProject = (await demo.session.token()).project?.id;
    await expect(alt.networkQuotas.details(demoProject)).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
      message: expect.stringMatching(/admin/i),
    });
  });
});
