import { describe, expect, it } from 'vitest';
import { projectOf, toNetwork, toPort, toSubnet } from './network-mapper.js';

// Bodies shaped like the Neutron v2.0 api-ref show-response examples.
describe('toNetwork', () => {
  it('maps router:external, shared and the subnet ids', () => {
    expect(
      toNetwork({
        status: 'ACTIVE',
        subnets: ['54d6f61d-db07-451c-9ab3-b9609b6b6f0b'],
        name: 'private-network',
        'router:external': false,
        admin_state_up: true,
        project_id: '4fd44f30292945e481c7b8a0c8908869',
        tenant_id: '4fd44f30292945e481c7b8a0c8908869',
        mtu: 1450,
        shared: true,
        port_security_enabled: true,
        availability_zones: ['nova'],
        description: 'app tier',
        tags: ['blue'],
        id: 'd32019d3-bc6e-4319-9c1d-6722fc136a22',
      }),
    ).toEqual({
      id: 'd32019d3-bc6e-4319-9c1d-6722fc136a22',
      name: 'private-network',
      status: 'ACTIVE',
      projectId: '4fd44f30292945e481c7b8a0c8908869',
      shared: true,
      external: false,
      adminStateUp: true,
      mtu: 1450,
      subnetIds: ['54d6f61d-db07-451c-9ab3-b9609b6b6f0b'],
      portSecurityEnabled: true,
      availabilityZones: ['nova'],
      description: 'app tier',
      tags: ['blue'],
    });
  });

  it('reads an external network and treats mtu 0 as unknown', () => {
    const n = toNetwork({ id: 'n1', name: 'public', status: 'ACTIVE', 'router:external': true, mtu: 0 });
    expect(n).toMatchObject({ external: true, shared: false, mtu: undefined, subnetIds: [], description: '' });
  });

  it('falls back to tenant_id where an old Neutron sends no project_id', () => {
    expect(projectOf({ tenant_id: 't' })).toBe('t');
    expect(projectOf({ project_id: 'p', tenant_id: 'p' })).toBe('p');
    expect(projectOf({})).toBeUndefined();
  });
});

describe('toSubnet', () => {
  it('maps an IPv4 subnet with its pools', () => {
    expect(
      toSubnet({
        name: 'my_subnet',
        enable_dhcp: true,
        network_id: 'd32019d3-bc6e-4319-9c1d-6722fc136a22',
        project_id: '4fd44f30292945e481c7b8a0c8908869',
        dns_nameservers: ['192.0.2.53'],
        allocation_pools: [{ start: '192.0.0.2', end: '192.255.255.254' }],
        host_routes: [],
        ip_version: 4,
        gateway_ip: '192.0.0.1',
        cidr: '192.0.0.0/8',
        id: '54d6f61d-db07-451c-9ab3-b9609b6b6f0b',
      } as Parameters<typeof toSubnet>[0]),
    ).toEqual({
      id: '54d6f61d-db07-451c-9ab3-b9609b6b6f0b',
      name: 'my_subnet',
      networkId: 'd32019d3-bc6e-4319-9c1d-6722fc136a22',
      projectId: '4fd44f30292945e481c7b8a0c8908869',
      ipVersion: 4,
      cidr: '192.0.0.0/8',
      gatewayIp: '192.0.0.1',
      enableDhcp: true,
      allocationPools: [{ start: '192.0.0.2', end: '192.255.255.254' }],
      dnsNameservers: ['192.0.2.53'],
      ipv6RaMode: undefined,
      ipv6AddressMode: undefined,
      description: '',
    });
  });

  it('maps an IPv6 subnet without a gateway and with its address modes', () => {
    const s = toSubnet({
      id: 's6',
      name: 'v6',
      network_id: 'n',
      ip_version: 6,
      cidr: 'fd00::/64',
      gateway_ip: null,
      ipv6_ra_mode: 'slaac',
      ipv6_address_mode: 'slaac',
    });
    expect(s).toMatchObject({ ipVersion: 6, gatewayIp: undefined, ipv6RaMode: 'slaac', ipv6AddressMode: 'slaac' });
  });
});

describe('toPort', () => {
  it('maps fixed IPs, device and security groups', () => {
    expect(
      toPort({
        admin_state_up: true,
        description: '',
        device_id: '5e3898d7-11be-483e-9732-b2f5eccd2b2e',
        device_owner: 'network:router_interface',
        fixed_ips: [
          { ip_address: '10.0.0.1', subnet_id: 'a0304c3a-4f08-4c43-88af-d796509c97d2' },
          { ip_address: 'fd00::1', subnet_id: 'b1' },
        ],
        id: '46d4bfb9-b26e-41f3-bd2e-e6dcc1ccedb2',
        mac_address: 'fa:16:3e:23:fd:d7',
        name: '',
        network_id: 'a87cc70a-3e15-4acf-8205-9b711a3531b7',
        port_security_enabled: false,
        project_id: '7e02058126cc4950b75f9970368ba177',
        security_groups: [],
        status: 'ACTIVE',
      }),
    ).toEqual({
      id: '46d4bfb9-b26e-41f3-bd2e-e6dcc1ccedb2',
      name: '',
      networkId: 'a87cc70a-3e15-4acf-8205-9b711a3531b7',
      projectId: '7e02058126cc4950b75f9970368ba177',
      status: 'ACTIVE',
      adminStateUp: true,
      macAddress: 'fa:16:3e:23:fd:d7',
      deviceId: '5e3898d7-11be-483e-9732-b2f5eccd2b2e',
      deviceOwner: 'network:router_interface',
      fixedIps: [
        { subnetId: 'a0304c3a-4f08-4c43-88af-d796509c97d2', ipAddress: '10.0.0.1' },
        { subnetId: 'b1', ipAddress: 'fd00::1' },
      ],
      securityGroupIds: [],
      portSecurityEnabled: false,
      description: '',
    });
  });

  it('gives an unbound port empty device fields', () => {
    const p = toPort({ id: 'p', name: 'x', network_id: 'n', status: 'DOWN', mac_address: 'fa:16:3e:00:00:01' });
    expect(p).toMatchObject({ deviceId: '', deviceOwner: '', fixedIps: [], securityGroupIds: [], adminStateUp: true });
  });
});
