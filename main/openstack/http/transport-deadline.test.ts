import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpTransport } from './transport.js';

// A loopback server that answers at once and then drips its body one byte every 100 ms: no
// gap ever reaches the body timeout, and the body never reaches the size cap (a fault source,
// not a stand-in for a service).
let server: Server;
let url: string;
const open = new Set<import('node:net').Socket>();

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"servers": [');
    const drip = setInterval(() => res.write(' '), 100);
    res.on('close', () => clearInterval(drip));
  });
  server.on('connection', (s) => (open.add(s), s.on('close', () => open.delete(s))));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2.1/servers/detail`;
});
afterAll(async () => {
  for (const s of open) s.destroy();
  await new Promise((r) => server.close(r));
});

describe('one overall deadline per request (issue 12 item 11b)', () => {
  it('ends a drip-fed body at the deadline with a timeout naming it', { timeout: 8000 }, async () => {
    const t = new HttpTransport({ deadlineMs: 1500, bodyTimeoutMs: 60_000, maxRetries: 3 });
    const started = Date.now();
    const err = await t.send({ method: 'GET', url, service: 'compute' }).catch((e: unknown) => e);
    const took = Date.now() - started;
    await t.close();
    expect(err).toMatchObject({ kind: 'timeout', service: 'compute' });
    expect((err as Error).message).toMatch(/did not complete within its 1\.5 s deadline/);
    // not retried: the deadline covers every attempt
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(3000);
  });
});
