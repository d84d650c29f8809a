import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import type { Network, Port, Subnet } from '../../../shared/domain/network.js';
import { isOpenStackError } from '../errors.js';

const demo = clientFor('local-demo');
const created: string[] = [];
let net: Network;
let v4: Subnet;
let v6: Subnet;

beforeAll(async () => {
  const [n] = await demo.networks.list({ name: 'demo-net' });
  if (!n) throw new Error('the local cloud has no demo-net; run e2e/cloud/up.sh');
  net = n;
  const subnets = await demo.subnets.listByNetwork(net.id);
  const s4 = subnets.find((s) => s.ipVersion === 4);
  const s6 = subnets.find((s) => s.ipVersion === 6);
  if (!s4 || !s6) throw new Error('demo-net needs an IPv4 and an IPv6 subnet');
  v4 = s4;
  v6 = s6;
});

afterAll(async () => {
  const leftovers = await demo.ports.list({ networkId: net.id }).catch(() => []);
  const ids = new Set([...created, ...leftovers.filter((p) => p.name.startsWith(RUN_PREFIX)).map((p) => p.id)]);
  await Promise.allSettled([...ids].map((id) => demo.ports.delete(id)));
  await demo.close();
});

// an address high in a /24 pool: servers booted by other tests take the low ones first
function v4Candidate(cidr: string): string {
  const base = cidr.split('/')[0]?.split('.').slice(0, 3).join('.');
  return `${base}.${200 + Math.floor(Math.random() * 50)}`;
}

/** A port with a chosen IPv4 address, trying another one if a concurrent test holds it. */
async function createWithFixedIp(name: string): Promise<{ port: Port; ip: string }> {
  for (let attempt = 0; ; attempt++) {
    const ip = v4Candidate(v4.cidr);
    try {
      const port = await demo.ports.create({
        networkId: net.id,
        name,
        fixedIps: [{ subnetId: v4.id, ipAddress: ip }, { subnetId: v6.id }],
      });
      created.push(port.id);
      return { port, ip };
    } catch (e) {
      if (isOpenStackError(e) && e.kind === 'conflict' && attempt < 5) continue;
      throw e;
    }
  }
}

describe('Neutron ports', () => {
  it('creates a port with a fixed IPv4 and an IPv6 from the subnet, finds it, deletes it', async () => {
    const { port, ip } = await createWithFixedIp(`${RUN_PREFIX}-port`);
    expect(port).toMatchObject({ name: `${RUN_PREFIX}-port`, networkId: net.id, deviceId: '', deviceOwner: '' });
    expect(port.fixedIps).toContainEqual({ subnetId: v4.id, ipAddress: ip });
    expect(port.fixedIps.find((f) => f.subnetId === v6.id)?.ipAddress).toContain(':');
    expect(port.macAddress).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    // a new port gets the project's default security group
    expect(port.securityGroupIds).toHaveLength(1);

    expect(await demo.ports.get(port.id)).toEqual(port);
    const onNet = await demo.ports.list({ networkId: net.id });
    expect(onNet.map((p) => p.id)).toContain(port.id);
    // an unbound port has device_id '', which is a filter value like any other
    expect((await demo.ports.list({ deviceId: '' })).map((p) => p.id)).toContain(port.id);

    await demo.ports.delete(port.id);
    await expect(demo.ports.get(port.id)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(demo.ports.delete(port.id)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('lists the router interfaces by device id', async () => {
    const interfaces = await demo.ports.list({ networkId: net.id, deviceOwner: 'network:router_interface' });
    const routerId = interfaces[0]?.deviceId;
    expect(routerId).toBeTruthy();
    const byDevice = await demo.ports.list({ deviceId: routerId });
    expect(byDevice.length).toBeGreaterThan(0);
    expect(byDevice.every((p) => p.deviceId === routerId)).toBe(true);
  });

  it('refuses an address that is already taken as a conflict', async () => {
    const { port, ip } = await createWithFixedIp(`${RUN_PREFIX}-taken`);
    await expect(
      demo.ports.create({ networkId: net.id, name: `${RUN_PREFIX}-dup`, fixedIps: [{ subnetId: v4.id, ipAddress: ip }] }),
    ).rejects.toMatchObject({ kind: 'conflict', status: 409, message: expect.stringContaining(ip) });
    await demo.ports.delete(port.id);
  });

  it('refuses an address outside the subnet as a bad request', async () => {
    await expect(
      demo.ports.create({ networkId: net.id, name: `${RUN_PREFIX}-bad`, fixedIps: [{ subnetId: v4.id, ipAddress: '203.0.113.7' }] }),
    ).rejects.toMatchObject({ kind: 'bad_request', status: 400 });
  });
});
