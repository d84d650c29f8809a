import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compareMicroversions } from '../../../shared/microversion.js';
import { ServerCreateRequest } from '../../../shared/schemas/server-create.js';
import { isOpenStackError, type OpenStackError } from '../errors.js';
import { buildServerCreateBody, normaliseCounts, USER_DATA_MAX_ENCODED } from './server-create-body.js';

type Input = z.input<typeof ServerCreateRequest>;

const IMAGE = '70a599e0-31e7-49b7-b260-868f441e862b';
const VOLUME = '5f8ca9a0-7d3b-4e4c-9c8a-1a2b3c4d5e6f';
const SNAPSHOT = 'a1b2c3d4-0000-4000-8000-00000000beef';
const NET = 'd32019d3-bc6e-4319-9c1d-6722fc136a22';
const NET2 = '3cb9bc59-5699-4588-a4b1-b87f96708bc6';
const PORT = 'ce531f90-199f-48c0-816c-13e38010b442';
const GROUP = '48e6a9f6-30af-47e0-bc04-acaed113bb4e';

/**
 * Every request goes through the real schema first, as the IPC router does, so no test feeds
 * the builder something the app could never send it.
 */
const build = (input: Input, microversion: string) => buildServerCreateBody(ServerCreateRequest.parse(input), microversion);

/** The OpenStackError a call throws; fails the test when the call returns a body instead. */
function errorOf(fn: () => unknown): OpenStackError {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (isOpenStackError(e)) return e;
    throw e;
  }
  throw new Error(`expected an OpenStackError, got ${JSON.stringify(result)}`);
}

/** The smallest image boot; a 2.37+ cloud also needs a network choice. */
const minimal = (extra: Partial<Input> = {}): Input => ({ name: 'vm', imageRef: IMAGE, flavorRef: '1', ...extra });

describe('buildServerCreateBody: bodies shaped like the API reference', () => {
  it('builds the smallest body at 2.1: no networks, no counts, nothing unasked', () => {
    expect(build(minimal(), '2.1')).toEqual({ server: { name: 'vm', imageRef: IMAGE, flavorRef: '1' } });
  });

  it('reproduces the Create Server example: user data encoded, scheduler hints beside server', () => {
    const body = build(
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
    expect(body).toEqual({
      server: {
        name: 'new-server-test',
        imageRef: IMAGE,
        flavorRef: '1',
        availability_zone: 'us-west',
        'OS-DCF:diskConfig': 'AUTO',
        metadata: { 'My Server Name': 'Apache1' },
        security_groups: [{ name: 'default' }],
        // the API reference example's own user_data value
        user_data: 'IyEvYmluL2Jhc2gKL2Jpbi9zdQplY2hvICJJIGFtIGluIHlvdSEiCg==',
        networks: 'auto',
      },
      'os:scheduler_hints': { same_host: GROUP },
    });
  });

  it('builds every modern field at 2.96', () => {
    const body = build(
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
        networks: [
          { netId: NET, v4FixedIp: '10.0.0.5', tag: 'front' },
          { netId: NET2, v6FixedIp: '2001:db8::5' },
          { portId: PORT, tag: 'mgmt' },
        ],
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
    expect(body).toEqual({
      server: {
        name: 'web-1',
        imageRef: IMAGE,
        flavorRef: 'm1.small',
        user_data: 'I2Nsb3VkLWNvbmZpZwpob3N0bmFtZTogY2Fmw6kK',
        metadata: { role: 'web', tier: 'front' },
        return_reservation_id: true,
        key_name: 'laptop',
        config_drive: true,
        adminPass: 's3cret!',
        security_groups: [{ name: 'default' }, { name: '0b4e0e5c-9f1e-4c4b-8b0a-5d1f2a3b4c5d' }],
        availability_zone: 'nova',
        block_device_mapping_v2: [
          {
            source_type: 'blank',
            destination_type: 'volume',
            boot_index: -1,
            volume_size: 20,
            delete_on_termination: true,
            device_name: 'vdb',
            disk_bus: 'virtio',
            device_type: 'disk',
            guest_format: 'ext4',
            volume_type: 'ssd',
            tag: 'data',
          },
        ],
        networks: [
          { uuid: NET, fixed_ip: '10.0.0.5', tag: 'front' },
          { uuid: NET2, fixed_ip: '2001:db8::5' },
          { port: PORT, tag: 'mgmt' },
        ],
        'OS-DCF:diskConfig': 'MANUAL',
        description: 'front web server',
        tags: ['web', 'prod'],
        hostname: 'web-1.example.org',
        trusted_image_certificates: ['cert-a', 'cert-b'],
        host: 'compute-3',
        hypervisor_hostname: 'compute-3.example.org',
      },
      'os:scheduler_hints': { group: GROUP, different_host: [NET, NET2] },
    });
  });

  it('builds a novaclient-era body at 2.1: personality, NIC list, counts, no networks requirement', () => {
    const body = build(
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
    expect(body).toEqual({
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

  it('builds a boot-from-volume body: empty imageRef, the image in the root block device', () => {
    const body = build(
      {
        name: 'bfv',
        flavorRef: '1',
        blockDevices: [
          {
            sourceType: 'image',
            uuid: IMAGE,
            destinationType: 'volume',
            bootIndex: 0,
            volumeSizeGb: 10,
            deleteOnTermination: true,
            volumeType: 'lvmdriver-1',
          },
        ],
        networks: 'none',
      },
      '2.67',
    );
    expect(body).toEqual({
      server: {
        name: 'bfv',
        imageRef: '',
        flavorRef: '1',
        block_device_mapping_v2: [
          {
            source_type: 'image',
            uuid: IMAGE,
            destination_type: 'volume',
            boot_index: 0,
            volume_size: 10,
            delete_on_termination: true,
            volume_type: 'lvmdriver-1',
          },
        ],
        networks: 'none',
      },
    });
  });

  it('leaves the input untouched and gives the same body twice', () => {
    const input = ServerCreateRequest.parse(
      minimal({
        personality: [
          { path: '/b', contents: 'b' },
          { path: '/a', contents: 'a' },
        ],
        tags: ['x'],
        metadata: { k: 'v' },
        networks: [{ netId: NET }],
      }),
    );
    const before = structuredClone(input);
    // 2.56: the one range with both personality (up to 2.56) and tags (from 2.52)
    const first = buildServerCreateBody(input, '2.56');
    expect(input).toEqual(before);
    expect(buildServerCreateBody(input, '2.56')).toEqual(first);
    // a body never aliases the request: editing one must not edit the other
    first.server.metadata!.k = 'changed';
    first.server.tags!.push('y');
    expect(input).toEqual(before);
  });
});

describe('buildServerCreateBody: simple fields', () => {
  it.each([
    ['keyName', { keyName: 'k1' }, { key_name: 'k1' }],
    ['adminPass', { adminPass: 'pw' }, { adminPass: 'pw' }],
    ['configDrive true', { configDrive: true }, { config_drive: true }],
    ['configDrive false', { configDrive: false }, { config_drive: false }],
    ['returnReservationId', { returnReservationId: true }, { return_reservation_id: true }],
    ['availabilityZone', { availabilityZone: 'az-2' }, { availability_zone: 'az-2' }],
    ['metadata', { metadata: { a: '1', b: '' } }, { metadata: { a: '1', b: '' } }],
    ['diskConfig AUTO', { diskConfig: 'AUTO' }, { 'OS-DCF:diskConfig': 'AUTO' }],
    ['diskConfig MANUAL', { diskConfig: 'MANUAL' }, { 'OS-DCF:diskConfig': 'MANUAL' }],
    ['securityGroups by name or id', { securityGroups: ['web', GROUP] }, { security_groups: [{ name: 'web' }, { name: GROUP }] }],
  ] as [string, Partial<Input>, Record<string, unknown>][])('%s', (_label, extra, expected) => {
    expect(build(minimal(extra), '2.1')).toEqual({
      server: { name: 'vm', imageRef: IMAGE, flavorRef: '1', ...expected },
    });
  });

  it('puts scheduler hints at the top level, never inside server', () => {
    const body = build(minimal({ schedulerHints: { group: GROUP, same_host: [NET, NET2], query: '["=", "$vcpus", 2]' } }), '2.1');
    expect(body).toEqual({
      server: { name: 'vm', imageRef: IMAGE, flavorRef: '1' },
      'os:scheduler_hints': { group: GROUP, same_host: [NET, NET2], query: '["=", "$vcpus", 2]' },
    });
  });

  it('leaves empty collections out, and does not gate them (nothing would be dropped)', () => {
    const empties = { metadata: {}, schedulerHints: {}, securityGroups: [], blockDevices: [], networks: 'none' as const };
    const bare = { server: { name: 'vm', imageRef: IMAGE, flavorRef: '1', networks: 'none' } };
    // 2.57 has lost personality and lacks certificates (2.63); 2.51 lacks tags (2.52)
    expect(build(minimal({ ...empties, personality: [], trustedImageCertificates: [] }), '2.57')).toEqual(bare);
    expect(build(minimal({ ...empties, tags: [] }), '2.51')).toEqual(bare);
  });
});

/** A 2.37+ cloud needs a network choice; below, the body has none. */
const netsFor = (mv: string) => (compareMicroversions(mv, '2.37') >= 0 ? { networks: 'none' as const } : {});

interface Gate {
  label: string;
  request: Partial<Input>;
  server: Record<string, unknown>;
  field: string;
  /** the error message names the range from the feature table */
  needed: string;
  accepted: string;
  refused: string;
}

const bootVolume = { sourceType: 'volume', uuid: VOLUME, destinationType: 'volume', bootIndex: 0 } as const;
const bootVolumeBody = { source_type: 'volume', uuid: VOLUME, destination_type: 'volume', boot_index: 0 };

const GATES: Gate[] = [
  {
    label: 'description from 2.19',
    request: { description: 'hello' },
    server: { description: 'hello' },
    field: 'description',
    needed: '2.19',
    accepted: '2.19',
    refused: '2.18',
  },
  {
    label: 'an empty description is still a description (2.19)',
    request: { description: '' },
    server: { description: '' },
    field: 'description',
    needed: '2.19',
    accepted: '2.19',
    refused: '2.18',
  },
  {
    label: "networks 'auto' from 2.37",
    request: { networks: 'auto' },
    server: { networks: 'auto' },
    field: 'networks',
    needed: '2.37',
    accepted: '2.37',
    refused: '2.36',
  },
  {
    label: "networks 'none' from 2.37",
    request: { networks: 'none' },
    server: { networks: 'none' },
    field: 'networks',
    needed: '2.37',
    accepted: '2.37',
    refused: '2.36',
  },
  {
    label: 'NIC tag from 2.42',
    request: { networks: [{ netId: NET }, { netId: NET2, tag: 'storage' }] },
    server: { networks: [{ uuid: NET }, { uuid: NET2, tag: 'storage' }] },
    field: 'networks.1.tag',
    needed: '2.42',
    accepted: '2.42',
    refused: '2.41',
  },
  {
    label: 'block device tag from 2.42',
    request: { imageRef: undefined, blockDevices: [{ ...bootVolume, tag: 'root' }] },
    server: { imageRef: '', block_device_mapping_v2: [{ ...bootVolumeBody, tag: 'root' }] },
    field: 'blockDevices.0.tag',
    needed: '2.42',
    accepted: '2.42',
    refused: '2.41',
  },
  {
    label: 'tags from 2.52',
    request: { tags: ['a', 'b'] },
    server: { tags: ['a', 'b'] },
    field: 'tags',
    needed: '2.52',
    accepted: '2.52',
    refused: '2.51',
  },
  {
    label: 'personality up to 2.56, removed in 2.57',
    request: { personality: [{ path: '/etc/motd', contents: 'hello' }] },
    server: { personality: [{ path: '/etc/motd', contents: 'aGVsbG8=' }] },
    field: 'personality',
    needed: 'at most 2.56',
    accepted: '2.56',
    refused: '2.57',
  },
  {
    label: 'trusted image certificates from 2.63',
    request: { trustedImageCertificates: ['c1'] },
    server: { trusted_image_certificates: ['c1'] },
    field: 'trustedImageCertificates',
    needed: '2.63',
    accepted: '2.63',
    refused: '2.62',
  },
  {
    label: 'block device volume type from 2.67',
    request: { imageRef: undefined, blockDevices: [{ ...bootVolume, volumeType: 'ssd' }] },
    server: { imageRef: '', block_device_mapping_v2: [{ ...bootVolumeBody, volume_type: 'ssd' }] },
    field: 'blockDevices.0.volumeType',
    needed: '2.67',
    accepted: '2.67',
    refused: '2.66',
  },
  {
    label: 'host from 2.74',
    request: { host: 'compute-1' },
    server: { host: 'compute-1' },
    field: 'host',
    needed: '2.74',
    accepted: '2.74',
    refused: '2.73',
  },
  {
    label: 'hypervisor hostname from 2.74',
    request: { hypervisorHostname: 'node-1' },
    server: { hypervisor_hostname: 'node-1' },
    field: 'hypervisorHostname',
    needed: '2.74',
    accepted: '2.74',
    refused: '2.73',
  },
  {
    label: 'hostname from 2.90',
    request: { hostname: 'db-1' },
    server: { hostname: 'db-1' },
    field: 'hostname',
    needed: '2.90',
    accepted: '2.90',
    refused: '2.89',
  },
];

describe('buildServerCreateBody: every microversion gate, both sides', () => {
  it.each(GATES)('$label: sent at $accepted', (g) => {
    expect(build({ ...minimal(netsFor(g.accepted)), ...g.request }, g.accepted)).toEqual({
      server: { name: 'vm', imageRef: IMAGE, flavorRef: '1', ...netsFor(g.accepted), ...g.server },
    });
  });

  it.each(GATES)('$label: refused at $refused, naming the field', (g) => {
    const e = errorOf(() => build({ ...minimal(netsFor(g.refused)), ...g.request }, g.refused));
    expect(e.toJSON()).toEqual({
      kind: 'unsupported_microversion',
      field: g.field,
      message: `${g.field} needs compute microversion ${g.needed}; this cloud negotiated ${g.refused}`,
    });
  });

  it('accepts personality from the very first microversion', () => {
    expect(build(minimal({ personality: [{ path: '/p', contents: '' }] }), '2.1').server.personality).toEqual([
      { path: '/p', contents: '' },
    ]);
  });

  it('accepts a NIC list below 2.37: only auto and none are new there', () => {
    expect(build(minimal({ networks: [{ netId: NET }] }), '2.36').server.networks).toEqual([{ uuid: NET }]);
  });
});

describe('buildServerCreateBody: min_count / max_count', () => {
  it.each([
    ['nothing given: one server, no counts sent', {}, {}],
    ['min 1 only: still one server', { minCount: 1 }, {}],
    ['max 1 only: still one server', { maxCount: 1 }, {}],
    ['min 1 max 1: still one server', { minCount: 1, maxCount: 1 }, {}],
    ['min only: max follows min', { minCount: 3 }, { min_count: 3, max_count: 3 }],
    ['max only: min is 1', { maxCount: 5 }, { min_count: 1, max_count: 5 }],
    ['min below max: both kept', { minCount: 2, maxCount: 5 }, { min_count: 2, max_count: 5 }],
    ['min equal to max', { minCount: 4, maxCount: 4 }, { min_count: 4, max_count: 4 }],
    ['min above max: min lowered to max', { minCount: 5, maxCount: 2 }, { min_count: 2, max_count: 2 }],
    ['min above max 1: one server, no counts', { minCount: 3, maxCount: 1 }, {}],
  ] as [string, Partial<Input>, Record<string, number>][])('%s', (_label, counts, expected) => {
    expect(build(minimal({ ...counts, networks: [{ netId: NET }] }), '2.1')).toEqual({
      server: { name: 'vm', imageRef: IMAGE, flavorRef: '1', networks: [{ uuid: NET }], ...expected },
    });
  });

  it('normalises exactly as novaclient does', () => {
    expect(normaliseCounts(undefined, undefined)).toEqual({ min: 1, max: 1 });
    expect(normaliseCounts(7, undefined)).toEqual({ min: 7, max: 7 });
    expect(normaliseCounts(undefined, 7)).toEqual({ min: 1, max: 7 });
    expect(normaliseCounts(9, 7)).toEqual({ min: 7, max: 7 });
  });
});

describe('buildServerCreateBody: networks', () => {
  const nets = (networks: Input['networks'], extra: Partial<Input> = {}, mv = '2.96') =>
    build(minimal({ networks, ...extra }), mv).server.networks;
  const nicError = (networks: Input['networks'], extra: Partial<Input> = {}, mv = '2.96') =>
    errorOf(() => build(minimal({ networks, ...extra }), mv));

  it('maps net-id to uuid, keeping NIC order', () => {
    expect(nets([{ netId: NET2 }, { netId: NET }])).toEqual([{ uuid: NET2 }, { uuid: NET }]);
  });

  it('maps a fixed IPv4 to fixed_ip', () => {
    expect(nets([{ netId: NET, v4FixedIp: '10.0.0.5' }])).toEqual([{ uuid: NET, fixed_ip: '10.0.0.5' }]);
  });

  it('maps a fixed IPv6 to fixed_ip', () => {
    expect(nets([{ netId: NET, v6FixedIp: '2001:db8::5' }])).toEqual([{ uuid: NET, fixed_ip: '2001:db8::5' }]);
  });

  it('refuses IPv4 and IPv6 on one NIC, naming that NIC', () => {
    const e = nicError([{ netId: NET }, { netId: NET2, v4FixedIp: '10.0.0.5', v6FixedIp: '2001:db8::5' }]);
    expect(e.kind).toBe('validation');
    expect(e.field).toBe('networks.1');
    expect(e.message).toMatch(/IPv4.*IPv6/);
  });

  it('maps port-id to port, alone', () => {
    expect(nets([{ portId: PORT }])).toEqual([{ port: PORT }]);
  });

  it.each([
    ['a network', { portId: PORT, netId: NET }],
    ['a fixed IPv4', { portId: PORT, v4FixedIp: '10.0.0.5' }],
    ['a fixed IPv6', { portId: PORT, v6FixedIp: '2001:db8::5' }],
  ])('refuses a port together with %s: the port already fixes both', (_label, nic) => {
    const e = nicError([{ netId: NET }, nic]);
    expect(e.kind).toBe('validation');
    expect(e.field).toBe('networks.1');
    expect(e.message).toMatch(/port already fixes/);
  });

  it('refuses a NIC with neither network nor port', () => {
    expect(nicError([{ v4FixedIp: '10.0.0.5' }]).field).toBe('networks.0');
    expect(nicError([{ netId: NET }, { tag: 'lonely' }]).field).toBe('networks.1');
  });

  it('refuses one port or one fixed IP for several servers, as Nova would', () => {
    expect(nicError([{ portId: PORT }], { maxCount: 2 }).field).toBe('networks.0');
    expect(nicError([{ netId: NET }, { netId: NET2, v4FixedIp: '10.0.0.5' }], { minCount: 3 }).field).toBe('networks.1');
    expect(nicError([{ netId: NET, v6FixedIp: '2001:db8::5' }], { maxCount: 5 }).field).toBe('networks.0');
  });

  it('lets several servers share a network', () => {
    expect(build(minimal({ networks: [{ netId: NET }], maxCount: 5 }), '2.96')).toEqual({
      server: { name: 'vm', imageRef: IMAGE, flavorRef: '1', min_count: 1, max_count: 5, networks: [{ uuid: NET }] },
    });
  });

  it.each([['2.37'], ['2.96']])('requires a network choice at %s', (mv) => {
    for (const networks of [undefined, []] as Input['networks'][]) {
      const e = nicError(networks, {}, mv);
      expect(e.kind).toBe('validation');
      expect(e.field).toBe('networks');
      expect(e.message).toContain("choose networks, 'auto' or 'none'");
    }
  });

  it('omits networks below 2.37 when none are chosen, letting Nova pick as it always did', () => {
    for (const networks of [undefined, []] as Input['networks'][]) {
      expect(build(minimal({ networks }), '2.36')).toEqual({ server: { name: 'vm', imageRef: IMAGE, flavorRef: '1' } });
    }
  });
});

describe('buildServerCreateBody: user data', () => {
  const ud = (userData: Input['userData']) => build(minimal({ userData }), '2.1').server.user_data;

  it('encodes text as base64 of its UTF-8 bytes', () => {
    expect(ud({ text: '#cloud-config\nhostname: café\n' })).toBe('I2Nsb3VkLWNvbmZpZwpob3N0bmFtZTogY2Fmw6kK');
  });

  it('sends given base64 as is, not encoded twice', () => {
    expect(ud({ base64: 'H4sIAAAAAAAA/w==' })).toBe('H4sIAAAAAAAA/w==');
  });

  it('sends empty text as an empty string', () => {
    expect(ud({ text: '' })).toBe('');
  });

  it('has the limit Nova has: 65535 encoded characters', () => {
    expect(USER_DATA_MAX_ENCODED).toBe(65535);
    // The exact boundary, through the builder alone: the schema only admits padded base64,
    // whose lengths are multiples of 4 (65532, then 65536), so 65535 cannot pass it.
    const at = 'A'.repeat(65535);
    const body = buildServerCreateBody({ name: 'vm', imageRef: IMAGE, flavorRef: '1', userData: { base64: at } }, '2.1');
    expect(body.server.user_data).toBe(at);
    const e = errorOf(() =>
      buildServerCreateBody({ name: 'vm', imageRef: IMAGE, flavorRef: '1', userData: { base64: 'A'.repeat(65536) } }, '2.1'),
    );
    expect(e.toJSON()).toMatchObject({ kind: 'validation', field: 'userData' });
    expect(e.message).toContain('65536');
  });

  it('measures text after encoding, in UTF-8 bytes, not in characters', () => {
    // 16383 euro signs are 49149 bytes → 65532 base64 characters; one more is 65536
    expect(ud({ text: '€'.repeat(16383) })).toHaveLength(65532);
    const e = errorOf(() => ud({ text: '€'.repeat(16384) }));
    expect(e.kind).toBe('validation');
    expect(e.field).toBe('userData');
    // the same boundary with ASCII: 49149 bytes fit, 49150 do not
    expect(ud({ text: 'a'.repeat(49149) })).toHaveLength(65532);
    expect(errorOf(() => ud({ text: 'a'.repeat(49150) })).field).toBe('userData');
  });

  it('refuses oversized base64 given through the schema too', () => {
    expect(errorOf(() => ud({ base64: 'AAAA'.repeat(16384) })).field).toBe('userData');
    expect(ud({ base64: 'AAAA'.repeat(16383) })).toHaveLength(65532);
  });
});

describe('buildServerCreateBody: personality', () => {
  it('sorts files by path and base64-encodes their contents', () => {
    const body = build(
      minimal({
        personality: [
          { path: '/etc/motd', contents: 'Welcome to Novadesk\n' },
          { path: '/etc/Banner', contents: 'hello' },
          { path: '/etc/banner.txt', contents: 'greetings ✓\n' },
        ],
        networks: 'none',
      }),
      '2.56',
    );
    expect(body).toEqual({
      server: {
        name: 'vm',
        imageRef: IMAGE,
        flavorRef: '1',
        networks: 'none',
        // code-unit order: upper case before lower case, whatever the locale
        personality: [
          { path: '/etc/Banner', contents: 'aGVsbG8=' },
          { path: '/etc/banner.txt', contents: 'Z3JlZXRpbmdzIOKckwo=' },
          { path: '/etc/motd', contents: 'V2VsY29tZSB0byBOb3ZhZGVzawo=' },
        ],
      },
    });
  });

  it('refuses the same path twice, naming the later one', () => {
    const e = errorOf(() =>
      build(
        minimal({
          personality: [
            { path: '/b', contents: '1' },
            { path: '/c', contents: '2' },
            { path: '/b', contents: '3' },
          ],
        }),
        '2.1',
      ),
    );
    expect(e.toJSON()).toMatchObject({ kind: 'validation', field: 'personality.2' });
  });
});

describe('buildServerCreateBody: image and block devices', () => {
  it('sends an empty imageRef when the image is absent and a block device has boot index 0', () => {
    const blockDevices = [
      { sourceType: 'blank', destinationType: 'local', bootIndex: -1, volumeSizeGb: 1, guestFormat: 'swap' },
      { sourceType: 'volume', uuid: VOLUME, destinationType: 'volume', bootIndex: 0 },
    ] as const;
    const expected = {
      server: {
        name: 'vm',
        imageRef: '',
        flavorRef: '1',
        block_device_mapping_v2: [
          { source_type: 'blank', destination_type: 'local', boot_index: -1, volume_size: 1, guest_format: 'swap' },
          { source_type: 'volume', uuid: VOLUME, destination_type: 'volume', boot_index: 0 },
        ],
      },
    };
    expect(build({ name: 'vm', flavorRef: '1', blockDevices: [...blockDevices] }, '2.1')).toEqual(expected);
    expect(build({ name: 'vm', imageRef: '', flavorRef: '1', blockDevices: [...blockDevices] }, '2.1')).toEqual(expected);
  });

  it('keeps a given image beside block devices', () => {
    expect(
      build(minimal({ blockDevices: [{ sourceType: 'snapshot', uuid: SNAPSHOT, destinationType: 'volume', bootIndex: 1 }] }), '2.1'),
    ).toEqual({
      server: {
        name: 'vm',
        imageRef: IMAGE,
        flavorRef: '1',
        block_device_mapping_v2: [{ source_type: 'snapshot', uuid: SNAPSHOT, destination_type: 'volume', boot_index: 1 }],
      },
    });
  });

  it.each([
    ['no image and no block device', { name: 'vm', flavorRef: '1' }],
    ['an empty image and no block device', { name: 'vm', imageRef: '', flavorRef: '1' }],
    [
      'no image and no root block device',
      { name: 'vm', flavorRef: '1', blockDevices: [{ sourceType: 'volume', uuid: VOLUME, bootIndex: 1 }] },
    ],
  ] as [string, Input][])('refuses %s: nothing to boot from', (_label, input) => {
    const e = errorOf(() => build(input, '2.1'));
    expect(e.toJSON()).toMatchObject({ kind: 'validation', field: 'imageRef' });
  });

  it('sends only the block device keys that were given', () => {
    expect(build(minimal({ blockDevices: [{ sourceType: 'blank', destinationType: 'local' }] }), '2.1').server.block_device_mapping_v2).toEqual([
      { source_type: 'blank', destination_type: 'local' },
    ]);
  });

  it('sends delete_on_termination false as given', () => {
    expect(
      build(minimal({ blockDevices: [{ sourceType: 'volume', uuid: VOLUME, deleteOnTermination: false }] }), '2.1').server
        .block_device_mapping_v2,
    ).toEqual([{ source_type: 'volume', uuid: VOLUME, delete_on_termination: false }]);
  });

  it.each([
    ['image', 'blockDevices.0.uuid', [{ sourceType: 'image', destinationType: 'volume', bootIndex: 0, volumeSizeGb: 5 }]],
    ['volume', 'blockDevices.0.uuid', [{ sourceType: 'volume', bootIndex: 0 }]],
    ['snapshot', 'blockDevices.1.uuid', [{ sourceType: 'volume', uuid: VOLUME, bootIndex: 0 }, { sourceType: 'snapshot' }]],
  ] as [string, string, Input['blockDevices']][])('refuses a device from a %s without its id', (_source, field, blockDevices) => {
    const e = errorOf(() => build({ name: 'vm', flavorRef: '1', blockDevices }, '2.1'));
    expect(e.toJSON()).toMatchObject({ kind: 'validation', field });
  });

  it('refuses a blank device with a source id', () => {
    const e = errorOf(() =>
      build(minimal({ blockDevices: [{ sourceType: 'volume', uuid: VOLUME }, { sourceType: 'blank', uuid: VOLUME }] }), '2.1'),
    );
    expect(e.toJSON()).toMatchObject({ kind: 'validation', field: 'blockDevices.1.uuid' });
  });

  it('refuses two root devices', () => {
    const e = errorOf(() =>
      build(
        {
          name: 'vm',
          flavorRef: '1',
          blockDevices: [
            { sourceType: 'volume', uuid: VOLUME, bootIndex: 0 },
            { sourceType: 'snapshot', uuid: SNAPSHOT, bootIndex: 0 },
          ],
        },
        '2.1',
      ),
    );
    expect(e.toJSON()).toMatchObject({ kind: 'validation', field: 'blockDevices.1.bootIndex' });
  });
});
