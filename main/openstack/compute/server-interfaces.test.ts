import { describe, expect, it } from 'vitest';
import { InterfaceAttachRequest } from '../../../shared/schemas/server-interface.js';
import { buildInterfaceAttachBody, toServerInterface } from './server-interfaces.js';

const NET = '3cb9bc59-5699-4588-a4b1-b87f96708bc6';
const PORT = 'ce531f90-199f-48c0-816c-13e38010b442';
const parse = (x: unknown) => InterfaceAttachRequest.safeParse(x);
const fieldOf = (x: unknown) => {
  const r = parse(x);
  return r.success ? undefined : r.error.issues.map((i) => i.path.join('.'));
};

describe('interface attach: request and body (compute API reference, Create Interface)', () => {
  it('a network, with or without its fixed IP; or a port alone', () => {
    expect(buildInterfaceAttachBody(InterfaceAttachRequest.parse({ netId: NET }))).toEqual({ interfaceAttachment: { net_id: NET } });
    expect(buildInterfaceAttachBody(InterfaceAttachRequest.parse({ netId: NET, fixedIp: '192.168.1.3' }))).toEqual({
      interfaceAttachment: { net_id: NET, fixed_ips: [{ ip_address: '192.168.1.3' }] },
    });
    expect(buildInterfaceAttachBody(InterfaceAttachRequest.parse({ portId: PORT }))).toEqual({ interfaceAttachment: { port_id: PORT } });
  });

  it('refuses what Nova would, naming the field', () => {
    expect(fieldOf({})).toEqual(['netId']);
    expect(fieldOf({ netId: NET, portId: PORT })).toEqual(['netId']);
    expect(fieldOf({ portId: PORT, fixedIp: '10.0.0.5' })).toEqual(['fixedIp']);
    expect(fieldOf({ netId: NET, fixedIp: '10.0.0.300' })).toEqual(['fixedIp']);
  });
});

describe('toServerInterface', () => {
  it('maps an interfaceAttachment as the API reference shows it', () => {
    expect(
      toServerInterface({
        fixed_ips: [{ ip_address: '192.168.1.3', subnet_id: 'f8a6e8f8-c2ec-497c-9f23-da9616de54ef' }],
        mac_addr: 'fa:16:3e:4c:2c:30',
        net_id: NET,
        port_id: PORT,
        port_state: 'ACTIVE',
      }),
    ).toEqual({
      portId: PORT,
      networkId: NET,
      macAddress: 'fa:16:3e:4c:2c:30',
      portState: 'ACTIVE',
      fixedIps: [{ subnetId: 'f8a6e8f8-c2ec-497c-9f23-da9616de54ef', ipAddress: '192.168.1.3' }],
    });
  });
});
