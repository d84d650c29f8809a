import { afterAll, describe, expect, it } from 'vitest';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';

const demo = clientFor('local-demo');
const created: string[] = [];
const ports: string[] = [];

afterAll(async () => {
  await Promise.allSettled(ports.map((id) => demo.ports.delete(id)));
  const leftovers = await demo.securityGroups.list().catch(() => []);
  const ids = new Set([...created, ...leftovers.filter((g) => g.name.startsWith(RUN_PREFIX)).map((g) => g.id)]);
  await Promise.allSettled([...ids].map((id) => demo.securityGroups.delete(id)));
  await demo.close();
});

describe('Neutron security groups and rules', () => {
  it("lists the project's default group with its rules", async () => {
    const [def] = await demo.securityGroups.list({ name: 'default' });
    expect(def?.rules.length).toBeGreaterThan(0);
    expect(def?.rules.every((r) => r.securityGroupId === def.id)).toBe(true);
  });

  it('creates a group, adds and removes rules, deletes the group', async () => {
    const name = `${RUN_PREFIX}-sg`;
    const group = await demo.securityGroups.create({ name, description: 'novadesk test' });
    created.push(group.id);
    expect(group).toMatchObject({ name, description: 'novadesk test', stateful: true });
    // Neutron gives a new group egress-anywhere rules for both families
    expect(group.rules.map((r) => `${r.direction}/${r.ethertype}`).sort()).toEqual(['egress/IPv4', 'egress/IPv6']);

    const ssh = await demo.securityGroups.createRule({
      securityGroupId: group.id,
      direction: 'ingress',
      protocol: 'tcp',
      portRangeMin: 22,
      remoteIpPrefix: '198.51.100.0/24',
      description: 'ssh from the office',
    });
    expect(ssh).toMatchObject({
      securityGroupId: group.id,
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      portRangeMin: 22,
      portRangeMax: 22,
      remoteIpPrefix: '198.51.100.0/24',
      description: 'ssh from the office',
    });
    const ping6 = await demo.securityGroups.createRule({
      securityGroupId: group.id,
      direction: 'ingress',
      protocol: 'ipv6-icmp',
      remoteIpPrefix: '2001:db8::/32',
    });
    expect(ping6).toMatchObject({ ethertype: 'IPv6', portRangeMin: undefined });

    const withRules = await demo.securityGroups.get(group.id);
    expect(withRules.rules.map((r) => r.id)).toEqual(expect.arrayContaining([ssh.id, ping6.id]));
    expect((await demo.securityGroups.listRules(group.id)).map((r) => r.id).sort()).toEqual(withRules.rules.map((r) => r.id).sort());

    await demo.securityGroups.deleteRule(ssh.id);
    expect((await demo.securityGroups.get(group.id)).rules.map((r) => r.id)).not.toContain(ssh.id);
    await expect(demo.securityGroups.deleteRule(ssh.id)).rejects.toMatchObject({ kind: 'not_found' });

    await demo.securityGroups.delete(group.id);
    await expect(demo.securityGroups.get(group.id)).rejects.toMatchObject({ kind: 'not_found', service: 'network' });
  });

  it('refuses a duplicate rule as a conflict', async () => {
    const group = await demo.securityGroups.create({ name: `${RUN_PREFIX}-dup` });
    created.push(group.id);
    const rule = { securityGroupId: group.id, direction: 'ingress' as const, protocol: 'udp', portRangeMin: 53 };
    await demo.securityGroups.createRule(rule);
    await expect(demo.securityGroups.createRule(rule)).rejects.toMatchObject({ kind: 'conflict', status: 409 });
    await demo.securityGroups.delete(group.id);
  });
});

describe('changing a group and the groups of a port', () => {
  it('renames and describes a group, keeping its rules', async () => {
    const group = await demo.securityGroups.create({ name: `${RUN_PREFIX}-upd`, description: 'before' });
    created.push(group.id);
    const renamed = await demo.securityGroups.update(group.id, { name: `${RUN_PREFIX}-upd2` });
    expect(renamed).toMatchObject({ id: group.id, name: `${RUN_PREFIX}-upd2`, description: 'before' });
    const described = await demo.securityGroups.update(group.id, { description: 'after' });
    expect(described).toMatchObject({ name: `${RUN_PREFIX}-upd2`, description: 'after' });
    expect((await demo.securityGroups.get(group.id)).rules.map((r) => r.id).sort()).toEqual(group.rules.map((r) => r.id).sort());
    await demo.securityGroups.delete(group.id);
  });

  it("replaces a port's groups; a group in use cannot be deleted (409)", async () => {
    const [net] = await demo.networks.list({ name: 'demo-net' });
    if (!net) throw new Error('the local cloud has no demo-net; run e2e/cloud/up.sh');
    const group = await demo.securityGroups.create({ name: `${RUN_PREFIX}-onport` });
    created.push(group.id);
    const port = await demo.ports.create({ networkId: net.id, name: `${RUN_PREFIX}-sgport` });
    ports.push(port.id);
    const [def] = await demo.securityGroups.list({ name: 'default' });
    // Neutron gives a new port the project's default group
    expect(port.securityGroupIds).toEqual([def?.id]);

    const both = await demo.ports.setSecurityGroups(port.id, [def!.id, group.id]);
    expect(both.securityGroupIds.sort()).toEqual([def!.id, group.id].sort());
    expect((await demo.ports.get(port.id)).securityGroupIds.sort()).toEqual([def!.id, group.id].sort());
    await expect(demo.securityGroups.delete(group.id)).rejects.toMatchObject({ kind: 'conflict', status: 409 });

    const back = await demo.ports.setSecurityGroups(port.id, [def!.id]);
    expect(back.securityGroupIds).toEqual([def!.id]);
    await demo.securityGroups.delete(group.id);
  });
});
