import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FaultProxy } from '../../../e2e/support/fault-proxy.js';
import { RUN_PREFIX, clientFor, sessionOptions } from '../../../e2e/support/local-cloud.js';
import { NANO, deleteServers, imageId } from '../../../e2e/support/server-fixtures.js';
import { CloudClient } from '../cloud-client.js';

// Recovery of a launch whose answer is lost, with this machine's clock set fast on purpose
// (Date faked for the whole process, advancing in real time): the search window comes from the
// cloud's clock, so the real Nova's new server is still found (issue 12 item 12). The proxy
// stamps no Date of its own: it would be this machine's (fast) one.
const P = `${RUN_PREFIX}-clk`;
const demo = clientFor('local-demo');
let proxy: FaultProxy;
let image: string;
const clients: CloudClient[] = [];

beforeAll(async () => {
  proxy = await FaultProxy.start({ stampDate: false });
  image = await imageId(demo);
});
afterAll(async () => {
  try {
    await deleteServers(demo, P);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await proxy.close();
    await demo.close();
  }
});

describe('launch recovery in the cloud’s time', () => {
  afterEach(() => vi.useRealTimers());

  it.each([
    ['5 s', 5_000],
    ['60 s', 60_000],
  ])('finds the server when the answer is lost and our clock is %s fast', async (label, skewMs) => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: Date.now() + skewMs });
    const fast = new CloudClient(sessionOptions('local-demo', { auth: { ...sessionOptions('local-demo').auth, authUrl: proxy.authUrl } }));
    clients.push(fast);
    await fast.compute.negotiate();
    const name = `${P}-${label.replace(' ', '')}`;
    proxy.inject({ service: 'compute', method: 'POST', path: /\/servers$/, times: 1, fault: { type: 'drop-after-upstream' } });
    const c = await fast.servers.create({ name, imageRef: image, flavorRef: NANO, networks: 'none' });
    expect(c.recoveredFrom).toBe('network');
    expect((await demo.servers.get(c.id as string)).name).toBe(name);
  });
});
