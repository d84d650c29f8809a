import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract.js';
import type { blockStorageOps } from '../../shared/ipc/contract/block-storage.js';
import type { computeOps } from '../../shared/ipc/contract/compute.js';
import type { imageOps } from '../../shared/ipc/contract/image.js';
import type { networkOps } from '../../shared/ipc/contract/network.js';
import { CloudId, ProfileId, ResourceId } from '../../shared/ipc/ids.js';
import type { InputOf } from '../../shared/ipc/types.js';
import { KeypairName } from '../../shared/schemas/keypair.js';
import type { CloudRegistry } from '../clouds/registry.js';
import { CloudClient } from '../openstack/cloud-client.js';
import { Transfers } from '../files/transfers.js';
import { createHandlers } from './handlers/index.js';
import type { AppContext } from './handlers/types.js';
import { createRouter, type Handlers } from './router.js';

/** The app's own channels that name no cloud (see shared/ipc/contract/app.ts). */
const NO_CLOUD = (c: Channel): boolean =>
  c.startsWith('profiles.') || c.startsWith('log.') || c.startsWith('files.') || c.startsWith('transfers.') || c === 'clouds.statuses';

/** The operations of the client library's managers: one channel per manager method. */
type ClientChannel = keyof typeof computeOps | keyof typeof imageOps | keyof typeof networkOps | keyof typeof blockStorageOps;
type SampledChannel = ClientChannel | 'clouds.connect' | 'clouds.passcode';

const cloud = 'local-demo';
const id = '0b8b4c8e-5c3e-4c6b-9d1e-2f0a7e1d9c11';
/** a reference main's file dialog handed out (the stub context's PickedFiles knows every one) */
const PICKED = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

/**
 * One valid input per client-library channel (and clouds.connect), typed by the contract: an
 * operation added to compute/image/network without a sample does not compile. Tests mutate
 * these one field at a time, so each must pass as it is.
 */
const SAMPLES: { [C in SampledChannel]: InputOf<C> } = {
  'clouds.connect': { cloud },
  'clouds.passcode': { cloud, passcode: '123456' },
  'flavors.list': { cloud, isPublic: 'all' },
  'flavors.get': { cloud, id: '42' },
  'servers.list': { cloud, status: 'ACTIVE', tags: ['web'], sort: [{ key: 'created_at', dir: 'asc' }], maxItems: 10 },
  'servers.get': { cloud, id },
  'servers.create': { cloud, server: { name: 'vm', flavorRef: '42', imageRef: id, networks: 'auto' } },
  'servers.update': { cloud, id, changes: { name: 'renamed', description: null } },
  'servers.delete': { cloud, id },
  'servers.start': { cloud, id },
  'servers.stop': { cloud, id },
  'servers.reboot': { cloud, id, type: 'HARD' },
  'servers.pause': { cloud, id },
  'servers.unpause': { cloud, id },
  'servers.suspend': { cloud, id },
  'servers.resume': { cloud, id },
  'servers.resize': { cloud, id, flavorRef: '42' },
  'servers.confirmResize': { cloud, id },
  'servers.revertResize': { cloud, id },
  'servers.lock': { cloud, id, reason: 'maintenance' },
  'servers.unlock': { cloud, id },
  'servers.shelve': { cloud, id },
  'servers.unshelve': { cloud, id, availabilityZone: 'nova' },
  'servers.rescue': { cloud, id, adminPass: 'Rescue-Pass-1', rescueImageRef: id },
  'servers.unrescue': { cloud, id },
  'servers.setMetadata': { cloud, id, metadata: { role: 'web' } },
  'servers.setTags': { cloud, id, tags: ['web'] },
  'servers.rebuild': { cloud, id, rebuild: { imageRef: id, keyName: null } },
  'servers.createImage': { cloud, id, name: 'snap' },
  'servers.consoleOutput': { cloud, id, lines: 50 },
  'servers.remoteConsole': { cloud, id, protocol: 'vnc', type: 'novnc' },
  'instanceActions.list': { cloud, serverId: id, changesSince: '2026-01-01T00:00:00Z' },
  'instanceActions.get': { cloud, serverId: id, requestId: `req-${id}` },
  'serverInterfaces.list': { cloud, serverId: id },
  'serverInterfaces.attach': { cloud, serverId: id, attach: { netId: id, fixedIp: '10.0.0.5' } },
  'serverInterfaces.detach': { cloud, serverId: id, portId: id },
  'keypairs.list': { cloud },
  'keypairs.get': { cloud, name: 'my key' },
  'keypairs.import': { cloud, keypair: { name: 'laptop', publicKey: 'ssh-ed25519 AAAAC3Nza me@host' } },
  'keypairs.create': { cloud, keypair: { name: 'generated', type: 'ssh' } },
  'keypairs.delete': { cloud, name: 'laptop' },
  'availabilityZones.list': { cloud },
  'limits.get': { cloud },
  'quotas.usage': { cloud },
  'serverGroups.list': { cloud, allProjects: false },
  'serverGroups.get': { cloud, id },
  'serverGroups.create': { cloud, group: { name: 'spread', policy: 'anti-affinity', maxServerPerHost: 1 } },
  'serverGroups.delete': { cloud, id },
  'images.list': { cloud, visibility: 'all', tag: ['base'] },
  'images.get': { cloud, id },
  'images.update': { cloud, id, changes: { visibility: 'shared', properties: { os_distro: 'ubuntu', scratch: null } } },
  'images.delete': { cloud, id },
  'images.importMethods': { cloud },
  'images.upload': { cloud, transfer: 't-1', file: PICKED, image: { name: 'ubuntu', diskFormat: 'qcow2', containerFormat: 'bare', visibility: 'private' } },
  'images.download': { cloud, id, transfer: 't-2', file: PICKED },
  'images.importFromUrl': { cloud, transfer: 't-3', image: { name: 'cirros', diskFormat: 'qcow2', containerFormat: 'bare', visibility: 'private' }, url: 'https://download.cirros-cloud.net/0.6.2/cirros-0.6.2-x86_64-disk.img' },
  'images.listMembers': { cloud, id },
  'images.addMember': { cloud, id, projectId: id },
  'images.updateMember': { cloud, id, projectId: id, status: 'accepted' },
  'images.removeMember': { cloud, id, projectId: id },
  'images.namesByIds': { cloud, ids: [id] },
  'networks.list': { cloud, external: true },
  'networks.get': { cloud, id },
  'subnets.list': { cloud, networkId: id, ipVersion: 4 },
  'subnets.get': { cloud, id },
  'ports.list': { cloud, deviceId: id },
  'ports.get': { cloud, id },
  'ports.create': { cloud, port: { networkId: id, fixedIps: [{ ipAddress: '10.0.0.5' }] } },
  'ports.delete': { cloud, id },
  'ports.setSecurityGroups': { cloud, id, securityGroupIds: [id] },
  'securityGroups.list': { cloud },
  'securityGroups.get': { cloud, id },
  'securityGroups.create': { cloud, group: { name: 'web' } },
  'securityGroups.update': { cloud, id, group: { name: 'web', description: 'front' } },
  'securityGroups.delete': { cloud, id },
  'securityGroups.listRules': { cloud, securityGroupId: id },
  'securityGroups.createRule': { cloud, rule: { securityGroupId: id, direction: 'ingress', protocol: 'tcp', portRangeMin: 22, remoteIpPrefix: '0.0.0.0/0' } },
  'securityGroups.deleteRule': { cloud, id },
  'floatingIps.list': { cloud },
  'floatingIps.get': { cloud, id },
  'floatingIps.create': { cloud, floatingIp: { floatingNetworkId: id } },
  'floatingIps.associate': { cloud, id, portId: id, fixedIpAddress: '10.0.0.5' },
  'floatingIps.disassociate': { cloud, id },
  'floatingIps.delete': { cloud, id },
  'networkQuotas.details': { cloud },
  'serverVolumes.list': { cloud, serverId: id },
  'serverVolumes.attach': { cloud, serverId: id, attach: { volumeId: id, device: '/dev/vdb', tag: 'data' } },
  'serverVolumes.detach': { cloud, serverId: id, volumeId: id },
  'volumes.list': { cloud, name: 'data', status: 'available', bootable: true, limit: 10, marker: id },
  'volumes.get': { cloud, id },
  'volumes.create': { cloud, volume: { sizeGb: 1, name: 'data', volumeType: 'standard', imageId: id, metadata: { k: 'v' } } },
  'volumes.update': { cloud, id, changes: { name: 'renamed', description: 'd' } },
  'volumes.delete': { cloud, id },
  'volumes.extend': { cloud, id, sizeGb: 2 },
  'volumes.setBootable': { cloud, id, bootable: true },
  'volumes.setImageMetadata': { cloud, id, metadata: { os_distro: 'debian' } },
  'volumes.unsetImageMetadata': { cloud, id, key: 'os_distro' },
  'volumeSnapshots.list': { cloud, volumeId: id },
  'volumeSnapshots.get': { cloud, id },
  'volumeSnapshots.create': { cloud, snapshot: { volumeId: id, name: 'snap', force: true } },
  'volumeSnapshots.delete': { cloud, id },
  'volumeTypes.list': { cloud },
  'volumeTypes.default': { cloud },
  'volumeQuotas.usage': { cloud },
};

type Path = (string | number)[];
const show = (p: Path) => p.join('.');

/** Every ResourceId or KeypairName field, through optional, nullable, arrays and nested objects. */
function idPaths(schema: z.ZodType, path: Path = []): Path[] {
  if (schema === ResourceId || schema === KeypairName) return [path];
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return idPaths(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodArray) return idPaths(schema.element as z.ZodType, [...path, 0]);
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape).flatMap(([k, s]) => idPaths(s as z.ZodType, [...path, k]));
  return [];
}

/** Every object field, with its schema stripped of optional/nullable/array wrappers. */
function fields(schema: z.ZodType, path: Path = []): { path: Path; leaf: z.ZodType }[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return fields(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodArray) return fields(schema.element as z.ZodType, path);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([k, s]) => [{ path: [...path, k], leaf: unwrapAll(s as z.ZodType) }, ...fields(s as z.ZodType, [...path, k])]);
  }
  return [];
}
function unwrapAll(s: z.ZodType): z.ZodType {
  if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) return unwrapAll(s.unwrap() as z.ZodType);
  if (s instanceof z.ZodArray) return unwrapAll(s.element as z.ZodType);
  return s;
}

/** A copy of `input` with `value` at `path`, creating the objects and arrays on the way. */
function withValue(input: unknown, path: Path, value: unknown): Record<string, unknown> {
  const root = structuredClone(input) as Record<string, unknown>;
  let node: Record<string | number, unknown> = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  return root;
}

function spyRouter() {
  const calls: Channel[] = [];
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, async () => (calls.push(c), null)])) as unknown as Handlers;
  return { router: createRouter(handlers), calls };
}

const stubContext = {
  profiles: {},
  registry: {},
  lists: {},
  watchers: {},
  log: {},
  events: { emit: () => undefined },
  files: { picker: {}, picked: { take: () => '/picked/file' } },
  transfers: new Transfers(),
} as unknown as AppContext;
const sampled = Object.keys(SAMPLES) as SampledChannel[];
const clientChannels = sampled.filter((c): c is ClientChannel => c !== 'clouds.connect' && c !== 'clouds.passcode');
const cloudChannels = CHANNELS.filter((c) => !NO_CLOUD(c));
const sampleOf = (c: Channel): Record<string, unknown> | undefined => (SAMPLES as Partial<Record<Channel, Record<string, unknown>>>)[c];
const parsed = <C extends SampledChannel>(c: C) => contract[c].input.parse(SAMPLES[c]) as never;
const shapeOf = (c: Channel) => (contract[c].input as unknown as z.ZodObject).shape;
const issuesAt = (c: Channel, input: unknown, path: Path) =>
  (contract[c].input.safeParse(input).error?.issues ?? []).filter((i) => show(i.path as Path) === show(path));

describe('the IPC contract', () => {
  it('names every channel <manager>.<operation>', () => {
    for (const c of CHANNELS) expect(c, c).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });

  it('names a real manager method of CloudClient for every client-library operation', async () => {
    const client = new CloudClient({ auth: { type: 'password', authUrl: 'http://127.0.0.1:9/v3', user: { id: 'u' }, password: 'p' } });
    try {
      for (const c of clientChannels) {
        const [manager = '', operation = ''] = c.split('.');
        // instance actions and interfaces hang off the servers manager, as novaclient's do
        const nested = {
          instanceActions: client.servers.instanceActions,
          serverInterfaces: client.servers.interfaces,
          serverVolumes: client.servers.volumes,
        } as Record<string, unknown>;
        const target = (nested[manager] ?? (client as unknown as Record<string, unknown>)[manager]) as
          | Record<string, unknown>
          | undefined;
        expect(typeof target?.[operation], c).toBe('function');
      }
    } finally {
      await client.close();
    }
  });

  it('has the client-library operations the UI needs', () => {
    expect(clientChannels.length).toBeGreaterThanOrEqual(62);
    expect(clientChannels.filter((c) => c.startsWith('servers.'))).toHaveLength(27);
  });
});

describe('createHandlers', () => {
  it('returns a handler for exactly the contract channels', () => {
    expect(Object.keys(createHandlers(stubContext)).sort()).toEqual([...CHANNELS].sort());
  });

  it('sends every cloud operation to the manager method its channel names, and returns null or the manager result', async () => {
    const RESULT = { from: 'manager' };
    const NESTED: Record<string, string> = { instanceActions: 'instanceActions', interfaces: 'serverInterfaces', volumes: 'serverVolumes' };
    const calls: { channel: string; args: unknown[] }[] = [];
    const manager = (name: string): unknown =>
      new Proxy(
        {},
        {
          get: (_t, op) =>
            name === 'servers' && typeof op === 'string' && op in NESTED
              ? manager(NESTED[op]!)
              : (...args: unknown[]) => (calls.push({ channel: `${name}.${String(op)}`, args }), Promise.resolve(RESULT)),
        },
      );
    const client = new Proxy({}, { get: (_t, name) => manager(String(name)) });
    const registry = { use: (_cloud: string, work: (c: unknown) => Promise<unknown>) => work(client) } as unknown as CloudRegistry;
    const handlers = createHandlers({ ...stubContext, registry });
    // the console goes to the host, not back to the caller: its own test below
    for (const c of clientChannels.filter((x) => x !== 'servers.remoteConsole')) {
      calls.length = 0;
      const out = await (handlers[c] as (i: unknown) => Promise<unknown>)(parsed(c));
      expect(calls.map((x) => x.channel), c).toEqual([c]);
      const sample = SAMPLES[c] as { id?: string; serverId?: string };
      const target = sample.id ?? sample.serverId;
      if (target !== undefined) expect(calls[0]?.args[0], c).toBe(target);
      if (c !== 'servers.create') expect([null, RESULT], c).toContain(out);
    }
  });

  it('passes on only the id, reservation id and recovery of a launch, never adminPass', async () => {
    const launched = { id: 'srv-1', reservationId: 'r-1', recoveredFrom: undefined, adminPass: 'S3cretPass' };
    const registry = {
      use: (_cloud: string, work: (c: unknown) => Promise<unknown>) => work({ servers: { create: async () => launched } }),
    } as unknown as CloudRegistry;
    const out = await createHandlers({ ...stubContext, registry })['servers.create'](parsed('servers.create'));
    expect(out).toEqual({ id: 'srv-1', reservationId: 'r-1', recoveredFrom: undefined });
    expect(JSON.stringify(out)).not.toContain('S3cretPass');
  });
});

describe('servers.remoteConsole', () => {
  it("hands the console's URL to the host's console windows and returns the link, never the URL", async () => {
    const url = 'http://127.0.0.1:6080/vnc_lite.html?path=%3Ftoken%3D6a3c1e0b-5b8e-4b6e-9d0f-2c1f3a7d9e11';
    const asked: unknown[] = [];
    const registry = {
      use: (_cloud: string, work: (c: unknown) => Promise<unknown>) =>
        work({ servers: { remoteConsole: async (...args: unknown[]) => (asked.push(args), { protocol: 'vnc', type: 'novnc', url }) } }),
    } as unknown as CloudRegistry;
    const given: unknown[] = [];
    const consoles = { open: (o: unknown) => (given.push(o), { link: '/console/n0nce' }) };
    const out = await createHandlers({ ...stubContext, registry, consoles })['servers.remoteConsole']({ ...(parsed('servers.remoteConsole') as object), title: 'web-1' } as never);
    expect(asked).toEqual([[id, 'vnc', 'novnc']]);
    expect(given).toEqual([{ url, title: 'web-1' }]);
    expect(out).toMatchObject({ opened: 'link', link: '/console/n0nce', lifetimeSeconds: 600 });
    expect(JSON.stringify(out)).not.toContain('token');
  });
});

describe('cloud operation inputs', () => {
  it.each(cloudChannels)('%s names its cloud, refuses a missing or invalid one, and refuses extra keys', (c) => {
    const shape = shapeOf(c);
    // all-clouds operations name their clouds as a list
    const key = 'cloud' in shape ? 'cloud' : 'clouds';
    expect(shape, c).toHaveProperty(key);
    const base = sampleOf(c) ?? {};
    const bad = (v: unknown) => withValue(base, [key], key === 'cloud' ? v : [v]);
    const at: Path = key === 'cloud' ? ['cloud'] : ['clouds', 0];
    if (key === 'cloud') expect(issuesAt(c, {}, at), 'missing').not.toEqual([]);
    for (const v of [42, '', '../x', 'a/b', 'x'.repeat(65)]) expect(issuesAt(c, bad(v), at), String(v)).not.toEqual([]);
    const extra = contract[c].input.safeParse({ ...base, extra: 1 }).error?.issues ?? [];
    expect(extra.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0)).toBe(true);
  });

  it.each(sampled)('%s accepts its sample, and through the router refuses it without its cloud or with an extra key', async (c) => {
    const { router, calls } = spyRouter();
    expect(await router.dispatch(c, SAMPLES[c])).toEqual({ ok: true, value: null });
    expect(calls).toEqual([c]);
    const { cloud: _cloud, ...noCloud } = SAMPLES[c] as Record<string, unknown>;
    for (const [input, field] of [
      [noCloud, 'cloud'],
      [{ ...noCloud, cloud: '../x' }, 'cloud'],
      [{ ...SAMPLES[c], extra: 1 }, '(input)'],
    ] as const) {
      const r = await router.dispatch(c, input);
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { kind: 'validation', field } });
    }
    // nested requests (server, port, rule...) are strict too
    for (const [key, value] of Object.entries(SAMPLES[c])) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      const r = await router.dispatch(c, withValue(SAMPLES[c], [key, 'extra'], 1));
      // a record (metadata) takes any key, and names the value it refuses: `metadata.extra`
      expect(r, `${c} ${key}.extra`).toMatchObject({ ok: false, error: { kind: 'validation', field: expect.stringMatching(new RegExp(`^${key}(\\.extra)?$`)) } });
    }
    expect(calls).toEqual([c]);
  });

  const idFields = cloudChannels.flatMap((c) => idPaths(contract[c].input).map((p) => [c, show(p), p] as const));

  it('finds the id fields (the walk below is not vacuous)', () => {
    const names = idFields.map(([c, f]) => `${c}:${f}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'servers.get:id',
        'servers.resize:flavorRef',
        'instanceActions.get:requestId',
        'keypairs.delete:name',
        'servers.rebuild:rebuild.keyName',
        'images.namesByIds:ids.0',
        'ports.create:port.fixedIps.0.subnetId',
        'floatingIps.associate:portId',
      ]),
    );
    expect(new Set(idFields.map(([c]) => c)).size).toBeGreaterThan(45);
  });

  it('uses the id schema for every field named like an id', () => {
    for (const c of cloudChannels) {
      for (const { path, leaf } of fields(contract[c].input)) {
        // the launch request's own ids go into the body, never a path (shared/schemas/server-create.ts)
        if (c === 'servers.create' && path[0] === 'server') continue;
        const key = String(path.at(-1));
        if (/^ids?$|[a-z](Id|Ids|Ref)$/.test(key)) expect([ResourceId, KeypairName, ProfileId, CloudId], `${c}:${show(path)}`).toContain(leaf);
      }
    }
  });

  const BAD_IDS = ['../x', '..', 'a/b', 'a?b=1', 'a#b', '%2e%2e', 'x%2Fy'];
  it.each(idFields)('%s refuses path tricks in %s, naming the field', async (c, field, path) => {
    const { router, calls } = spyRouter();
    const sample = sampleOf(c);
    for (const bad of BAD_IDS) {
      const input = withValue(sample ?? {}, path, bad);
      expect(issuesAt(c, input, path), bad).not.toEqual([]);
      // from an otherwise valid input, the router reports exactly this field
      if (sample) expect(await router.dispatch(c, input), bad).toMatchObject({ ok: false, error: { kind: 'validation', field } });
    }
    expect(calls).toEqual([]);
  });
});
