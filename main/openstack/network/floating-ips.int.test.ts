import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import type { Network, Port } from '../../../shared/domain/network.js';

const demo = clientFor('local-demo');
const admin = clientFor('local-admin');
const createdFips: string[] = [];
let port: Port;
let publicNet: Network;

beforeAll(async () => {
  const [pub] = await demo.networks.list({ name: 'public', external: true });
  const [net] = await demo.networks.list({ name: 'demo-net' });
  if (!pub || !net) throw new Error('the local cloud needs public and demo-net; run e2e/cloud/up.sh');
  publicNet = pub;
  // demo-net reaches public through demo-router, so its ports can take a floating IP
  port = await demo.ports.create({ networkId: net.id, name: `${RUN_PREFIX}-fip-port` });
});

afterAll(async () => {
  await Promise.allSettled(createdFips.map((id) => demo.floatingIps.delete(id)));
  if (port) await demo.ports.delete(port.id).catch(() => undefined);
  await Promise.all([demo.close(), admin.close()]);
});

describe('Neutron floating IPs', () => {
  it('creates one on public, associates it to a port, disassociates, deletes', async () => {
    const fip = await demo.floatingIps.create({ floatingNetworkId: publicNet.id, description: `${RUN_PREFIX}-fip` });
    createdFips.push(fip.id);
    expect(fip).toMatchObject({ floatingNetworkId: publicNet.id, portId: undefined, fixedIpAddress: undefined, description: `${RUN_PREFIX}-fip` });
    expect(fip.floatingIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

    const v4 = port.fixedIps.find((f) => !f.ipAddress.includes(':'))?.ipAddress;
    // the port is dual-stack: name the IPv4 address, a floating IP is IPv4
    const associated = await demo.floatingIps.associate(fip.id, port.id, v4);
    expect(associated).toMatchObject({ id: fip.id, portId: port.id, fixedIpAddress: v4 });
    expect(associated.routerId).toBeTruthy();
    expect(associated.port).toMatchObject({ networkId: port.networkId });

    const byPort = await demo.floatingIps.list({ portId: port.id });
    expect(byPort.map((f) => f.id)).toEqual([fip.id]);
    expect((await demo.floatingIps.get(fip.id)).fixedIpAddress).toBe(v4);

    const released = await demo.floatingIps.disassociate(fip.id);
    expect(released).toMatchObject({ portId: undefined, fixedIpAddress: undefined, port: undefined });
    expect(await demo.floatingIps.list({ portId: port.id })).toEqual([]);

    await demo.floatingIps.delete(fip.id);
    await expect(demo.floatingIps.get(fip.id)).rejects.toMatchObject({ kind: 'not_found' });
    expect((await demo.floatingIps.list({ floatingIpAddress: fip.floatingIpAddress })).map((f) => f.id)).not.toContain(fip.id);
  });

  it('creates one already associated when given the port', async () => {
    const fip = await demo.floatingIps.create({ floatingNetworkId: publicNet.id, portId: port.id });
    createdFips.push(fip.id);
    expect(fip.portId).toBe(port.id);
    expect(fip.fixedIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    await demo.floatingIps.delete(fip.id);
  });

  it('refuses a floating IP from a network that is not external', async () => {
    await expect(demo.floatingIps.create({ floatingNetworkId: port.networkId })).rejects.toMatchObject({
      kind: 'bad_request',
      message: expect.stringMatching(/external/i),
    });
  });

  it('allocating onto a port that cannot reach the external network leaves nothing allocated (one transaction)', async () => {
    // what the server row's "allocate a new one" relies on: one POST with port_id, never half done
    const description = `${RUN_PREFIX}-fip-unroutable`;
    const { network } = await demo.network.post<{ network: { id: string } }>('/networks', { network: { name: `${RUN_PREFIX}-fip-norouter` } });
    try {
      await demo.network.post('/subnets', { subnet: { network_id: network.id, ip_version: 4, cidr: '10.99.0.0/24' } });
      const lonely = await demo.ports.create({ networkId: network.id, name: `${RUN_PREFIX}-fip-lonely` });
      await expect(demo.floatingIps.create({ floatingNetworkId: publicNet.id, portId: lonely.id, description })).rejects.toMatchObject({
        kind: 'not_found',
        message: expect.stringMatching(/not reachable/),
      });
      expect((await demo.floatingIps.list({ floatingNetworkId: publicNet.id })).filter((f) => f.description === description)).toEqual([]);
      await demo.ports.delete(lonely.id);
    } finally {
      await demo.network.delete(`/networks/${network.id}`).catch(() => undefined);
    }
  });

  it("a project over its floating IP quota is refused with over_limit, naming the quota (Neutron's 409 OverQuota)", async () => {
    // a project id of our own (Neutron keeps quotas for any id), so no real project's quota moves
    const project = randomUUID().replace(/-/g, '');
    await admin.network.put(`/quotas/${project}`, { quota: { floatingip: 0 } });
    try {
      await expect(
        admin.network.post('/floatingips', { floatingip: { floating_network_id: publicNet.id, project_id: project } }),
      ).rejects.toMatchObject({ kind: 'over_limit', status: 409, message: expect.stringMatching(/floatingip/) });
    } finally {
      await admin.network.delete(`/quotas/${project}`).catch(() => undefined);
    }
  });
});
