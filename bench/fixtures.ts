/**
 * Servers the list cases need, made in ERROR with the flavor no host can take (x1.unschedulable,
 * id 999): they cost the single compute host nothing and reach a final state in seconds.
 * The prefixes are fixed, not per run, so a `--keep` run leaves them for the next one.
 */
import type { CloudClient } from '../main/openstack/cloud-client.js';
import { isOpenStackError } from '../main/openstack/errors.js';

export const LIST_PREFIX = 'ndbench-list-';
export const SCALE_PREFIX = 'ndbench-scale-';
/** the servers T4 launches (ACTIVE on demo-net), deleted after the case */
export const T4_PREFIX = 'ndbench-t4-';

/** e2e/cloud's flavor x1.unschedulable and image, by their fixed id and name */
const UNSCHEDULABLE = '999';
const IMAGE_NAME = 'tiny-raw';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const byPrefix = (prefix: string) => `^${prefix}`;

export async function countServers(client: CloudClient, prefix: string, status?: 'BUILD'): Promise<number> {
  return (await client.servers.list({ name: byPrefix(prefix), ...(status ? { status } : {}) })).length;
}

/**
 * Tops the prefix up to `want` servers, `batch` per POST (min_count = max_count), then waits
 * until none is still BUILD so later cases see a list that no longer changes by itself.
 */
export async function ensureServers(client: CloudClient, prefix: string, want: number, batch = 200): Promise<number> {
  let have = await countServers(client, prefix);
  const image = (await client.images.list({ name: IMAGE_NAME }))[0]?.id;
  if (!image) throw new Error(`image ${IMAGE_NAME} not found: run e2e/cloud/up.sh`);
  for (let failures = 0; have < want; ) {
    const count = Math.min(batch, want - have);
    const t0 = performance.now();
    try {
      await client.servers.create({
        name: `${prefix}${Date.now().toString(36)}`,
        imageRef: image,
        flavorRef: UNSCHEDULABLE,
        networks: 'none',
        minCount: count,
        maxCount: count,
      });
    } catch (e) {
      // a project shared with other tests may be nearer its quota than we think: use what there is
      if (isOpenStackError(e) && e.kind === 'over_limit') break;
      // others' fault tests restart nova-api: the batch may or may not exist, so count again
      if (++failures > 3) throw e;
      process.stderr.write(`  create failed (${(e as Error).message.split('\n')[0]}); counting again in 15 s\n`);
      await sleep(15_000);
      have = await countServers(client, prefix);
      continue;
    }
    have += count;
    process.stderr.write(`  created ${count} (${have}/${want}) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  // a poll that fails (a service restarted by others' fault tests) just counts as not done yet
  for (let i = 0; i < 300 && (await countServers(client, prefix, 'BUILD').catch(() => 1)) > 0; i++) await sleep(2000);
  return countServers(client, prefix);
}

/** Deletes every server with the prefix, a bounded number at a time, and waits until they are gone. */
export async function deleteServers(client: CloudClient, prefix: string, parallel = 20): Promise<number> {
  const ids = (await client.servers.list({ name: byPrefix(prefix) })).map((s) => s.id);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      await client.servers.delete(id).catch((e: unknown) => {
        if (!(isOpenStackError(e) && e.kind === 'not_found')) throw e;
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  for (let i = 0; i < 300 && (await countServers(client, prefix).catch(() => 1)) > 0; i++) await sleep(2000);
  return ids.length;
}
