/**
 * B1's Novadesk contender: a new process that reads clouds.yaml, logs in and lists 20
 * servers with the library, as `openstack server list --limit 20` does. It prints what it
 * did as JSON so the harness can check the count and split the time per request.
 * argv: <cloud> [version cache file]: with the file, Nova's version range comes from an
 * earlier run, as it would for an installed client; without it, a first run.
 */
import { sessionOptions, type LocalCloudName } from '../e2e/support/local-cloud.js';
import { CloudClient } from '../main/openstack/cloud-client.js';
import { fileVersionCache } from '../main/openstack/compute/version-cache.js';

// since process start: Node's boot plus loading and evaluating the (bundled) library
const loadedMs = performance.now();
const cloud = (process.argv[2] ?? 'local-demo') as LocalCloudName;
const cacheFile = process.argv[3];
const client = new CloudClient({ ...sessionOptions(cloud), ...(cacheFile ? { versionCache: fileVersionCache(cacheFile) } : {}) });
const servers = await client.servers.list({ limit: 20 }, { maxItems: 20 });
const requests = client.session.log.list().map((e) => ({ method: e.method, url: e.url, status: e.status, ms: e.elapsedMs, requestId: e.requestId }));
await client.close();
process.stdout.write(JSON.stringify({ count: servers.length, loadedMs, requests }));
