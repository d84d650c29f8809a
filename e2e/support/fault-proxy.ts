/**
 * A loopback proxy in front of the REAL local cloud that can inject faults: statuses with
 * Retry-After, latency, a connection dropped after the request body, a stall after the
 * headers, oversized or HTML bodies, redirects, and the cloud's own JSON answer changed in
 * place (a state the cloud holds too briefly to test). One listener per service; the Keystone
 * listener rewrites the catalog so that every service call goes through the proxy too.
 * It forwards everything it is not told to break, and counts what passes.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Service = 'identity' | 'compute' | 'image' | 'network' | 'placement';
const UPSTREAM: Record<Service, number> = { identity: 5000, compute: 8774, image: 9292, network: 9696, placement: 8778 };

export interface SeenRequest {
  service: Service;
  method: string;
  path: string;
  status?: number;
  faulted: boolean;
}

export type Fault =
  | { type: 'respond'; status: number; headers?: Record<string, string>; body?: string }
  | { type: 'delay'; ms: number }
  | { type: 'drop-after-body' }
  | { type: 'drop-after-upstream' }
  | { type: 'stall-after-headers' }
  | { type: 'oversized-body'; bytes: number }
  /** forwards, then hands the upstream's JSON body to `json` and sends what it returns */
  | { type: 'rewrite'; json: (body: unknown) => unknown };

export interface FaultRule {
  service?: Service;
  method?: string;
  path?: RegExp;
  /** how many matching requests to break; then the rule stops matching */
  times?: number;
  fault: Fault;
}

export class FaultProxy {
  readonly seen: SeenRequest[] = [];
  private rules: (FaultRule & { left: number })[] = [];
  private readonly servers = new Map<Service, Server>();
  private readonly ports = new Map<Service, number>();
  private readonly sockets = new Set<import('node:net').Socket>();

  /**
   * `stampDate: false` passes on only the cloud's own Date header (Node adds one from this
   * machine's clock otherwise): for tests that set this machine's clock wrong on purpose.
   */
  static async start(opts: { stampDate?: boolean } = {}): Promise<FaultProxy> {
    const p = new FaultProxy();
    for (const service of Object.keys(UPSTREAM) as Service[]) {
      const server = createServer((req, res) => {
        res.sendDate = opts.stampDate ?? true;
        p.handle(service, req, res).catch((e: unknown) => {
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`fault proxy: upstream failed: ${String(e)}`);
        });
      });
      server.on('connection', (s) => {
        p.sockets.add(s);
        s.on('close', () => p.sockets.delete(s));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      p.servers.set(service, server);
      p.ports.set(service, (server.address() as AddressInfo).port);
    }
    return p;
  }

  get authUrl(): string {
    return `http://127.0.0.1:${this.ports.get('identity')}/v3`;
  }

  inject(rule: FaultRule): void {
    this.rules.push({ ...rule, left: rule.times ?? Infinity });
  }

  clearFaults(): void {
    this.rules = [];
  }

  count(method: string, path: RegExp, service?: Service): number {
    return this.seen.filter((r) => r.method === method && path.test(r.path) && (!service || r.service === service)).length;
  }

  private take(service: Service, method: string, path: string): Fault | undefined {
    const rule = this.rules.find(
      (r) => r.left > 0 && (!r.service || r.service === service) && (!r.method || r.method === method) && (!r.path || r.path.test(path)),
    );
    if (!rule) return undefined;
    rule.left--;
    return rule.fault;
  }

  private async handle(service: Service, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const body = await readAll(req);
    const fault = this.take(service, method, path);
    const record: SeenRequest = { service, method, path, faulted: Boolean(fault) };
    this.seen.push(record);

    if (fault?.type === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
    if (fault?.type === 'drop-after-body') {
      req.socket.destroy();
      return;
    }
    if (fault?.type === 'respond') {
      record.status = fault.status;
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(fault.body ?? '');
      return;
    }
    if (fault?.type === 'stall-after-headers') {
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"servers": [');
      return; // never finishes: the client's body timeout must fire
    }
    if (fault?.type === 'oversized-body') {
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let sent = 0; sent < fault.bytes && !res.destroyed; sent += chunk.length) {
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
      }
      res.end();
      return;
    }

    const upstream = await forward(UPSTREAM[service], method, path, req.headers, body);
    if (fault?.type === 'drop-after-upstream') {
      // the cloud did the work, but the client never hears about it
      record.status = upstream.status;
      req.socket.destroy();
      return;
    }
    let out = upstream.body;
    if (fault?.type === 'rewrite' && String(upstream.headers['content-type'] ?? '').includes('json')) {
      out = Buffer.from(JSON.stringify(fault.json(JSON.parse(out.toString('utf8')))));
    }
    // catalogs, next links and version documents all name the real ports
    if (String(upstream.headers['content-type'] ?? '').includes('json')) out = Buffer.from(this.rewriteCatalog(out.toString('utf8')));
    const headers: Record<string, string | string[]> = { ...upstream.headers, 'content-length': String(out.length) };
    delete headers['transfer-encoding'];
    delete headers['connection'];
    record.status = upstream.status;
    res.writeHead(upstream.status, headers);
    res.end(out);
  }

  private rewriteCatalog(text: string): string {
    let out = text;
    for (const [service, port] of Object.entries(UPSTREAM) as [Service, number][]) {
      out = out.replaceAll(`http://127.0.0.1:${port}`, `http://127.0.0.1:${this.ports.get(service)}`);
    }
    return out;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await Promise.all([...this.servers.values()].map((s) => new Promise((r) => s.close(r))));
  }
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forward(
  port: number,
  method: string,
  path: string,
  headers: IncomingMessage['headers'],
  body: Buffer,
): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const h: Record<string, string | string[] | undefined> = { ...headers, host: `127.0.0.1:${port}` };
    delete h.connection;
    delete h['keep-alive'];
    // a fresh connection per request: uwsgi closes after each response, and reusing a
    // socket it just closed would be the proxy's own fault, not an injected one
    const up = httpRequest({ host: '127.0.0.1', port, method, path, headers: h, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 502, headers: res.headers as Record<string, string | string[]>, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    up.on('error', reject);
    up.end(body);
  });
}
