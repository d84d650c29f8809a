import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import type { EventBus } from '../../events.js';
import type { Router } from '../../ipc/router.js';
import { CONTENT_SECURITY_POLICY } from '../csp.js';
import { SESSION_COOKIE, cookieValue, originAllowed, sameSecret } from './security.js';
import { injectBridge, staticFile } from './static-files.js';

export interface BrowserHostOptions {
  router: Router;
  events: EventBus;
  /** the built renderer (dist/renderer) */
  rendererDir: string;
  /** the built bridge script (dist/browser-bridge/bridge.js) */
  bridgeFile: string;
  port?: number;
  maxBodyBytes?: number;
}

export interface BrowserHost {
  /** One-time URL: exchanges its code for a session cookie, then is useless. */
  launchUrl: string;
  origin: string;
  port: number;
  close(): Promise<void>;
}

const BRIDGE_PATH = '/novadesk-bridge.js';

/**
 * Where Electron cannot start: the built renderer and the same router on 127.0.0.1, behind a
 * per-run session secret (an HttpOnly cookie obtained once through a one-time launch code),
 * with Host and Origin checks and a server-sent-events channel for events.
 */
export async function startBrowserHost(o: BrowserHostOptions): Promise<BrowserHost> {
  const session = randomBytes(32).toString('base64url');
  let launchCode: string | undefined = randomBytes(24).toString('base64url');
  const maxBody = o.maxBodyBytes ?? 16 * 1024 * 1024;
  const streams = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = o.events.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const s of streams) s.write(frame);
  });

  const send = (res: ServerResponse, status: number, body: string | Buffer, type = 'application/json', extra: Record<string, string> = {}) => {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      ...extra,
    });
    res.end(body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowed = originAllowed(req, port);
    if (!allowed.ok) return send(res, 403, JSON.stringify({ error: `refused: ${allowed.reason}` }));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === '/launch') {
      if (!launchCode || !sameSecret(url.searchParams.get('code') ?? undefined, launchCode)) {
        return send(res, 403, 'This launch link was already used or is wrong. Start Novadesk again.', 'text/plain');
      }
      launchCode = undefined;
      return send(res, 302, '', 'text/plain', {
        location: '/',
        'set-cookie': `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (!sameSecret(cookieValue(req, SESSION_COOKIE), session)) {
      return send(res, 401, 'Not signed in: open the launch link Novadesk printed.', 'text/plain');
    }

    if (url.pathname.startsWith('/ipc/') && req.method === 'POST') {
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, JSON.stringify({ ok: false, error: { kind: 'validation', message: 'JSON only', field: '(body)' } }));
      }
      const text = await readBody(req, maxBody);
      if (text === undefined) {
        return send(res, 413, JSON.stringify({ ok: false, error: { kind: 'validation', message: `body larger than ${maxBody} bytes`, field: '(body)' } }));
      }
      let input: unknown;
      try {
        input = text ? JSON.parse(text) : undefined;
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: { kind: 'validation', message: 'body is not JSON', field: '(body)' } }));
      }
      const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
      return send(res, 200, JSON.stringify(await o.router.dispatch(channel, input)));
    }

    if (url.pathname === '/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }

    if (req.method !== 'GET') return send(res, 405, 'GET only', 'text/plain');
    if (url.pathname === BRIDGE_PATH) return send(res, 200, await readFile(o.bridgeFile), 'text/javascript; charset=utf-8');
    const file = await staticFile(o.rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return send(res, 404, 'not found', 'text/plain');
    const body = url.pathname === '/' || url.pathname === '/index.html' ? Buffer.from(injectBridge(file.body.toString('utf8'), BRIDGE_PATH)) : file.body;
    return send(res, 200, body, file.type);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { kind: 'internal', message: 'host error' } }));
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(o.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    launchUrl: `${origin}/launch?code=${launchCode}`,
    async close() {
      unsubscribe();
      for (const s of streams) s.end();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
