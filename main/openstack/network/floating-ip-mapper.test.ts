import { describe, expect, it } from 'vitest';
import { toFloatingIp } from './floating-ip-mapper.js';

// Shaped like the api-ref "Show floating IP details" and "Disassociate" examples.
describe('toFloatingIp', () => {
  it('maps an associated floating IP with its port details', () => {
    expect(
      toFloatingIp({
        floating_network_id: '376da547-b977-4cfe-9cba-275c80debf57',
        router_id: 'd23abc8d-2991-4a55-ba98-2aaea84cc72f',
        fixed_ip_address: '10.0.0.3',
        floating_ip_address: '172.24.4.228',
        project_id: '4969c491a3c74ee4af974e6d800c62de',
        tenant_id: '4969c491a3c74ee4af974e6d800c62de',
        status: 'ACTIVE',
        port_id: 'ce705c24-c1ef-408a-bda3-7bbd946164ab',
        id: '2f245a7b-796b-4f26-9cf9-9e82d248fda7',
        description: 'floating ip for testing',
        port_details: {
          status: 'ACTIVE',
          name: '',
          network_id: '02dd8479-ef26-4398-a102-d19d0a7b3a1f',
          device_owner: 'compute:nova',
          device_id: '8e3941b4-a6e9-499f-a1ac-2a4662025cba',
        },
      }),
    ).toEqual({
      id: '2f245a7b-796b-4f26-9cf9-9e82d248fda7',
      floatingIpAddress: '172.24.4.228',
      floatingNetworkId: '376da547-b977-4cfe-9cba-275c80debf57',
      portId: 'ce705c24-c1ef-408a-bda3-7bbd946164ab',
      fixedIpAddress: '10.0.0.3',
      routerId: 'd23abc8d-2991-4a55-ba98-2aaea84cc72f',
      status: 'ACTIVE',
      projectId: '4969c491a3c74ee4af974e6d800c62de',
      description: 'floating ip for testing',
      port: {
        name: '',
        networkId: '02dd8479-ef26-4398-a102-d19d0a7b3a1f',
        deviceId: '8e3941b4-a6e9-499f-a1ac-2a4662025cba',
        deviceOwner: 'compute:nova',
        status: 'ACTIVE',
      },
    });
  });

  it('maps a disassociated one: nulls become undefined and there is no port', () => {
    const f = toFloatingIp({
      id: 'f',
      floating_ip_address: '172.24.4.229',
      floating_network_id: 'ext',
      port_id: null,
      fixed_ip_address: null,
      router_id: null,
      status: 'DOWN',
      port_details: null,
    });
    expect(f).toMatchObject({ portId: undefined, fixedIpAddress: undefined, routerId: undefined, port: undefined, description: '' });
  });
});
