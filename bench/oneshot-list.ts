/**
 * B1's Novadesk contender: a new process that reads clouds.yaml, logs in and lists 20
 * servers with the library, as `openstack server list --limit 20` does. It prints what it
 * did as JSON so the harness can check the count and split the time per request.
 */
import { clientFor, type LocalCloudName } from '../e2e/support/local-cloud.js';

// since process start: Node's boot plus loading and evaluating the (bundled) library
const loadedMs = performance.now();
const cloud = (process.argv[2] ?? 'local-demo') as LocalCloudName;
const client = clientFor(cloud);
const servers = await client.servers.list({ limit: 20 }, { maxItems: 20 });
const requests = client.session.log.list().map((e) => ({ method: e.method, url: e.url, status: e.status, ms: e.elapsedMs, requestId: e.requestId }));
await client.close();
process.stdout.write(JSON.stringify({ count: servers.length, loadedMs, requests }));
