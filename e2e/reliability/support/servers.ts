/**
 * Servers the reliability tests make on the shared cloud: ERROR servers (flavor 999 can never
 * be scheduled, no network) cost the fake hypervisor nothing and need no ports, and every name
 * starts with RUN_PREFIX so cleanup removes exactly ours.
 */
import type { CloudClient } from '../../../main/openstack/cloud-client.js';
import { imageId, UNSCHEDULABLE } from '../../support/server-fixtures.js';

export async function bootErrorServers(client: CloudClient, names: string[], concurrency = 4): Promise<string[]> {
  const image = await imageId(client);
  const ids: string[] = [];
  const queue = [...names];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const created = await client.servers.create({ name, flavorRef: UNSCHEDULABLE, imageRef: image, networks: 'none' });
        if (created.id) ids.push(created.id);
      }
    }),
  );
  return ids;
}

/**
 * `count` ERROR servers in as few requests as possible: Nova's multi-create (max_count) makes
 * up to 50 per POST, named `<prefix>-b<batch>-<n>`.
 */
export async function bootMany(client: CloudClient, prefix: string, count: number): Promise<void> {
  const image = await imageId(client);
  for (let batch = 0, left = count; left > 0; batch++, left -= 50) {
    const n = Math.min(50, left);
    await client.servers.create({ name: `${prefix}-b${batch}`, flavorRef: UNSCHEDULABLE, imageRef: image, networks: 'none', minCount: n, maxCount: n });
  }
}

/** Servers of the client's project whose name is exactly `name` (Nova filters by regex). */
export async function serversNamed(client: CloudClient, name: string): Promise<string[]> {
  const exact = `^${name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}$`;
  return (await client.servers.list({ name: exact })).filter((s) => s.status !== 'DELETED').map((s) => s.id);
}
