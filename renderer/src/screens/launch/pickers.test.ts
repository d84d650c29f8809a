import { describe, expect, it } from 'vitest';
import type { Image } from '../../../../shared/domain/image.js';
import type { Network, Port, Subnet } from '../../../../shared/domain/network.js';
import type { SecurityGroup } from '../../../../shared/domain/security-group.js';
import { bootable, freePorts, isSnapshot, projectGroups, usableNetworks } from './pickers.js';

const net = (id: string, over: Partial<Network> = {}): Network => ({
  id,
  name: id,
  status: 'ACTIVE',
  projectId: 'p1',
  shared: false,
  external: false,
  adminStateUp: true,
  mtu: 1500,
  subnetIds: [],
  portSecurityEnabled: true,
  availabilityZones: [],
  description: '',
  tags: [],
  ...over,
});
const subnet = (id: string, networkId: string, ipVersion: 4 | 6): Subnet => ({
  id,
  name: id,
  networkId,
  projectId: 'p1',
  ipVersion,
  cidr: ipVersion === 4 ? '10.0.0.0/24' : 'fd00::/64',
  gatewayIp: undefined,
  enableDhcp: true,
  allocationPools: [],
  dnsNameservers: [],
  ipv6RaMode: undefined,
  ipv6AddressMode: undefined,
  description: '',
});

describe('pickers', () => {
  it('networks: only with a subnet and up; an admin sees the project’s own and shared ones', () => {
    const nets = [net('b'), net('a'), net('empty'), net('down', { adminStateUp: false }), net('other', { projectId: 'p2' }), net('shared', { projectId: 'p2', shared: true })];
    const subs = [subnet('s6', 'a', 6), subnet('s4', 'a', 4), subnet('sb', 'b', 4), subnet('sd', 'down', 4), subnet('so', 'other', 4), subnet('ss', 'shared', 4)];
    const r = usableNetworks(nets, subs, 'p1');
    expect(r.usable.map((x) => x.network.id)).toEqual(['a', 'b', 'shared']);
    expect(r.usable[0]!.subnets.map((x) => x.ipVersion)).toEqual([4, 6]);
    expect(r.hidden).toBe(2);
    expect(usableNetworks(nets, subs).usable.map((x) => x.network.id)).toContain('other');
  });

  it('ports: unbound, up, the project’s own', () => {
    const port = (id: string, over: Partial<Port> = {}): Port => ({
      id,
      name: id,
      networkId: 'n',
      projectId: 'p1',
      status: 'DOWN',
      adminStateUp: true,
      macAddress: '',
      deviceId: '',
      deviceOwner: '',
      fixedIps: [],
      securityGroupIds: [],
      portSecurityEnabled: true,
      description: '',
      ...over,
    });
    const ports = [port('free'), port('bound', { deviceId: 'vm', deviceOwner: 'compute:nova' }), port('router', { deviceOwner: 'network:router_interface' }), port('down', { adminStateUp: false }), port('theirs', { projectId: 'p2' })];
    expect(freePorts(ports, 'p1').map((p) => p.id)).toEqual(['free']);
  });

  it('security groups: the project’s own, default first', () => {
    const g = (id: string, name: string, projectId: string): SecurityGroup => ({ id, name, description: '', projectId, stateful: true, rules: [] });
    const list = [g('1', 'web', 'p1'), g('2', 'default', 'p2'), g('3', 'default', 'p1'), g('4', 'db', 'p1')];
    expect(projectGroups(list, 'p1').map((x) => x.id)).toEqual(['3', '4', '1']);
  });

  it('images: kernels and ramdisks and hidden images are not boot sources; snapshots are told apart', () => {
    const img = (id: string, over: Partial<Image> = {}): Image => ({
      id,
      name: id,
      status: 'active',
      visibility: 'public',
      owner: undefined,
      sizeBytes: 1,
      virtualSizeBytes: undefined,
      diskFormat: 'qcow2',
      containerFormat: 'bare',
      minDiskGb: 0,
      minRamMb: 0,
      protected: false,
      hidden: false,
      tags: [],
      createdAt: '',
      updatedAt: undefined,
      properties: {},
      ...over,
    });
    const list = [img('os'), img('kernel', { containerFormat: 'aki', diskFormat: 'aki' }), img('hidden', { hidden: true }), img('snap', { properties: { image_type: 'snapshot' } })];
    expect(bootable(list).map((i) => i.id)).toEqual(['os', 'snap']);
    expect(bootable(list).filter(isSnapshot).map((i) => i.id)).toEqual(['snap']);
  });
});
