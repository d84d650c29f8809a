import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import { bootActive, deleteServers, demoNet, freeIp, type DemoNet } from '../../../e2e/support/server-fixtures.js';

// Interfaces against the real Nova (fake driver) and Neutron: what Nova lists is what Neutron
// has bound to the server.
const P = `${RUN_PREFIX}-nic`;
const demo = clientFor('local-demo');
let id: string;
let net: DemoNet;

const boundPorts = async () => (await demo.network.get<{ ports: Array<{ id: string }> }>('/ports', { device_id: id })).ports.map((p) => p.id).sort();

beforeAll(async () => {
  net = await demoNet(demo);
  id = await bootActive(demo, `${P}-vm`);
});

afterAll(async () => {
  try {
    await deleteServers(demo, P);
  } finally {
    await demo.close();
  }
});

describe('server interfaces', () => {
  it('attaches a network with a chosen fixed IP, lists it as Neutron has it, and detaches it', async () => {
    expect(await demo.servers.interfaces.list(id)).toEqual([]);
    const ip = await freeIp(demo, net.id, net.v4);
    const attached = await demo.servers.interfaces.attach(id, { netId: net.id, fixedIp: ip });
    expect(attached).toMatchObject({ networkId: net.id, fixedIps: [{ subnetId: net.v4.id, ipAddress: ip }] });
    expect(await boundPorts()).toEqual([attached.portId]);
    expect((await demo.servers.interfaces.list(id)).map((i) => i.portId)).toEqual([attached.portId]);

    await demo.servers.interfaces.detach(id, attached.portId);
    // asynchronous: the port goes (Nova made it, so Nova deletes it) once unplugged
    await expect.poll(boundPorts, { timeout: 60_000, interval: 500 }).toEqual([]);
    await expect.poll(async () => (await demo.servers.interfaces.list(id)).length, { timeout: 30_000, interval: 500 }).toBe(0);
  });

  it('attaches an existing port, which stays in Neutron after detach', async () => {
    const { port } = await demo.network.post<{ port: { id: string } }>('/ports', { port: { network_id: net.id, name: `${P}-port` } });
    try {
      const attached = await demo.servers.interfaces.attach(id, { portId: port.id });
      expect(attached.portId).toBe(port.id);
      expect(await boundPorts()).toEqual([port.id]);
      await demo.servers.interfaces.detach(id, port.id);
      await expect.poll(boundPorts, { timeout: 60_000, interval: 500 }).toEqual([]);
      // a port the user brought is unbound, not deleted
      const { ports } = await demo.network.get<{ ports: Array<{ id: string }> }>('/ports', { id: port.id });
      expect(ports.map((p) => p.id)).toEqual([port.id]);
    } finally {
      await demo.network.delete(`/ports/${port.id}`).catch(() => undefined);
    }
  });
});
