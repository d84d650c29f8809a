import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultProxy } from '../../e2e/support/fault-proxy.js';
import { passwordAuth } from '../../e2e/support/local-cloud.js';
import { CloudClient } from './cloud-client.js';

// The real Nova behind the fault proxy, its flavors_links rewritten to a listener on another
// port (reliability case 28): that listener must never be asked, so it never sees the token.
describe('a next link on another origin (reliability case 28)', () => {
  let proxy: FaultProxy;
  let client: CloudClient;
  const trapped: IncomingMessage[] = [];
  const trap = createServer((req, res) => (trapped.push(req), res.end('{"flavors": []}')));

  beforeAll(async () => {
    proxy = await FaultProxy.start();
    await new Promise<void>((r) => trap.listen(0, '127.0.0.1', r));
    client = new CloudClient({ auth: { ...passwordAuth('local-demo'), authUrl: proxy.authUrl }, region: 'RegionOne' });
  });
  afterAll(async () => {
    await client.close();
    await proxy.close();
    trap.close();
  });

  it('stops with an error naming the link, and the other listener gets no request', async () => {
    const foreign = `http://127.0.0.1:${(trap.address() as AddressInfo).port}/v2.1/flavors/detail?marker=1`;
    proxy.inject({
      service: 'compute',
      method: 'GET',
      path: /\/flavors\/detail/,
      times: 1,
      fault: { type: 'rewrite', json: (body) => ({ ...(body as object), flavors_links: [{ rel: 'next', href: foreign }] }) },
    });
    const err = await client.flavors.list().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'server_error', service: 'compute' });
    expect((err as Error).message).toContain(foreign);
    expect(trapped).toHaveLength(0);
  });
});
