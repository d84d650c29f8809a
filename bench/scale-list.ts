/**
 * B4's library part in a fresh process, so its peak memory is the listing's own: log in
 * (not timed), then fetch and map every page of the project's servers (timed), sampling the
 * heap after each page.
 */
import { clientFor, type LocalCloudName } from '../e2e/support/local-cloud.js';
import { countBytes } from './bytes.js';

const cloud = (process.argv[2] ?? 'local-admin') as LocalCloudName;
const client = clientFor(cloud);
await client.compute.negotiate();
const bytes = countBytes(client);
let pages = 0;
let peakHeap = process.memoryUsage().heapUsed;
const t0 = performance.now();
const servers = await client.servers.list(
  {},
  {
    onPage: () => {
      pages++;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    },
  },
);
const listMs = performance.now() - t0;
// the page requests (after the login and version document), as the request log timed them
const requests = client.session.log.list().filter((e) => e.url.includes('/servers/detail'));
const httpMs = requests.reduce((sum, e) => sum + e.elapsedMs, 0);
await client.close();
process.stdout.write(
  JSON.stringify({ count: servers.length, pages, listMs, httpMs, bytes: bytes.total(), peakHeapMb: peakHeap / 2 ** 20, requestIds: requests.map((e) => e.requestId) }),
);
