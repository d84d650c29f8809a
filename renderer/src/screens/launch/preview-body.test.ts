import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ServerCreateRequest } from '../../../../shared/schemas/server-create.js';
import { HIDDEN, normaliseCounts, previewBody } from './preview-body.js';

/**
 * previewBody must show what main's buildServerCreateBody sends: both use the shared builder
 * (shared/compute/server-create-body.ts). The expected bodies below are the builder's own test
 * fixtures (main/openstack/compute/server-create-body.test.ts), with the secrets replaced as shown.
 */
type Input = z.input<typeof ServerCreateRequest>;
const IMAGE = '70a599e0-31e7-49b7-b260-868f441e862b';
const NET = 'd32019d3-bc6e-4319-9c1d-6722fc136a22';
const NET2 = '3cb9bc59-5699-4588-a4b1-b87f96708bc6';
const PORT = 'ce531f90-199f-48c0-816c-13e38010b442';
const GROUP = '48e6a9f6-30af-47e0-bc04-acaed113bb4e';
const VOLUME = '5f8ca9a0-7d3b-4e4c-9c8a-1a2b3c4d5e6f';

const preview = (input: Input, mv: string) => previewBody(ServerCreateRequest.parse(input), mv);
const minimal = (extra: Partial<Input> = {}): Input => ({ name: 'vm', imageRef: IMAGE, flavorRef: '1', ...extra });
const codes = (input: Input, mv: string) => preview(input, mv).problems.map((p) => `${p.field}:${p.code}`);

describe('previewBody: the request line and headers', () => {
  it('names the method, path and the microversion in both headers', () => {
    const p = preview(minimal({ networks: 'none' }), '2.93');
    expect(p.method).toBe('POST');
    expect(p.path).toBe('/servers');
    expect(p.microversion).toBe('2.93');
    expect(p.headers).toEqual({ 'OpenStack-API-Version': 'compute 2.93', 'X-OpenStack-Nova-API-Version': '2.93' });
    expect(p.problems).toEqual([]);
  });
});

describe('previewBody: bodies the builder builds', () => {
  it('the smallest body at 2.1', () => {
    expect(preview(minimal(), '2.1').body).toEqual({ server: { name: 'vm', imageRef: IMAGE, flavorRef: '1' } });
  });

  it('the API reference example, user data hidden but counted, hints beside server', () => {
    const p = preview(
      {
        name: 'new-server-test',
        imageRef: IMAGE,
        flavorRef: '1',
        availabilityZone: 'us-west',
        diskConfig: 'AUTO',
        metadata: { 'My Server Name': 'Apache1' },
        securityGroups: ['default'],
        userData: { text: '#!/bin/bash\n/bin/su\necho "I am in you!"\n' },
        networks: 'auto',
        schedulerHints: { same_host: GROUP },
      },
      '2.37',
    );
    // the builder sends 'IyEvYmluL2Jhc2gKL2Jpbi9zdQplY2hvICJJIGFtIGluIHlvdSEiCg==' (56 characters)
    expect(p.body).toEqual({
      server: {
        name: 'new-server-test',
        imageRef: IMAGE,
        flavorRef: '1',
        availability_zone: 'us-west',
        'OS-DCF:diskConfig': 'AUTO',
        metadata: { 'My Server Name': 'Apache1' },
        security_groups: [{ name: 'default' }],
        user_data: `${HIDDEN} 56 base64 characters`,
        networks: 'auto',
      },
      'os:scheduler_hints': { same_host: GROUP },
    });
    expect(p.problems).toEqual([]);
  });

  it('every modern field at 2.96, in the builder’s key order, admin password hidden', () => {
    const p = preview(
      {
        name: 'web-1',
        imageRef: IMAGE,
        flavorRef: 'm1.small',
        userData: { text: '#cloud-config\nhostname: café\n' },
        metadata: { role: 'web', tier: 'front' },
        returnReservationId: true,
        keyName: 'laptop',
        schedulerHints: { group: GROUP, different_host: [NET, NET2] },
        configDrive: true,
        adminPass: 's3cret!',
        securityGroups: ['default', '0b4e0e5c-9f1e-4c4b-8b0a-5d1f2a3b4c5d'],
        availabilityZone: 'nova',
        blockDevices: [
          {
            sourceType: 'blank',
            destinationType: 'volume',
            bootIndex: -1,
            volumeSizeGb: 20,
            deleteOnTermination: true,
            deviceName: 'vdb',
            diskBus: 'virtio',
            deviceType: 'disk',
            guestFormat: 'ext4',
            volumeType: 'ssd',
            tag: 'data',
          },
        ],
        networks: [{ netId: NET, v4FixedIp: '10.0.0.5', tag: 'front' }, { netId: NET2, v6FixedIp: '2001:db8::5' }, { portId: PORT, tag: 'mgmt' }],
        diskConfig: 'MANUAL',
        description: 'front web server',
        tags: ['web', 'prod'],
        hostname: 'web-1.example.org',
        trustedImageCertificates: ['cert-a', 'cert-b'],
        host: 'compute-3',
        hypervisorHostname: 'compute-3.example.org',
      },
      '2.96',
    );
    expect(p.problems).toEqual([]);
    // 'I2Nsb3VkLWNvbmZpZwpob3N0bmFtZTogY2Fmw6kK' from the builder: 40 characters (é is two UTF-8 bytes)
    expect(p.body.server.user_data).toBe(`${HIDDEN} 40 base64 characters`);
    expect(p.body.server.adminPass).toBe(HIDDEN);
    expect(JSON.stringify(p.body)).not.toContain('s3cret');
    expect(JSON.stringify(p.body)).not.toContain('hostname: caf');
    expect(Object.keys(p.body.server)).toEqual([
      'name',
      'imageRef',
      'flavorRef',
      'user_data',
      'metadata',
      'return_reservation_id',
      'key_name',
      'config_drive',
      'adminPass',
      'security_groups',
      'availability_zone',
      'block_device_mapping_v2',
      'networks',
      'OS-DCF:diskConfig',
      'description',
      'tags',
      'hostname',
      'trusted_image_certificates',
      'host',
      'hypervisor_hostname',
    ]);
    expect(p.body.server.networks).toEqual([
      { uuid: NET, fixed_ip: '10.0.0.5', tag: 'front' },
      { uuid: NET2, fixed_ip: '2001:db8::5' },
      { port: PORT, tag: 'mgmt' },
    ]);
    expect(p.body['os:scheduler_hints']).toEqual({ group: GROUP, different_host: [NET, NET2] });
  });

  it('a novaclient-era body at 2.1: personality sorted and encoded, counts', () => {
    const p = preview(
      {
        name: 'legacy',
        imageRef: IMAGE,
        flavorRef: '2',
        personality: [
          { path: '/etc/motd', contents: 'Welcome to Novadesk\n' },
          { path: '/etc/banner.txt', contents: 'greetings ✓\n' },
        ],
        keyName: 'old-key',
        minCount: 2,
        maxCount: 4,
        networks: [{ netId: NET }],
      },
      '2.1',
    );
    expect(p.body).toEqual({
      server: {
        name: 'legacy',
        imageRef: IMAGE,
        flavorRef: '2',
        personality: [
          { path: '/etc/banner.txt', contents: 'Z3JlZXRpbmdzIOKckwo=' },
          { path: '/etc/motd', contents: 'V2VsY29tZSB0byBOb3ZhZGVzawo=' },
        ],
        key_name: 'old-key',
        min_count: 2,
        max_count: 4,
        networks: [{ uuid: NET }],
      },
    });
  });

  it('boot from volume: empty imageRef is fine when a device has boot index 0', () => {
    const p = preview(
      {
        name: 'bfv',
        flavorRef: '1',
        blockDevices: [{ sourceType: 'volume', uuid: VOLUME, destinationType: 'volume', bootIndex: 0 }],
        networks: 'none',
      },
      '2.67',
    );
    expect(p.problems).toEqual([]);
    expect(p.body.server.imageRef).toBe('');
  });

  it('leaves empty collections out without gating them', () => {
    const p = preview(minimal({ metadata: {}, schedulerHints: {}, securityGroups: [], tags: [], personality: [], networks: 'none' }), '2.57');
    expect(p.body).toEqual({ server: { name: 'vm', imageRef: IMAGE, flavorRef: '1', networks: 'none' } });
    expect(p.problems).toEqual([]);
  });

  it('sends counts only when more than one server may be built, normalised like novaclient', () => {
    expect(preview(minimal({ minCount: 1, maxCount: 1 }), '2.1').body.server.min_count).toBeUndefined();
    expect(preview(minimal({ minCount: 3, maxCount: 3, returnReservationId: true }), '2.1').body.server).toMatchObject({
      min_count: 3,
      max_count: 3,
      return_reservation_id: true,
    });
    expect(normaliseCounts(undefined, undefined)).toEqual({ min: 1, max: 1 });
    expect(normaliseCounts(5, 2)).toEqual({ min: 2, max: 2 });
    expect(normaliseCounts(2, undefined)).toEqual({ min: 2, max: 2 });
  });
});

describe('previewBody: what the builder refuses becomes a problem, not an exception', () => {
  it('v4 and v6 fixed IPs on one NIC', () => {
    expect(codes(minimal({ networks: [{ netId: NET, v4FixedIp: '198.18.0.10', v6FixedIp: 'fd00:198:18::10' }] }), '2.93')).toEqual([
      'networks.0:fixedIpBoth',
    ]);
  });

  it('a fixed IP or a port with several servers', () => {
    expect(codes(minimal({ maxCount: 2, networks: [{ netId: NET, v4FixedIp: '10.0.0.5' }] }), '2.93')).toEqual(['networks.0:fixedIpMulti']);
    expect(codes(minimal({ maxCount: 2, networks: [{ portId: PORT }] }), '2.93')).toEqual(['networks.0:portMulti']);
  });

  it('a port with a network or address, and a NIC with neither', () => {
    expect(codes(minimal({ networks: [{ portId: PORT, netId: NET }] }), '2.93')).toEqual(['networks.0:portAlone']);
    expect(codes(minimal({ networks: [{}] }), '2.93')).toEqual(['networks.0:nicNeedsTarget']);
  });

  it('no network choice from 2.37, none needed before', () => {
    expect(codes(minimal(), '2.37')).toEqual(['networks:networksRequired']);
    expect(codes(minimal({ networks: [] }), '2.93')).toEqual(['networks:networksRequired']);
    expect(codes(minimal(), '2.36')).toEqual([]);
  });

  it('no image and no root device', () => {
    expect(codes({ name: 'x', flavorRef: '1', networks: 'none' }, '2.93')).toEqual(['imageRef:imageRequired']);
  });

  it('user data over 65535 base64 characters', () => {
    // 49152 bytes → 65536 characters of base64; 49149 bytes → 65532, the most that fits
    const p = preview(minimal({ networks: 'none', userData: { text: 'a'.repeat(49_152) } }), '2.93');
    expect(p.problems).toEqual([{ field: 'userData', code: 'userDataTooBig', length: 65_536, max: 65_535 }]);
    expect(codes(minimal({ networks: 'none', userData: { text: 'a'.repeat(49_149) } }), '2.93')).toEqual([]);
  });

  it.each([
    ['description', '2.18', '2.19', { description: 'x' }],
    ['tags', '2.51', '2.52', { tags: ['a'] }],
    ['hostname', '2.89', '2.90', { hostname: 'h' }],
    ['networks', '2.36', '2.37', { networks: 'auto' as const }],
    ['networks.0.tag', '2.41', '2.42', { networks: [{ netId: NET, tag: 't' }] }],
    ['personality', '2.57', '2.56', { personality: [{ path: '/a', contents: 'a' }] }],
    ['trustedImageCertificates', '2.62', '2.63', { trustedImageCertificates: ['c'] }],
    ['host', '2.73', '2.74', { host: 'h' }],
  ] as [string, string, string, Partial<Input>][])('%s is refused at %s and sent at %s', (field, refused, accepted, extra) => {
    const nets = (mv: string) => (extra.networks === undefined && Number(mv.split('.')[1]) >= 37 ? { networks: 'none' as const } : {});
    const bad = preview(minimal({ ...nets(refused), ...extra }), refused);
    expect(bad.problems).toEqual([expect.objectContaining({ field, code: 'unsupported', negotiated: refused })]);
    expect(preview(minimal({ ...nets(accepted), ...extra }), accepted).problems).toEqual([]);
  });

  it('never changes the request it is given', () => {
    const input = ServerCreateRequest.parse(minimal({ tags: ['x'], metadata: { k: 'v' }, networks: [{ netId: NET }] }));
    const before = structuredClone(input);
    const p = previewBody(input, '2.93');
    (p.body.server.metadata as Record<string, string>).k = 'changed';
    expect(input).toEqual(before);
  });
});
