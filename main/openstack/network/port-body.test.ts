import { describe, expect, it } from 'vitest';
import { buildPortCreateBody } from './port-body.js';

describe('buildPortCreateBody', () => {
  it('sends only the network when nothing else is asked', () => {
    expect(buildPortCreateBody({ networkId: 'net' })).toEqual({ port: { network_id: 'net' } });
  });

  it('maps fixed IPs by subnet, address or both, and the other fields', () => {
    expect(
      buildPortCreateBody({
        networkId: 'net',
        name: 'p1',
        description: 'd',
        adminStateUp: false,
        securityGroupIds: ['sg1'],
        fixedIps: [{ subnetId: 's4', ipAddress: '198.18.0.9' }, { subnetId: 's6' }, { ipAddress: 'fd00::9' }],
      }),
    ).toEqual({
      port: {
        network_id: 'net',
        name: 'p1',
        description: 'd',
        admin_state_up: false,
        security_groups: ['sg1'],
        fixed_ips: [{ subnet_id: 's4', ip_address: '198.18.0.9' }, { subnet_id: 's6' }, { ip_address: 'fd00::9' }],
      },
    });
  });

  it('keeps an explicit empty list: no fixed IPs, no security groups', () => {
    expect(buildPortCreateBody({ networkId: 'n', fixedIps: [], securityGroupIds: [] }).port).toMatchObject({
      fixed_ips: [],
      security_groups: [],
    });
  });

  it('refuses an empty fixed IP entry and groups on a port without port security', () => {
    expect(() => buildPortCreateBody({ networkId: 'n', fixedIps: [{}] })).toThrow(/fixedIps\[0\]/);
    expect(() => buildPortCreateBody({ networkId: 'n', portSecurityEnabled: false, securityGroupIds: ['sg'] })).toThrow(
      /securityGroupIds/,
    );
    expect(() => buildPortCreateBody({ networkId: '' })).toThrow(/networkId/);
  });
});
