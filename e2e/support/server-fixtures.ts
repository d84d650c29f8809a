/**
 * What the server integration tests need around the servers manager, done through the real
 * APIs (Nova, Neutron, Glance) of the local cloud: nothing here stands in for a service.
 */
import { generateKeyPairSync, randomInt } from 'node:crypto';
import type { CloudClient } from '../../main/openstack/cloud-client.js';
import { isOpenStackError } from '../../main/openstack/errors.js';
import { pathSegment } from '../../main/openstack/service-client.js';

export const IMAGE_NAME = 'tiny-raw';
export const NANO = '42';
export const SMALL = '2';
export const UNSCHEDULABLE = '999';

export async function imageId(client: CloudClient, name = IMAGE_NAME): Promise<string> {
  const body = await client.image.get<{ images: Array<{ id: string }> }>('/images', { name });
  const id = body.images[0]?.id;
  if (!id) throw new Error(`image ${name} not found; run e2e/cloud/up.sh`);
  return id;
}

/** A nano server of tiny-raw without networks, once Nova has it ACTIVE with no task left; its id. */
export async function bootActive(client: CloudClient, name: string): Promise<string> {
  const created = await client.servers.create({ name, imageRef: await imageId(client), flavorRef: NANO, networks: 'none' });
  const id = created.id as string;
  await client.servers.waitFor(id, (s) => s.status === 'ACTIVE' && !s.taskState, { intervalMs: 250, timeoutMs: 120_000 });
  return id;
}

/**
 * An active image whose min_ram (256 MB) and min_disk (30 GB) rule out the small flavors: only
 * m1.medium fits. Glance lists only active images, so it gets some bytes (the library speaks
 * JSON only: the upload is a plain fetch with the session's token).
 */
export async function createNeedyImage(client: CloudClient, name: string): Promise<string> {
  const created = await client.image.post<{ id: string }>('/images', {
    name,
    disk_format: 'raw',
    container_format: 'bare',
    min_ram: 256,
    min_disk: 30,
    visibility: 'private',
  });
  const token = await client.session.token();
  const r = await fetch(await client.image.url(`/images/${created.id}/file`), {
    method: 'PUT',
    headers: { 'x-auth-token': token.value, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(512),
  });
  if (r.status !== 204) throw new Error(`uploading ${name} answered ${r.status}`);
  return created.id;
}

interface NeutronSubnet {
  id: string;
  ip_version: 4 | 6;
  cidr: string;
  allocation_pools: Array<{ start: string; end: string }>;
}

export interface DemoNet {
  id: string;
  v4: NeutronSubnet;
  v6: NeutronSubnet;
}

export async function demoNet(client: CloudClient, name = 'demo-net'): Promise<DemoNet> {
  const { networks } = await client.network.get<{ networks: Array<{ id: string }> }>('/networks', { name });
  const id = networks[0]?.id;
  if (!id) throw new Error(`network ${name} not found; run e2e/cloud/up.sh`);
  const { subnets } = await client.network.get<{ subnets: NeutronSubnet[] }>('/subnets', { network_id: id });
  const v4 = subnets.find((s) => s.ip_version === 4);
  const v6 = subnets.find((s) => s.ip_version === 6);
  if (!v4 || !v6) throw new Error(`${name} needs an IPv4 and an IPv6 subnet`);
  return { id, v4, v6 };
}

/** RFC 5952 form, as Neutron and Nova print IPv6 addresses. */
export const canonicalIp = (ip: string) => (ip.includes(':') ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip);

async function usedIps(client: CloudClient, networkId: string): Promise<Set<string>> {
  const { ports } = await client.network.get<{ ports: Array<{ fixed_ips: Array<{ ip_address: string }> }> }>('/ports', {
    network_id: networkId,
  });
  return new Set(ports.flatMap((p) => p.fixed_ips.map((f) => canonicalIp(f.ip_address))));
}

/**
 * A free address in the subnet, random so that concurrent runs rarely collide: v4 in the
 * upper part of the /24, v6 as two random low groups of the /64.
 */
export async function freeIp(client: CloudClient, networkId: string, subnet: NeutronSubnet): Promise<string> {
  const used = await usedIps(client, networkId);
  for (let i = 0; i < 50; i++) {
    let ip: string;
    if (subnet.ip_version === 4) {
      ip = subnet.cidr.replace(/\.0\/24$/, `.${randomInt(120, 250)}`);
    } else {
      const hex = () => randomInt(0x1000, 0xffff).toString(16);
      ip = canonicalIp(subnet.cidr.replace(/::\/64$/, `::${hex()}:${hex()}`));
    }
    if (!used.has(ip)) return ip;
  }
  throw new Error(`no free address found in ${subnet.cidr}`);
}

export async function createPort(client: CloudClient, networkId: string, name: string): Promise<{ id: string; mac: string; ips: string[] }> {
  const { port } = await client.network.post<{ port: { id: string; mac_address: string; fixed_ips: Array<{ ip_address: string }> } }>('/ports', {
    port: { network_id: networkId, name },
  });
  return { id: port.id, mac: port.mac_address, ips: port.fixed_ips.map((f) => canonicalIp(f.ip_address)) };
}

export async function deletePorts(client: CloudClient, namePrefix: string): Promise<void> {
  const { ports } = await client.network.get<{ ports: Array<{ id: string; name: string }> }>('/ports');
  await Promise.all(
    ports.filter((p) => p.name.startsWith(namePrefix)).map((p) => client.network.delete(`/ports/${pathSegment(p.id)}`).catch(() => undefined)),
  );
}

/** An OpenSSH ed25519 public key line, as `ssh-keygen` would print it. */
export function sshPublicKey(comment = 'novadesk-test'): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]);
  return `ssh-ed25519 ${blob.toString('base64')} ${comment}`;
}

export async function importKeypair(client: CloudClient, name: string): Promise<void> {
  await client.compute.post('/os-keypairs', { keypair: { name, public_key: sshPublicKey() } });
}

export async function deleteKeypair(client: CloudClient, name: string): Promise<void> {
  await client.compute.delete(`/os-keypairs/${pathSegment(name)}`).catch(() => undefined);
}

/** Deletes every server whose name starts with the prefix, in parallel, and waits until they are gone. */
export async function deleteServers(client: CloudClient, namePrefix: string): Promise<number> {
  const servers = await client.servers.list({ name: `^${namePrefix.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}` });
  await Promise.all(
    servers.map(async (s) => {
      try {
        await client.servers.delete(s.id);
        await client.servers.waitForGone(s.id, { intervalMs: 500, timeoutMs: 120_000 });
      } catch (e) {
        if (!(isOpenStackError(e) && e.kind === 'not_found')) throw e;
      }
    }),
  );
  return servers.length;
}

export async function deleteImages(client: CloudClient, namePrefix: string): Promise<void> {
  const { images } = await client.image.get<{ images: Array<{ id: string; name: string | null }> }>('/images', { limit: 1000 });
  await Promise.all(
    images
      .filter((i) => i.name?.startsWith(namePrefix))
      .map((i) => client.image.delete(`/images/${pathSegment(i.id)}`).catch(() => undefined)),
  );
}
