import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CloudClient } from '../openstack/cloud-client.js';
import { CloudLists } from './cloud-lists.js';
import { ListCache } from './list-cache.js';
import type { CloudRegistry } from './registry.js';

interface ListOpts {
  firstPageLimit?: number;
  onPage?: (items: unknown[], more: boolean) => void;
}

/** A registry whose one client lists servers when the test says so, first page then the rest. */
function cloudAnswering() {
  let calls = 0;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const client = {
    servers: {
      list: async (_q: unknown, o: ListOpts) => {
        calls++;
        const first = [{ id: 's1', name: 'one' }];
        o.onPage?.(first, true);
        await released;
        const all = [...first, { id: 's2', name: 'two' }];
        o.onPage?.(all.slice(1), false);
        return all;
      },
    },
  } as unknown as CloudClient;
  const registry = { use: (_id: string, fn: (c: CloudClient) => Promise<unknown>) => fn(client) } as unknown as CloudRegistry;
  return { registry, release, calls: () => calls };
}

describe('CloudLists.refresh', () => {
  it('a refresh asked while the same list is fetched joins it: one request, one answer for both', async () => {
    const cloud = cloudAnswering();
    const pages: unknown[][] = [];
    const lists = new CloudLists(cloud.registry, new ListCache(mkdtempSync(join(tmpdir(), 'nd-lists-'))), (_p, _k, items) => pages.push(items));
    const warm = lists.refresh('p1', 'servers');
    const window = lists.refresh('p1', 'servers');
    cloud.release();
    const [a, b] = await Promise.all([warm, window]);
    expect(cloud.calls()).toBe(1);
    expect(b).toBe(a);
    expect(a.items.map((s) => s.id)).toEqual(['s1', 's2']);
    // the first page went to the windows as it landed, and again when the window joined (it listens from then on)
    expect(pages).toEqual([[{ id: 's1', name: 'one' }], [{ id: 's1', name: 'one' }]]);
    expect(lists.cached('p1', 'servers')?.items).toHaveLength(2);
  });

  it('once the fetch is over, the next refresh asks the cloud again', async () => {
    const cloud = cloudAnswering();
    const lists = new CloudLists(cloud.registry, new ListCache(mkdtempSync(join(tmpdir(), 'nd-lists-'))));
    cloud.release();
    await lists.refresh('p1', 'servers');
    await lists.refresh('p1', 'servers');
    expect(cloud.calls()).toBe(2);
  });
});
