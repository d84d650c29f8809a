import { WebSocket } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import { bootActive, deleteServers } from '../../../e2e/support/server-fixtures.js';
import { isOpenStackError } from '../errors.js';

// The local cloud serves noVNC consoles for real (e2e/cloud/README.md): nova-novncproxy on
// 127.0.0.1:6080 in front of x11vnc on an Xvfb display. A console URL is only worth something
// if the proxy accepts its token and a VNC server answers behind it.
const P = `${RUN_PREFIX}-rconsole`;
const demo = clientFor('local-demo');
let id: string;

beforeAll(async () => {
  id = await bootActive(demo, `${P}-vm`);
});

afterAll(async () => {
  try {
    await deleteServers(demo, P);
  } finally {
    await demo.close();
  }
});

/** The first message the proxy relays: the VNC server's RFB version greeting. */
function firstMessage(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, ['binary']);
    ws.binaryType = 'arraybuffer';
    const timer = setTimeout(() => {
      ws.close();
      reject(new Error('no message from the console proxy within 20 s'));
    }, 20_000);
    ws.onmessage = (m) => {
      clearTimeout(timer);
      ws.close();
      resolve(Buffer.from(m.data as ArrayBuffer).toString('latin1'));
    };
    ws.onclose = () => {
      clearTimeout(timer);
      reject(new Error('the console proxy closed the connection before any message'));
    };
  });
}

/** noVNC's page takes the websocket path (with the token) in its `path` parameter. */
function websocketUrl(consoleUrl: string): string {
  const page = new URL(consoleUrl);
  const path = page.searchParams.get('path');
  if (!path) throw new Error(`no path parameter in the console URL's query (${page.search.length} chars)`);
  return `ws://${page.host}/${path.replace(/^\//, '')}`;
}

describe('remote console', () => {
  it('a noVNC console URL reaches a VNC server through the proxy', async () => {
    const rc = await demo.servers.remoteConsole(id);
    expect(rc).toMatchObject({ protocol: 'vnc', type: 'novnc' });
    expect(rc.url).toMatch(/^http:\/\/127\.0\.0\.1:6080\/vnc_lite\.html\?path=/);
    expect(await firstMessage(websocketUrl(rc.url))).toBe('RFB 003.008\n');
  });

  it('the proxy refuses a token Nova did not issue', async () => {
    const rc = await demo.servers.remoteConsole(id);
    const forged = websocketUrl(rc.url).replace(/token=[^&]+/, 'token=00000000-0000-4000-8000-000000000000');
    await expect(firstMessage(forged)).rejects.toThrow(/closed the connection/);
  });

  it('a console type the cloud does not offer is refused with Nova’s reason', async () => {
    // [spice] is not enabled in the local cloud
    const err = await demo.servers.remoteConsole(id, 'spice', 'spice-html5').catch((e: unknown) => e);
    expect(isOpenStackError(err)).toBe(true);
    expect(err).toMatchObject({ kind: 'bad_request', status: 400, message: expect.stringContaining('Unavailable console type spice-html5') });
  });
});
