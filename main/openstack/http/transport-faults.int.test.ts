import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FaultProxy } from '../../../e2e/support/fault-proxy.js';
import { passwordAuth, RUN_PREFIX } from '../../../e2e/support/local-cloud.js';
import { sshPublicKey } from '../../../e2e/support/server-fixtures.js';
import { CloudClient } from '../cloud-client.js';
import type { SessionOptions } from '../session.js';

// The real local cloud behind a loopback fault proxy: every fault is injected on the way,
// everything else is answered by the real Keystone and Nova.
let proxy: FaultProxy;
const clients: CloudClient[] = [];

function client(extra: Partial<SessionOptions> = {}): CloudClient {
  const auth = { ...passwordAuth('local-demo'), authUrl: proxy.authUrl };
  const c = new CloudClient({ auth, region: 'RegionOne', ...extra });
  clients.push(c);
  return c;
}

beforeAll(async () => {
  proxy = await FaultProxy.start();
});
afterEach(() => proxy.clearFaults());
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await proxy.close();
});

const FLAVORS = /\/flavors\/detail/;

describe('transport and session through the fault proxy', () => {
  it('retries a GET on 503 honouring Retry-After in seconds, then succeeds', async () => {
    const c = client();
    await c.compute.negotiate();
    proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, times: 2, fault: { type: 'respond', status: 503, headers: { 'retry-after': '1' } } });
    const started = Date.now();
    const flavors = await c.flavors.list();
    expect(flavors.length).toBeGreaterThan(0);
    expect(proxy.count('GET', FLAVORS)).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('retries a GET on 429 with Retry-After as an HTTP date', async () => {
    const c = client();
    await c.compute.negotiate();
    const before = proxy.count('GET', FLAVORS);
    const at = new Date(Date.now() + 1000).toUTCString();
    proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, times: 1, fault: { type: 'respond', status: 429, headers: { 'retry-after': at } } });
    await c.flavors.list();
    expect(proxy.count('GET', FLAVORS) - before).toBe(2);
  });

  it('gives up after the bounded number of retries with a server_error', async () => {
    const c = client({ maxRetries: 2, maxRetryDelayMs: 50 });
    await c.compute.negotiate();
    const before = proxy.count('GET', FLAVORS);
    proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, fault: { type: 'respond', status: 503, body: '{"computeFault":{"code":503,"message":"busy"}}' } });
    await expect(c.flavors.list()).rejects.toMatchObject({ kind: 'server_error', status: 503 });
    expect(proxy.count('GET', FLAVORS) - before).toBe(3);
  });

  it('never repeats POST /servers: a 503 is reported, not retried', async () => {
    const c = client();
    await c.compute.negotiate();
    proxy.inject({ service: 'compute', method: 'POST', path: /\/servers$/, times: 1, fault: { type: 'respond', status: 503, headers: { 'retry-after': '0' } } });
    const body = { server: { name: `${RUN_PREFIX}-never-twice`, flavorRef: '999', imageRef: 'x', networks: 'none' } };
    await expect(c.compute.post('/servers', body)).rejects.toMatchObject({ kind: 'server_error', status: 503 });
    expect(proxy.count('POST', /\/servers$/)).toBe(1);
  });

  it('a GET whose connection drops after the request is retried; a POST is not', async () => {
    const c = client();
    await c.compute.negotiate();
    const before = proxy.count('GET', FLAVORS);
    proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, times: 1, fault: { type: 'drop-after-body' } });
    await c.flavors.list();
    expect(proxy.count('GET', FLAVORS) - before).toBe(2);

    const posts = proxy.count('POST', /\/os-keypairs$/);
    proxy.inject({ service: 'compute', method: 'POST', path: /\/os-keypairs$/, times: 1, fault: { type: 'drop-after-body' } });
    await expect(c.compute.post('/os-keypairs', { keypair: { name: `${RUN_PREFIX}-kp`, public_key: 'ssh-ed25519 AAAA' } })).rejects.toMatchObject({ kind: 'network' });
    expect(proxy.count('POST', /\/os-keypairs$/) - posts).toBe(1);
  });

  it('a second 401 in a row is unauthorized after exactly one re-auth', async () => {
    const c = client();
    await c.compute.negotiate();
    const auths = proxy.count('POST', /\/auth\/tokens$/);
    const unauthorized = '{"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}';
    proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, times: 2, fault: { type: 'respond', status: 401, body: unauthorized } });
    await expect(c.flavors.list()).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(proxy.count('POST', /\/auth\/tokens$/) - auths).toBe(1);
  });

  it('does not follow a redirect to another port, so the token never reaches it', async () => {
    const trapped: IncomingMessage[] = [];
    const trap = createServer((req, res) => (trapped.push(req), res.end('{}')));
    await new Promise<void>((r) => trap.listen(0, '127.0.0.1', r));
    const port = (trap.address() as AddressInfo).port;
    try {
      const c = client();
      await c.compute.negotiate();
      proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, times: 1, fault: { type: 'respond', status: 302, headers: { location: `http://127.0.0.1:${port}/steal` } } });
      const err = await c.flavors.list().catch((e: unknown) => e);
      expect(err).toMatchObject({ status: 302 });
      expect((err as Error).message).toMatch(/redirect.*not followed/);
      expect(trapped).toHaveLength(0);
    } finally {
      trap.close();
    }
  });

  it('caps the response size', async () => {
    const c = client({ maxResponseBytes: 1024 * 1024 });
    await c.compute.negotiate();
    proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, times: 1, fault: { type: 'oversized-body', bytes: 8 * 1024 * 1024 } });
    const err = await c.flavors.list().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'server_error' });
    expect((err as Error).message).toMatch(/exceeds 1048576 bytes/);
  });

  it('a body that stalls after the headers ends in a timeout', async () => {
    const c = client({ bodyTimeoutMs: 1000, maxRetries: 0 });
    await c.compute.negotiate();
    proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, times: 1, fault: { type: 'stall-after-headers' } });
    await expect(c.flavors.list()).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('an HTML error page becomes its text', async () => {
    const c = client({ maxRetries: 0 });
    await c.compute.negotiate();
    const html = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>The proxy could not reach nova-api.</body></html>';
    proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, times: 1, fault: { type: 'respond', status: 502, headers: { 'content-type': 'text/html' }, body: html } });
    const err = await c.flavors.list().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'server_error', status: 502 });
    expect((err as Error).message).toBe('The proxy could not reach nova-api.');
  });

  it('tolerates latency', async () => {
    const c = client();
    proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, times: 1, fault: { type: 'delay', ms: 1500 } });
    expect((await c.flavors.list()).length).toBeGreaterThan(0);
  });

  it('a DELETE retried after a dropped connection that then gets 404 is a success: the first attempt did it', async () => {
    const c = client();
    const name = `${RUN_PREFIX}-drop-del`;
    await c.keypairs.import({ name, publicKey: sshPublicKey() });
    const path = new RegExp(`/os-keypairs/${name}$`);
    // the real Nova deletes the key pair; the answer is lost on the way back
    proxy.inject({ service: 'compute', method: 'DELETE', path, times: 1, fault: { type: 'drop-after-upstream' } });
    await c.keypairs.delete(name);
    expect(proxy.seen.filter((r) => r.method === 'DELETE' && path.test(r.path)).map((r) => r.status)).toEqual([204, 404]);
    await expect(c.keypairs.get(name)).rejects.toMatchObject({ kind: 'not_found' });
    // on a first attempt, 404 is still not found
    await expect(c.keypairs.delete(name)).rejects.toMatchObject({ kind: 'not_found', status: 404 });
  });

  it('a Retry-After beyond the cap fails at once, saying how long the service asked to wait', { timeout: 20_000 }, async () => {
    const c = client();
    await c.compute.negotiate();
    const before = proxy.count('GET', FLAVORS);
    proxy.inject({ service: 'compute', method: 'GET', path: FLAVORS, fault: { type: 'respond', status: 429, headers: { 'retry-after': '120' }, body: '{"overLimit": {"code": 429, "message": "Over rate limit"}}' } });
    const started = Date.now();
    const err = await c.flavors.list().catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(err).toMatchObject({ kind: 'over_limit', status: 429 });
    expect((err as Error).message).toMatch(/^Over rate limit \(compute asked to wait 120 s before trying again, longer than the 30 s Novadesk waits/);
    expect(proxy.count('GET', FLAVORS) - before).toBe(1);
  });
});
