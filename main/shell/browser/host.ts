import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { EventBus } from '../../events.js';
import type { Router } from '../../ipc/router.js';
import { CONTENT_SECURITY_POLICY } from '../csp.js';
import { CONSOLE_PATH, type ConsoleLinks } from './console-links.js';
import { EventStreams, type EventStreamLimits } from './event-streams.js';
import { LaunchCodes, LAUNCH_CODE_TTL_MS } from './launch-codes.js';
import { defaultPeerCheck, type PeerCheck } from './peer-uid.js';
import { SESSION_COOKIE, cookieValue, originAllowed, sameSecret } from './security.js';
import { injectBridge, staticFile } from './static-files.js';

export interface BrowserHostOptions {
  router: Router;
  /** what the host pushes on /events (the app's bus, or one that forwards it once the app is up) */
  events: Pick<EventBus, 'subscribe'>;
  /** the built renderer (dist/renderer) */
  rendererDir: string;
  /** the built bridge script (dist/browser-bridge/bridge.js) */
  bridgeFile: string;
  port?: number;
  maxBodyBytes?: number;
  /** how long a launch code lives after it is issued (default 30 s) */
  launchCodeTtlMs?: number;
  /** the clock launch codes expire by (tests move it instead of sleeping) */
  now?: () => number;
  /** called each time a launch code buys the cookie (the CLI then removes its launch page) */
  onLaunchRedeemed?: () => void;
  /** who may connect; default on Linux: our own uid only (/proc/net/tcp). `false`: anyone local */
  peerCheck?: PeerCheck | false;
  eventStreams?: EventStreamLimits;
  /** the console URLs main keeps behind one-time `/console/<nonce>` links */
  consoleLinks?: Pick<ConsoleLinks, 'redeem'>;
}

export interface BrowserHost {
  origin: string;
  port: number;
  /**
   * A fresh one-time link that exchanges its code for the session cookie. It retires any
   * earlier link and expires after `launchCodeTtlMs`. Never put it on a command line.
   */
  issueLaunchUrl(): string;
  /** open /events streams (for tests and diagnostics) */
  openStreams(): number;
  close(): Promise<void>;
}

const BRIDGE_PATH = '/novadesk-bridge.js';

/**
 * Where Electron cannot start: the built renderer and the same router on 127.0.0.1, behind a
 * per-run session secret (an HttpOnly cookie obtained through a one-time launch code),
 * with peer-uid, Host and Origin checks and a server-sent-events channel for events.
 */
export async function startBrowserHost(o: BrowserHostOptions): Promise<BrowserHost> {
  const session = randomBytes(32).toString('base64url');
  const codes = new LaunchCodes(o.launchCodeTtlMs ?? LAUNCH_CODE_TTL_MS, o.now);
  const maxBody = o.maxBodyBytes ?? 16 * 1024 * 1024;
  const streams = new EventStreams(o.eventStreams);
  const peerCheck = o.peerCheck === false ? undefined : (o.peerCheck ?? defaultPeerCheck());
  const peerVerdicts = new WeakMap<Socket, Promise<boolean>>();
  let port = 0;

  const unsubscribe = o.events.subscribe((event, payload) => streams.send(event, payload));

  const baseHeaders = {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  };
  const send = (res: ServerResponse, status: number, body: string | Buffer, type = 'application/json', extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...baseHeaders, 'content-type': type, ...extra });
    res.end(body);
  };

  /** One verdict per connection, asked on its first request: every request is covered. */
  function peerAllowed(socket: Socket): Promise<boolean> {
    if (!peerCheck) return Promise.resolve(true);
    let verdict = peerVerdicts.get(socket);
    if (!verdict) {
      verdict = peerCheck(socket).catch(() => false);
      peerVerdicts.set(socket, verdict);
    }
    return verdict;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!(await peerAllowed(req.socket))) {
      res.shouldKeepAlive = false;
      return send(res, 403, 'refused: this connection is not from the user running Novadesk', 'text/plain');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const allowed = originAllowed(req, port, url.pathname);
    if (!allowed.ok) return send(res, 403, JSON.stringify({ error: `refused: ${allowed.reason}` }));

    if (url.pathname === '/launch') {
      if (!codes.redeem(url.searchParams.get('code') ?? undefined)) {
        return send(res, 403, 'This launch link was already used, has expired or is wrong. Start Novadesk again.', 'text/plain');
      }
      o.onLaunchRedeemed?.();
      // A page that moves on, not a 302: when the link came from our file:// launch page, the
      // navigation is cross-site, and Chromium would not send a SameSite=Strict cookie on a
      // redirect of it. A navigation this page starts is same-site, so the cookie goes along.
      return send(res, 200, '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/"><title>Novadesk</title><a href="/">Open Novadesk</a>\n', 'text/html; charset=utf-8', {
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

    if (url.pathname.startsWith(CONSOLE_PATH) && req.method === 'GET') {
      const target = o.consoleLinks?.redeem(url.pathname.slice(CONSOLE_PATH.length));
      if (!target) return send(res, 410, 'This console link was already used or has expired: open the console again from Novadesk.', 'text/plain');
      // the console's own page must not learn where it was opened from; the link is spent now
      res.writeHead(302, { ...baseHeaders, location: target });
      res.end();
      return;
    }

    if (url.pathname === '/events' && req.method === 'GET') {
      streams.open(res, baseHeaders);
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
  await new Promise<void>((resolve, reject) => {
    // EADDRINUSE, EACCES: the caller says so and stops, instead of an unhandled 'error' event
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    issueLaunchUrl: () => `${origin}/launch?code=${codes.issue()}`,
    openStreams: () => streams.size,
    async close() {
      unsubscribe();
      streams.closeAll();
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
