import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerCreateRequest } from '../../../shared/schemas/server-create.js';
import { FaultProxy } from '../../../e2e/support/fault-proxy.js';
import { RUN_PREFIX, clientFor, passwordAuth, sessionOptions } from '../../../e2e/support/local-cloud.js';
import {
  NANO,
  UNSCHEDULABLE,
  canonicalIp,
  createPort,
  deleteKeypair,
  deletePorts,
  deleteServers,
  demoNet,
  freeIp,
  imageId,
  importKeypair,
  type DemoNet,
} from '../../../e2e/support/server-fixtures.js';
import { CloudClient } from '../cloud-client.js';
import { ComputeClient } from './compute-client.js';
import { ServerManager } from './servers.js';

// Server create against the real Nova: every way of attaching a network, the extra fields,
// multi-create, a scheduling failure, the personality gate, and recovery after a lost answer.
const P = `${RUN_PREFIX}-sv`;
const demo = clientFor('local-demo');
const admin = clientFor('local-admin');
const ADMIN_PASS = `canary-${RUN_PREFIX}-pw`;
const USER_DATA = '#cloud-config\nruncmd: [echo novadesk]\n';

let net: DemoNet;
let image: string;
let port: { id: string; mac: string; ips: string[] };
let v4: string;
let v6: string;
const ids: Record<string, string> = {};

const wait = (id: string, status = 'ACTIVE') => demo.servers.waitFor(id, status, { intervalMs: 300, timeoutMs: 90_000 });

beforeAll(async () => {
  [net, image] = await Promise.all([demoNet(demo), imageId(demo)]);
  [port, v4, v6] = await Promise.all([
    createPort(demo, net.id, `${P}-port`),
    freeIp(demo, net.id, net.v4),
    freeIp(demo, net.id, net.v6),
    importKeypair(demo, `${P}-key`),
  ]);
  const base = (name: string, extra: Partial<ServerCreateRequest> = {}): ServerCreateRequest => ({
    name: `${P}-${name}`,
    imageRef: image,
    flavorRef: NANO,
    networks: 'none',
    ...extra,
  });
  const launches: Record<string, ServerCreateRequest> = {
    net: base('net', { networks: [{ netId: net.id }] }),
    v4: base('v4', { networks: [{ netId: net.id, v4FixedIp: v4 }] }),
    v6: base('v6', { networks: [{ netId: net.id, v6FixedIp: v6 }] }),
    port: base('port', { networks: [{ portId: port.id }] }),
    none: base('none'),
    rich: base('rich', {
      userData: { text: USER_DATA },
      metadata: { role: 'web', owner: 'novadesk' },
      tags: ['novadesk', 'tier-web'],
      description: 'launched by the servers integration test',
      keyName: `${P}-key`,
      adminPass: ADMIN_PASS,
    }),
    five: base('five', { minCount: 5, maxCount: 5 }),
    err: base('err', { flavorRef: UNSCHEDULABLE }),
  };
  const created = await Promise.all(Object.entries(launches).map(async ([k, req]) => [k, await demo.servers.create(req)] as const));
  for (const [k, c] of created) {
    if (!c.id) throw new Error(`${k}: no id`);
    ids[k] = c.id;
  }
});

afterAll(async () => {
  try {
    await deleteServers(demo, P);
    await Promise.all([deletePorts(demo, P), deleteKeypair(demo, `${P}-key`)]);
  } finally {
    await Promise.all([demo.close(), admin.close()]);
  }
});

const id = (k: string) => ids[k] as string;

describe('servers.create against the real Nova', () => {
  it('boots an image on demo-net to ACTIVE with fixed addresses of both families and a MAC', async () => {
    const s = await wait(id('net'));
    expect(s.name).toBe(`${P}-net`);
    expect(s.imageId).toBe(image);
    expect(s.flavor.name).toBe('m1.nano');
    expect(s.powerState).toBe('RUNNING');
    const addrs = s.addresses['demo-net'] ?? [];
    expect(addrs.map((a) => a.version).sort()).toEqual([4, 6]);
    expect(addrs.every((a) => a.type === 'fixed' && /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/.test(a.mac ?? ''))).toBe(true);
    expect(s.securityGroups).toEqual(['default']);
  });

  it('boots with a fixed IPv4 address', async () => {
    const s = await wait(id('v4'));
    expect(s.addresses['demo-net']?.map((a) => a.addr)).toEqual([v4]);
  });

  it('boots with a fixed IPv6 address', async () => {
    const s = await wait(id('v6'));
    expect(s.addresses['demo-net']?.map((a) => canonicalIp(a.addr))).toEqual([v6]);
  });

  it('boots on a pre-created port, which then carries the server', async () => {
    const s = await wait(id('port'));
    const addrs = s.addresses['demo-net'] ?? [];
    expect(addrs.map((a) => canonicalIp(a.addr)).sort()).toEqual([...port.ips].sort());
    expect(addrs.every((a) => a.mac === port.mac)).toBe(true);
    const { port: after } = await demo.network.get<{ port: { device_id: string } }>(`/ports/${port.id}`);
    expect(after.device_id).toBe(s.id);
  });

  it("boots with networks: 'none' and has no address", async () => {
    const s = await wait(id('none'));
    expect(s.addresses).toEqual({});
  });

  it('boots with user data, metadata, tags, description and a key pair', async () => {
    const s = await wait(id('rich'));
    expect(s.metadata).toEqual({ role: 'web', owner: 'novadesk' });
    expect([...s.tags].sort()).toEqual(['novadesk', 'tier-web']);
    expect(s.description).toBe('launched by the servers integration test');
    expect(s.keyName).toBe(`${P}-key`);
    // user data is an admin-only attribute (OS-EXT-SRV-ATTR, 2.3+): read it as admin
    const raw = await admin.compute.get<{ server: Record<string, unknown> }>(`/servers/${s.id}`);
    expect(Buffer.from(String(raw.server['OS-EXT-SRV-ATTR:user_data']), 'base64').toString('utf8')).toBe(USER_DATA);
  });

  it('never logs the admin password, and does not return it', async () => {
    const dump = JSON.stringify(demo.session.log.list());
    expect(dump).toContain(`${P}-rich`);
    expect(dump).not.toContain(ADMIN_PASS);
    expect(dump).not.toContain(Buffer.from(USER_DATA).toString('base64'));
  });

  it('launches 5 with one request, named as Nova names them, the first one returned', async () => {
    const found = await demo.servers.list({ name: `^${P}-five-` });
    expect(found.map((s) => s.name).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `${P}-five-${n}`).sort());
    expect(found.find((s) => s.id === id('five'))?.name).toBe(`${P}-five-1`);
    await Promise.all(found.map((s) => wait(s.id)));
  });

  it('maps a scheduling failure to ERROR with the NoValidHost fault, and waitFor reports it', async () => {
    await expect(wait(id('err'))).rejects.toMatchObject({ kind: 'resource_failure', message: expect.stringMatching(/No valid host/) });
    const s = await demo.servers.get(id('err'));
    expect(s.status).toBe('ERROR');
    expect(s.fault?.message).toMatch(/No valid host was found/);
    expect(s.fault?.code).toBe(500);
  });

  it('returns a reservation id when asked, and the list finds the server by it', async () => {
    const c = await demo.servers.create({ name: `${P}-resv`, imageRef: image, flavorRef: NANO, networks: 'none', returnReservationId: true });
    expect(c.id).toBeUndefined();
    expect(c.reservationId).toMatch(/^r-/);
    const found = await demo.servers.list({ reservationId: c.reservationId as string });
    expect(found.map((s) => s.name)).toEqual([`${P}-resv`]);
  });
});

describe('personality files: up to 2.56 only', () => {
  it('are accepted by Nova at 2.56', async () => {
    const compute = new ComputeClient(demo.session, '2.56');
    expect(await compute.microversion()).toBe('2.56');
    const servers = new ServerManager(compute);
    const c = await servers.create({
      name: `${P}-pers`,
      imageRef: image,
      flavorRef: NANO,
      networks: 'none',
      personality: [{ path: '/etc/motd', contents: 'hello from novadesk' }],
    });
    const s = await servers.waitFor(c.id as string, 'ACTIVE', { intervalMs: 300, timeoutMs: 90_000 });
    expect(s.name).toBe(`${P}-pers`);
    const post = demo.session.log.list().find((e) => e.method === 'POST' && /\/servers$/.test(e.url) && e.requestBody?.includes(`${P}-pers`));
    expect(post?.status).toBe(202);
    expect(post?.requestBody).toContain('"personality"');
  });

  it.each(['2.57', '2.93'])('are refused by us at %s, with no request sent', async (version) => {
    const compute = new ComputeClient(demo.session, version);
    expect(await compute.microversion()).toBe(version);
    const before = demo.session.log.list().at(-1)?.seq ?? 0;
    await expect(
      new ServerManager(compute).create({
        name: `${P}-pers2`,
        imageRef: image,
        flavorRef: NANO,
        networks: 'none',
        personality: [{ path: '/etc/motd', contents: 'x' }],
      }),
    ).rejects.toMatchObject({ kind: 'unsupported_microversion', field: 'personality' });
    expect(demo.session.log.list({ sinceSeq: before })).toEqual([]);
  });
});

describe('POST /servers is never retried; an unclear failure looks for the server first', () => {
  let proxy: FaultProxy;
  let viaProxy: CloudClient;

  beforeAll(async () => {
    proxy = await FaultProxy.start();
    viaProxy = new CloudClient(sessionOptions('local-demo', { auth: { ...passwordAuth('local-demo'), authUrl: proxy.authUrl } }));
  });
  afterAll(async () => {
    await viaProxy.close();
    await proxy.close();
  });

  it('finds and returns the server when the answer to the POST is lost', async () => {
    proxy.inject({ service: 'compute', method: 'POST', path: /\/servers$/, times: 1, fault: { type: 'drop-after-upstream' } });
    const c = await viaProxy.servers.create({ name: `${P}-lost`, imageRef: image, flavorRef: NANO, networks: 'none' });
    expect(c.recoveredFrom).toBe('network');
    expect(proxy.count('POST', /\/servers$/, 'compute')).toBe(1);
    const s = await demo.servers.get(c.id as string);
    expect(s.name).toBe(`${P}-lost`);
    // exactly one server of that name: nothing was sent twice
    expect(await demo.servers.list({ name: `^${P}-lost$` })).toHaveLength(1);
  });

  it('reports the failure when a 5xx came back and no server exists', async () => {
    proxy.inject({ service: 'compute', method: 'POST', path: /\/servers$/, times: 1, fault: { type: 'respond', status: 503, body: '{"computeFault": {"code": 503, "message": "try later"}}' } });
    const before = proxy.count('POST', /\/servers$/, 'compute');
    await expect(viaProxy.servers.create({ name: `${P}-503`, imageRef: image, flavorRef: NANO, networks: 'none' })).rejects.toMatchObject({
      kind: 'server_error',
      status: 503,
      message: 'try later',
    });
    expect(proxy.count('POST', /\/servers$/, 'compute') - before).toBe(1);
    // it looked before giving up
    expect(proxy.seen.some((r) => r.method === 'GET' && r.path.includes('changes-since'))).toBe(true);
  });
});
