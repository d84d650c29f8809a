import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../events.js';
import type { Router } from '../../ipc/router.js';
import type { EventStreamLimits } from './event-streams.js';
import { startBrowserHost, type BrowserHost } from './host.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-streams-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
writeFileSync(join(dir, 'bridge.js'), '');
const router: Router = { dispatch: async () => ({ ok: true, value: null }) };

let host: BrowserHost | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await host?.close();
});

async function start(limits: EventStreamLimits): Promise<{ host: BrowserHost; events: EventBus; cookie: string }> {
  const events = new EventBus();
  host = await startBrowserHost({ router, events, rendererDir: dir, bridgeFile: join(dir, 'bridge.js'), eventStreams: limits });
  const launch = await request(host.issueLaunchUrl());
  await launch.body.dump();
  return { host, events, cookie: String(launch.headers['set-cookie']).split(';')[0]! };
}

/** An /events client on a raw socket that reads nothing after the headers: a stuck page. */
async function stuckClient(h: BrowserHost, cookie: string): Promise<Socket> {
  const s = connect(h.port, '127.0.0.1');
  sockets.push(s);
  s.setNoDelay(true);
  s.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nCookie: ${cookie}\r\n\r\n`);
  await new Promise<void>((resolve) => s.once('data', () => resolve()));
  s.pause();
  return s;
}

/** Events large enough to fill both sockets' kernel buffers (several MB on loopback). */
function flood(events: EventBus, megabytes: number): void {
  const url = `http://x/${'a'.repeat(256 * 1024)}`;
  for (let i = 0; i < megabytes * 4; i++) {
    events.emit('log.entry', { seq: i, at: 'now', method: 'GET', url, service: 'compute', elapsedMs: 1, attempt: 1 });
  }
}

describe('/events streams', () => {
  it('caps concurrent streams: the one past the limit gets 503, a freed slot is reused', async () => {
    const { host: h, cookie } = await start({ maxStreams: 8 });
    const open = await Promise.all(Array.from({ length: 8 }, () => request(`${h.origin}/events`, { headers: { cookie } })));
    expect(open.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    await expect.poll(() => h.openStreams()).toBe(8);
    const ninth = await request(`${h.origin}/events`, { headers: { cookie } });
    expect(ninth.statusCode).toBe(503);
    await ninth.body.dump();

    open[0]!.body.destroy();
    await expect.poll(() => h.openStreams()).toBe(7);
    const again = await request(`${h.origin}/events`, { headers: { cookie } });
    expect(again.statusCode).toBe(200);
    again.body.destroy();
    for (const r of open.slice(1)) r.body.destroy();
  });

  it('drops a client whose socket stays backed up past the drain timeout', async () => {
    // a buffer limit too high to matter here: the timer alone must do it
    const { host: h, events, cookie } = await start({ drainTimeoutMs: 300, maxBufferedBytes: 1 << 30 });
    await stuckClient(h, cookie);
    await expect.poll(() => h.openStreams()).toBe(1);
    flood(events, 16);
    expect(h.openStreams()).toBe(1); // not before the timeout
    await expect.poll(() => h.openStreams(), { timeout: 3_000 }).toBe(0);
  });

  it('drops a client at once when its backlog passes the byte limit', async () => {
    const { host: h, events, cookie } = await start({ drainTimeoutMs: 60_000, maxBufferedBytes: 1024 * 1024 });
    await stuckClient(h, cookie);
    await expect.poll(() => h.openStreams()).toBe(1);
    flood(events, 16);
    expect(h.openStreams()).toBe(0);
  });

  it('keeps a client that reads, however much is sent', async () => {
    const { host: h, events, cookie } = await start({ drainTimeoutMs: 5_000, maxBufferedBytes: 1 << 30 });
    const r = await request(`${h.origin}/events`, { headers: { cookie } });
    let received = 0;
    r.body.on('data', (c: Buffer) => (received += c.length));
    await expect.poll(() => h.openStreams()).toBe(1);
    flood(events, 8);
    await expect.poll(() => received, { timeout: 10_000 }).toBeGreaterThan(8 * 1024 * 1024);
    expect(h.openStreams()).toBe(1);
    r.body.destroy();
  });
});
