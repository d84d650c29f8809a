import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compareMicroversions, type ComputeFeature } from '../microversion.js';
import { ServerCreateRequest } from '../schemas/server-create.js';
import type { ServerCreateProblem } from './problems.js';
import { composeServerCreateBody, HIDDEN, normaliseCounts, USER_DATA_MAX_ENCODED } from './server-create-body.js';

// Every (request, microversion) → body or problem case of the builder lives here, once.
// Main's wrapper (main/openstack/compute/server-create-body.test.ts) tests only how a problem
// becomes its OpenStackError; the launch preview (renderer/src/screens/launch/preview-body.test.ts)
// only its request line and hidden secrets.

type Input = z.input<typeof ServerCreateRequest>;
const IMAGE = '70a599e0-31e7-49b7-b260-868f441e862b';
const VOLUME = '5f8ca9a0-7d3b-4e4c-9c8a-1a2b3c4d5e6f';
const SNAPSHOT = 'a1b2c3d4-0000-4000-8000-00000000beef';
const NET = 'd32019d3-bc6e-4319-9c1d-6722fc136a22';
const NET2 = '3cb9bc59-5699-4588-a4b1-b87f96708bc6';
const PORT = 'ce531f90-199f-48c0-816c-13e38010b442';
const GROUP = '48e6a9f6-30af-47e0-bc04-acaed113bb4e';

/**
 * Every request goes through the real schema first, as the IPC router and the launch form do,
 * so no test feeds the builder something the app could never send it.
 */
const compose = (input: Input, mv: string, hideSecrets = false) =>
  composeServerCreateBody(ServerCreateRequest.parse(input), mv, { hideSecrets });

/** The smallest image boot; a 2.37+ cloud also needs a network choice. */
const minimal = (extra: Partial<Input> = {}): Input => ({ name: 'vm', imageRef: IMAGE, flavorRef: '1', ...extra });
/** `server` of the smallest body, plus what a case adds. */
const server = (extra: Record<string, unknown> = {}) => ({ name: 'vm', imageRef: IMAGE, flavorRef: '1', ...extra });
/** A body that may be sent: no problems. */
const sendable = (srv: Record<string, unknown>) => ({ body: { server: srv }, problems: [] });

describe('composeServerCreateBody: bodies shaped like the API reference', () => {
  it('builds the smallest body at 2.1: no networks, no counts, nothing unasked', () => {
    expect(compose(minimal(), '2.1')).toEqual(sendable(server()));
  });

  it('reproduces the Create Server example: user data encoded, scheduler hints beside server', () => {
    const input: Input = {
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
    };
    expect(compose(input, '2.37')).toEqual({
      body: {
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
      },
      problems: [],
    });
  });

  it('builds every modern field at 2.96, in the builder’s key order', () => {
    const { body, problems } = compose(
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
    const expected = {
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
    };
    expect(problems).toEqual([]);
    expect(body).toEqual(expected);
    // the preview shows the body as built, so the key order is part of it
    expect(Object.keys(body.server)).toEqual(Object.keys(expected.server));
  });

  it('builds a novaclient-era body at 2.1: personality, NIC list, counts, no networks requirement', () => {
    const input: Input = {
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
    };
    expect(compose(input, '2.1')).toEqual(
      sendable({
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
      }),
    );
  });

  it('builds a boot-from-volume body: empty imageRef, the image in the root block device', () => {
    const blockDevices: Input['blockDevices'] = [
      {
        sourceType: 'image',
        uuid: IMAGE,
        destinationType: 'volume',
        bootIndex: 0,
        volumeSizeGb: 10,
        deleteOnTermination: true,
        volumeType: 'lvmdriver-1',
      },
    ];
    expect(compose({ name: 'bfv', flavorRef: '1', blockDevices, networks: 'none' }, '2.67')).toEqual(
      sendable({
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
      }),
    );
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
    const first = composeServerCreateBody(input, '2.56');
    expect(input).toEqual(before);
    expect(composeServerCreateBody(input, '2.56')).toEqual(first);
    // a body never aliases the request: editing one must not edit the other
    first.body.server.metadata!.k = 'changed';
    first.body.server.tags!.push('y');
    expect(input).toEqual(before);
  });
});

describe('composeServerCreateBody: simple fields', () => {
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
    expect(compose(minimal(extra), '2.1')).toEqual(sendable(server(expected)));
  });

  it('puts scheduler hints at the top level, never inside server', () => {
    const hints = { group: GROUP, same_host: [NET, NET2], query: '["=", "$vcpus", 2]' };
    expect(compose(minimal({ schedulerHints: hints }), '2.1')).toEqual({ body: { server: server(), 'os:scheduler_hints': hints }, problems: [] });
  });

  it('leaves empty collections out, and does not gate them (nothing would be dropped)', () => {
    const empties = { metadata: {}, schedulerHints: {}, securityGroups: [], blockDevices: [], networks: 'none' as const };
    const bare = sendable(server({ networks: 'none' }));
    // 2.57 has lost personality and lacks certificates (2.63); 2.51 lacks tags (2.52)
    expect(compose(minimal({ ...empties, personality: [], trustedImageCertificates: [] }), '2.57')).toEqual(bare);
    expect(compose(minimal({ ...empties, tags: [] }), '2.51')).toEqual(bare);
  });
});

/** A 2.37+ cloud needs a network choice; below, the body has none. */
const netsFor = (mv: string) => (compareMicroversions(mv, '2.37') >= 0 ? { networks: 'none' as const } : {});

interface Gate {
  label: string;
  request: Partial<Input>;
  /** what `server` gains where the feature is supported */
  sent: Record<string, unknown>;
  /** what `server` still carries where it is refused (the gated part is never sent) */
  kept?: Record<string, unknown>;
  field: string;
  feature: ComputeFeature;
  accepted: string;
  refused: string;
}

const bootVolume = { sourceType: 'volume', uuid: VOLUME, destinationType: 'volume', bootIndex: 0 } as const;
const bootVolumeBody = { source_type: 'volume', uuid: VOLUME, destination_type: 'volume', boot_index: 0 };
const GATES: Gate[] = [
  { label: 'description from 2.19', feature: 'server.description', field: 'description', accepted: '2.19', refused: '2.18',
    request: { description: 'hello' }, sent: { description: 'hello' } },
  { label: 'an empty description is still one (2.19)', feature: 'server.description', field: 'description', accepted: '2.19', refused: '2.18',
    request: { description: '' }, sent: { description: '' } },
  { label: "networks 'auto' from 2.37", feature: 'server.networks.autoNone', field: 'networks', accepted: '2.37', refused: '2.36',
    request: { networks: 'auto' }, sent: { networks: 'auto' } },
  { label: "networks 'none' from 2.37", feature: 'server.networks.autoNone', field: 'networks', accepted: '2.37', refused: '2.36',
    request: { networks: 'none' }, sent: { networks: 'none' } },
  { label: 'NIC tag from 2.42', feature: 'server.nic.tag', field: 'networks.1.tag', accepted: '2.42', refused: '2.41',
    request: { networks: [{ netId: NET }, { netId: NET2, tag: 'storage' }] },
    sent: { networks: [{ uuid: NET }, { uuid: NET2, tag: 'storage' }] },
    kept: { networks: [{ uuid: NET }, { uuid: NET2 }] } },
  { label: 'block device tag from 2.42', feature: 'server.bdm.tag', field: 'blockDevices.0.tag', accepted: '2.42', refused: '2.41',
    request: { imageRef: undefined, blockDevices: [{ ...bootVolume, tag: 'root' }] },
    sent: { imageRef: '', block_device_mapping_v2: [{ ...bootVolumeBody, tag: 'root' }] },
    kept: { imageRef: '', block_device_mapping_v2: [bootVolumeBody] } },
  { label: 'tags from 2.52', feature: 'server.tags', field: 'tags', accepted: '2.52', refused: '2.51',
    request: { tags: ['a', 'b'] }, sent: { tags: ['a', 'b'] } },
  { label: 'personality up to 2.56, removed in 2.57', feature: 'server.personality', field: 'personality', accepted: '2.56', refused: '2.57',
    request: { personality: [{ path: '/etc/motd', contents: 'hello' }] }, sent: { personality: [{ path: '/etc/motd', contents: 'aGVsbG8=' }] } },
  { label: 'trusted image certificates from 2.63', feature: 'server.trustedImageCertificates', field: 'trustedImageCertificates',
    accepted: '2.63', refused: '2.62',
    request: { trustedImageCertificates: ['c1'] }, sent: { trusted_image_certificates: ['c1'] } },
  { label: 'block device volume type from 2.67', feature: 'server.bdm.volumeType', field: 'blockDevices.0.volumeType',
    accepted: '2.67', refused: '2.66',
    request: { imageRef: undefined, blockDevices: [{ ...bootVolume, volumeType: 'ssd' }] },
    sent: { imageRef: '', block_device_mapping_v2: [{ ...bootVolumeBody, volume_type: 'ssd' }] },
    kept: { imageRef: '', block_device_mapping_v2: [bootVolumeBody] } },
  { label: 'host from 2.74', feature: 'server.host', field: 'host', accepted: '2.74', refused: '2.73',
    request: { host: 'compute-1' }, sent: { host: 'compute-1' } },
  { label: 'hypervisor hostname from 2.74', feature: 'server.hypervisorHostname', field: 'hypervisorHostname', accepted: '2.74', refused: '2.73',
    request: { hypervisorHostname: 'node-1' }, sent: { hypervisor_hostname: 'node-1' } },
  { label: 'hostname from 2.90', feature: 'server.hostname', field: 'hostname', accepted: '2.90', refused: '2.89',
    request: { hostname: 'db-1' }, sent: { hostname: 'db-1' } },
];

describe('composeServerCreateBody: every microversion gate, both sides', () => {
  it.each(GATES)('$label: sent at $accepted', (g) => {
    expect(compose({ ...minimal(netsFor(g.accepted)), ...g.request }, g.accepted)).toEqual(sendable(server({ ...netsFor(g.accepted), ...g.sent })));
  });

  it.each(GATES)('$label: refused at $refused, naming the field and the feature, not sent', (g) => {
    expect(compose({ ...minimal(netsFor(g.refused)), ...g.request }, g.refused)).toEqual({
      body: { server: server({ ...netsFor(g.refused), ...g.kept }) },
      problems: [{ field: g.field, code: 'unsupported', feature: g.feature, negotiated: g.refused }],
    });
  });

  it.each([
    [
      'personality from the very first microversion',
      '2.1',
      { personality: [{ path: '/p', contents: '' }] },
      { personality: [{ path: '/p', contents: '' }] },
    ],
    ['a NIC list below 2.37: only auto and none are new there', '2.36', { networks: [{ netId: NET }] }, { networks: [{ uuid: NET }] }],
  ] as [string, string, Partial<Input>, Record<string, unknown>][])('accepts %s', (_label, mv, extra, expected) => {
    expect(compose(minimal(extra), mv)).toEqual(sendable(server(expected)));
  });

  it('lists every problem, in build order, and still builds the rest of the body', () => {
    const { body, problems } = compose(
      {
        name: 'vm',
        flavorRef: '1',
        tags: ['a'],
        networks: [{ netId: NET, v4FixedIp: '10.0.0.5', v6FixedIp: '2001:db8::5' }, { tag: 'x' }],
        maxCount: 2,
      },
      '2.26',
    );
    expect(problems).toEqual([
      { field: 'imageRef', code: 'imageRequired' },
      { field: 'networks.0', code: 'fixedIpBoth' },
      { field: 'networks.0', code: 'fixedIpMulti' },
      { field: 'networks.1', code: 'nicNeedsTarget' },
      { field: 'networks.1.tag', code: 'unsupported', feature: 'server.nic.tag', negotiated: '2.26' },
      { field: 'tags', code: 'unsupported', feature: 'server.tags', negotiated: '2.26' },
    ]);
    // a field the cloud lacks is refused, not sent
    expect(body).toEqual({ server: server({ imageRef: '', min_count: 1, max_count: 2, networks: [{ uuid: NET, fixed_ip: '10.0.0.5' }, {}] }) });
  });
});

describe('composeServerCreateBody: min_count / max_count', () => {
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
    expect(compose(minimal({ ...counts, networks: [{ netId: NET }] }), '2.1')).toEqual(sendable(server({ networks: [{ uuid: NET }], ...expected })));
  });

  it('normalises exactly as novaclient does', () => {
    expect(normaliseCounts(undefined, undefined)).toEqual({ min: 1, max: 1 });
    expect(normaliseCounts(7, undefined)).toEqual({ min: 7, max: 7 });
    expect(normaliseCounts(undefined, 7)).toEqual({ min: 1, max: 7 });
    expect(normaliseCounts(9, 7)).toEqual({ min: 7, max: 7 });
  });
});

describe('composeServerCreateBody: networks', () => {
  it.each([
    ['net-id as uuid, keeping NIC order', [{ netId: NET2 }, { netId: NET }], {}, [{ uuid: NET2 }, { uuid: NET }]],
    ['a fixed IPv4 as fixed_ip', [{ netId: NET, v4FixedIp: '10.0.0.5' }], {}, [{ uuid: NET, fixed_ip: '10.0.0.5' }]],
    ['a fixed IPv6 as fixed_ip', [{ netId: NET, v6FixedIp: '2001:db8::5' }], {}, [{ uuid: NET, fixed_ip: '2001:db8::5' }]],
    ['port-id as port, alone', [{ portId: PORT }], {}, [{ port: PORT }]],
    ['one network for several servers', [{ netId: NET }], { maxCount: 5 }, [{ uuid: NET }]],
  ] as [string, Input['networks'], Partial<Input>, unknown[]][])('sends %s', (_label, networks, extra, expected) => {
    const counts = extra.maxCount ? { min_count: 1, max_count: extra.maxCount } : {};
    expect(compose(minimal({ networks, ...extra }), '2.96')).toEqual(sendable(server({ ...counts, networks: expected })));
  });

  it.each([
    ['IPv4 and IPv6 on one NIC', [{ netId: NET }, { netId: NET2, v4FixedIp: '10.0.0.5', v6FixedIp: '2001:db8::5' }], {}, 'networks.1', 'fixedIpBoth'],
    ['a port with a network: the port already fixes it', [{ netId: NET }, { portId: PORT, netId: NET }], {}, 'networks.1', 'portAlone'],
    ['a port with a fixed IPv4', [{ netId: NET }, { portId: PORT, v4FixedIp: '10.0.0.5' }], {}, 'networks.1', 'portAlone'],
    ['a port with a fixed IPv6', [{ netId: NET }, { portId: PORT, v6FixedIp: '2001:db8::5' }], {}, 'networks.1', 'portAlone'],
    ['a NIC with a fixed IP but neither network nor port', [{ v4FixedIp: '10.0.0.5' }], {}, 'networks.0', 'nicNeedsTarget'],
    ['a NIC with a tag but neither network nor port', [{ netId: NET }, { tag: 'lonely' }], {}, 'networks.1', 'nicNeedsTarget'],
    ['one port for several servers', [{ portId: PORT }], { maxCount: 2 }, 'networks.0', 'portMulti'],
    ['one fixed IPv4 for several servers', [{ netId: NET }, { netId: NET2, v4FixedIp: '10.0.0.5' }], { minCount: 3 }, 'networks.1', 'fixedIpMulti'],
    ['one fixed IPv6 for several servers', [{ netId: NET, v6FixedIp: '2001:db8::5' }], { maxCount: 5 }, 'networks.0', 'fixedIpMulti'],
  ] as [string, Input['networks'], Partial<Input>, string, ServerCreateProblem['code']][])('refuses %s', (_label, networks, extra, field, code) => {
    expect(compose(minimal({ networks, ...extra }), '2.96').problems).toEqual([{ field, code }]);
  });

  const required = [{ field: 'networks', code: 'networksRequired' }];
  it.each([
    ['2.36', undefined, []],
    ['2.36', [], []],
    ['2.37', undefined, required],
    ['2.37', [], required],
    ['2.96', undefined, required],
    ['2.96', [], required],
  ] as [string, Input['networks'], ServerCreateProblem[]][])('at %s, networks %j: none sent, problems %j', (mv, networks, problems) => {
    // below 2.37 Nova picks as it always did; from 2.37 the choice (a NIC list, auto or none) is required
    expect(compose(minimal({ networks }), mv)).toEqual({ body: { server: server() }, problems });
  });
});

describe('composeServerCreateBody: user data', () => {
  it.each([
    ['text as base64 of its UTF-8 bytes', { text: '#cloud-config\nhostname: café\n' }, 'I2Nsb3VkLWNvbmZpZwpob3N0bmFtZTogY2Fmw6kK'],
    ['given base64 as is, not encoded twice', { base64: 'H4sIAAAAAAAA/w==' }, 'H4sIAAAAAAAA/w=='],
    ['empty text as an empty string', { text: '' }, ''],
  ] as [string, Input['userData'], string][])('sends %s', (_label, userData, expected) => {
    expect(compose(minimal({ userData }), '2.1')).toEqual(sendable(server({ user_data: expected })));
  });

  // The schema only admits padded base64, whose lengths are multiples of 4: 65532 fits, 65536 does not.
  it.each([
    ['16383 euro signs (49149 UTF-8 bytes): 65532 characters, sent', { text: '€'.repeat(16383) }, 65532],
    ['16384 euro signs, in UTF-8 bytes not characters: 65536, refused', { text: '€'.repeat(16384) }, 65536],
    ['49149 ASCII bytes: 65532 characters, sent', { text: 'a'.repeat(49149) }, 65532],
    ['49150 ASCII bytes: 65536 characters, refused', { text: 'a'.repeat(49150) }, 65536],
    ['base64 through the schema, 65532 characters: sent', { base64: 'AAAA'.repeat(16383) }, 65532],
    ['base64 through the schema, 65536 characters: refused', { base64: 'AAAA'.repeat(16384) }, 65536],
  ] as [string, Input['userData'], number][])('measures user data after encoding: %s', (_label, userData, length) => {
    const { body, problems } = compose(minimal({ userData }), '2.1');
    expect(body.server.user_data).toHaveLength(length);
    expect(problems).toEqual(length > 65535 ? [{ field: 'userData', code: 'userDataTooBig', length, max: 65535 }] : []);
  });

  it('has the limit Nova has: 65535 encoded characters, exactly', () => {
    expect(USER_DATA_MAX_ENCODED).toBe(65535);
    // the exact boundary needs the builder alone: 65535 is no padded base64 length
    const at = 'A'.repeat(65535);
    const under = composeServerCreateBody({ name: 'vm', imageRef: IMAGE, flavorRef: '1', userData: { base64: at } }, '2.1');
    expect(under).toEqual(sendable(server({ user_data: at })));
    const over = composeServerCreateBody({ name: 'vm', imageRef: IMAGE, flavorRef: '1', userData: { base64: `${at}A` } }, '2.1');
    expect(over.problems).toEqual([{ field: 'userData', code: 'userDataTooBig', length: 65536, max: 65535 }]);
  });
});

describe('composeServerCreateBody: personality', () => {
  it('sorts files by path and base64-encodes their contents', () => {
    const personality = [
      { path: '/etc/motd', contents: 'Welcome to Novadesk\n' },
      { path: '/etc/Banner', contents: 'hello' },
      { path: '/etc/banner.txt', contents: 'greetings ✓\n' },
    ];
    expect(compose(minimal({ personality, networks: 'none' }), '2.56')).toEqual(
      sendable(
        server({
          networks: 'none',
          // code-unit order: upper case before lower case, whatever the locale
          personality: [
            { path: '/etc/Banner', contents: 'aGVsbG8=' },
            { path: '/etc/banner.txt', contents: 'Z3JlZXRpbmdzIOKckwo=' },
            { path: '/etc/motd', contents: 'V2VsY29tZSB0byBOb3ZhZGVzawo=' },
          ],
        }),
      ),
    );
  });

  it('refuses the same path twice, naming the later one', () => {
    const personality = [
      { path: '/b', contents: '1' },
      { path: '/c', contents: '2' },
      { path: '/b', contents: '3' },
    ];
    expect(compose(minimal({ personality }), '2.1').problems).toEqual([{ field: 'personality.2', code: 'duplicatePath', path: '/b' }]);
  });
});

describe('composeServerCreateBody: image and block devices', () => {
  /** No image: the block devices are all there is to boot from. */
  const noImage = (blockDevices?: Input['blockDevices'], imageRef?: string): Input => ({ name: 'vm', imageRef, flavorRef: '1', blockDevices });
  const swap = { sourceType: 'blank', destinationType: 'local', bootIndex: -1, volumeSizeGb: 1, guestFormat: 'swap' } as const;
  const swapBody = { source_type: 'blank', destination_type: 'local', boot_index: -1, volume_size: 1, guest_format: 'swap' };
  const snapshotBody = { source_type: 'snapshot', uuid: SNAPSHOT, destination_type: 'volume', boot_index: 1 };

  it.each([
    ['an empty imageRef when the image is absent and a device has boot index 0', noImage([swap, bootVolume]), '', [swapBody, bootVolumeBody]],
    ['an empty imageRef when the image is empty and a device has boot index 0', noImage([swap, bootVolume], ''), '', [swapBody, bootVolumeBody]],
    [
      'a given image beside block devices',
      minimal({ blockDevices: [{ sourceType: 'snapshot', uuid: SNAPSHOT, destinationType: 'volume', bootIndex: 1 }] }),
      IMAGE,
      [snapshotBody],
    ],
    [
      'only the block device keys that were given',
      minimal({ blockDevices: [{ sourceType: 'blank', destinationType: 'local' }] }),
      IMAGE,
      [{ source_type: 'blank', destination_type: 'local' }],
    ],
    [
      'delete_on_termination false as given',
      minimal({ blockDevices: [{ sourceType: 'volume', uuid: VOLUME, deleteOnTermination: false }] }),
      IMAGE,
      [{ source_type: 'volume', uuid: VOLUME, delete_on_termination: false }],
    ],
  ] as [string, Input, string, unknown[]][])('sends %s', (_label, input, imageRef, devices) => {
    expect(compose(input, '2.1')).toEqual(sendable(server({ imageRef, block_device_mapping_v2: devices })));
  });

  const imageRequired = [{ field: 'imageRef', code: 'imageRequired' }];
  const bdmUuid = (i: number, source: string) => [{ field: `blockDevices.${i}.uuid`, code: 'bdmUuid', source }];
  it.each([
    ['no image and no block device: nothing to boot from', noImage(), imageRequired],
    ['an empty image and no block device', noImage(undefined, ''), imageRequired],
    ['no image and no root block device', noImage([{ sourceType: 'volume', uuid: VOLUME, bootIndex: 1 }]), imageRequired],
    ['a device from an image without its id', noImage([{ sourceType: 'image', destinationType: 'volume', bootIndex: 0 }]), bdmUuid(0, 'image')],
    ['a device from a volume without its id', noImage([{ sourceType: 'volume', bootIndex: 0 }]), bdmUuid(0, 'volume')],
    ['a device from a snapshot without its id', noImage([bootVolume, { sourceType: 'snapshot' }]), bdmUuid(1, 'snapshot')],
    ['a blank device with a source id', noImage([bootVolume, { sourceType: 'blank', uuid: VOLUME }]), bdmUuid(1, 'blank')],
    [
      'two root devices',
      noImage([bootVolume, { sourceType: 'snapshot', uuid: SNAPSHOT, bootIndex: 0 }]),
      [{ field: 'blockDevices.1.bootIndex', code: 'rootTwice' }],
    ],
  ] as [string, Input, ServerCreateProblem[]][])('refuses %s', (_label, input, problems) => {
    expect(compose(input, '2.1').problems).toEqual(problems);
  });
});

describe('composeServerCreateBody: hideSecrets', () => {
  it('sends the secrets as given, and hides them for a preview (keeping the user data size)', () => {
    const input = minimal({ networks: 'none', userData: { text: '#cloud-config\n' }, adminPass: 's3cret' });
    const sent = compose(input, '2.93').body.server;
    expect(sent.user_data).toBe(Buffer.from('#cloud-config\n').toString('base64'));
    expect(sent.adminPass).toBe('s3cret');
    const shown = compose(input, '2.93', true);
    expect(shown.body.server.user_data).toBe(`${HIDDEN} ${sent.user_data?.length} base64 characters`);
    expect(shown.body.server.adminPass).toBe(HIDDEN);
    expect(JSON.stringify(shown)).not.toContain('s3cret');
    // apart from the secrets, the preview is the body that is sent
    expect({ ...shown.body.server, user_data: sent.user_data, adminPass: sent.adminPass }).toEqual(sent);
  });
});
