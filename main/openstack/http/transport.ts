import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { OpenStackError, requestIdOf } from '../errors.js';
import { redactBodyText, redactUrl } from '../redact.js';
import type { RequestLog } from '../request-log.js';
import { IDEMPOTENT_METHODS, RETRY_STATUSES, parseRetryAfter, retryDelayMs } from './retry.js';

export interface TransportOptions {
  /** Profile id, recorded in the request log. */
  cloud?: string;
  log?: RequestLog;
  /** TLS: `verify: false` accepts any certificate; `caPem` is added to the system roots. */
  verify?: boolean;
  caPem?: string;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  maxResponseBytes?: number;
  maxRetries?: number;
  maxRetryDelayMs?: number;
}

export interface HttpRequest {
  method: string;
  url: string;
  service: string;
  headers?: Record<string, string>;
  /** JSON text; logged only after redaction. */
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  elapsedMs: number;
  requestId: string | undefined;
}

const DEFAULTS = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 60_000,
  bodyTimeoutMs: 60_000,
  maxResponseBytes: 64 * 1024 * 1024,
  maxRetries: 3,
  maxRetryDelayMs: 30_000,
};

/** How long an idle kept-alive socket is kept (undici's keepAliveTimeout before). */
const KEEP_ALIVE_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function networkError(e: unknown, req: HttpRequest): OpenStackError {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  const where = `${req.method} ${redactUrl(req.url)}`;
  if (/TIMEOUT/.test(code)) return new OpenStackError('timeout', `${where} timed out (${code})`, { service: req.service });
  if (e instanceof OpenStackError) return e;
  return new OpenStackError('network', `${where} failed: ${code || err.message || String(e)}`, { service: req.service });
}

/** A timeout of ours, named like Node's own (ETIMEDOUT) so networkError sees TIMEOUT in the code. */
function timeoutError(code: string, what: string, ms: number): Error {
  return Object.assign(new Error(`no ${what} within ${ms} ms`), { code });
}

/**
 * One keep-alive agent per profile (and scheme): timeouts, no redirects, a response size cap,
 * and bounded retries for idempotent requests only.
 *
 * Node's own http client, not undici: its parser is built into Node, while undici's is
 * WebAssembly that V8 compiles (and optimises on background threads) in every new process.
 * That cost 0.3–0.4 s of CPU per process on the 2-core machine the cloud shares, about a
 * third of a one-shot `list servers` (bench/results.md, B1), and the app pays it at start.
 */
export class HttpTransport {
  private readonly agents: { http: http.Agent; https: https.Agent };
  private readonly inFlight = new Set<Promise<Exchange>>();
  private readonly o: typeof DEFAULTS & TransportOptions;

  constructor(options: TransportOptions = {}) {
    this.o = { ...DEFAULTS, ...options };
    const tls = this.o.verify === false ? { rejectUnauthorized: false } : this.o.caPem ? { ca: [...rootCertificates, this.o.caPem] } : {};
    // `timeout` closes a socket idle that long in the free list (a busy one only gets an event, which nothing here listens to)
    const pool = { keepAlive: true, maxSockets: 16, timeout: KEEP_ALIVE_MS };
    this.agents = { http: new http.Agent(pool), https: new https.Agent({ ...pool, ...tls }) };
  }

  async send(req: HttpRequest): Promise<HttpResponse> {
    const method = req.method.toUpperCase();
    const retryable = IDEMPOTENT_METHODS.has(method);
    for (let attempt = 1; ; attempt++) {
      let res: HttpResponse;
      try {
        res = await this.once(req, method, attempt);
      } catch (e) {
        // A reset on a reused keep-alive socket is safe to repeat for idempotent requests only.
        const err = networkError(e, req);
        if (retryable && err.kind === 'network' && attempt <= this.o.maxRetries) {
          await sleep(retryDelayMs(attempt, undefined, this.o.maxRetryDelayMs));
          continue;
        }
        throw err;
      }
      if (retryable && RETRY_STATUSES.has(res.status) && attempt <= this.o.maxRetries) {
        const after = parseRetryAfter(headerOf(res.headers, 'retry-after'));
        await sleep(retryDelayMs(attempt, after, this.o.maxRetryDelayMs));
        continue;
      }
      return res;
    }
  }

  private async once(req: HttpRequest, method: string, attempt: number): Promise<HttpResponse> {
    const started = performance.now();
    const base = {
      ...(this.o.cloud ? { cloud: this.o.cloud } : {}),
      at: new Date().toISOString(),
      method,
      url: redactUrl(req.url),
      service: req.service,
      attempt,
      ...(req.body ? { requestBody: redactBodyText(req.body) } : {}),
    };
    let r: Exchange;
    const exchange = this.exchange(req, method);
    this.inFlight.add(exchange);
    try {
      r = await exchange;
    } catch (e) {
      const status = (e as { [STATUS]?: number })[STATUS];
      this.o.log?.add({ ...base, ...(status ? { status } : {}), elapsedMs: performance.now() - started, error: networkError(e, req).message });
      throw e;
    } finally {
      this.inFlight.delete(exchange);
    }
    const elapsedMs = performance.now() - started;
    const requestId = requestIdOf(r.headers);
    this.o.log?.add({ ...base, status: r.status, elapsedMs, ...(requestId ? { requestId } : {}) });
    if (r.status >= 300 && r.status < 400) {
      throw new OpenStackError(
        'server_error',
        `${method} ${redactUrl(req.url)} answered ${r.status} redirect to ${headerOf(r.headers, 'location') ?? '?'}; redirects are not followed so the token cannot leak`,
        { status: r.status, service: req.service, ...(requestId ? { requestId } : {}) },
      );
    }
    return { status: r.status, headers: r.headers, text: r.text, elapsedMs, requestId };
  }

  /**
   * One request and its whole body. Node's client never follows a redirect (decision 7). The
   * timers: connect (until the socket is connected), headers (from then until the status
   * line and headers), body (the longest pause between two body chunks).
   */
  private exchange(req: HttpRequest, method: string): Promise<Exchange> {
    const url = new URL(req.url);
    const client = url.protocol === 'https:' ? https : http;
    const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
    const headers = {
      accept: 'application/json',
      // a length, never chunked: uwsgi in front of the OpenStack APIs reads no chunked bodies
      ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}),
      ...req.headers,
    };
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      let done = false;
      const finish = (e: Error | undefined, value?: Exchange) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (e) {
          request.destroy();
          reject(e);
        } else resolve(value!);
      };
      const arm = (ms: number, code: string, what: string) => {
        clearTimeout(timer);
        timer = setTimeout(() => finish(timeoutError(code, what, ms)), ms);
      };
      const request = client.request(url, { method, headers, agent: url.protocol === 'https:' ? this.agents.https : this.agents.http }, (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        // the status goes to the request log, not onto the error
        const onBodyError = (e: Error) => finish(Object.assign(e, { [STATUS]: status }));
        arm(this.o.bodyTimeoutMs, 'ND_BODY_TIMEOUT', `response body data (${method} ${redactUrl(req.url)})`);
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > this.o.maxResponseBytes) {
            const max = this.o.maxResponseBytes;
            return onBodyError(new OpenStackError('server_error', `response to ${req.method} ${redactUrl(req.url)} exceeds ${max} bytes`, { service: req.service }));
          }
          chunks.push(chunk);
          arm(this.o.bodyTimeoutMs, 'ND_BODY_TIMEOUT', `response body data (${method} ${redactUrl(req.url)})`);
        });
        res.on('end', () => finish(undefined, { status, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', onBodyError);
        // the connection closed before the body was complete
        res.on('aborted', () => onBodyError(Object.assign(new Error('the response ended early'), { code: 'ECONNRESET' })));
      });
      request.on('error', (e) => finish(e));
      arm(this.o.connectTimeoutMs, 'ND_CONNECT_TIMEOUT', 'connection');
      request.on('socket', (socket) => {
        const connected = () => arm(this.o.headersTimeoutMs, 'ND_HEADERS_TIMEOUT', 'response headers');
        // a kept-alive socket is connected already
        if (socket.connecting) socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
        else connected();
      });
      request.end(body);
    });
  }

  /** Lets the requests in flight finish (as undici's Agent.close did), then closes every socket. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}

/** The HTTP status of a response whose body then failed, for the request log. */
const STATUS = Symbol('status');

interface Exchange {
  status: number;
  headers: HttpResponse['headers'];
  text: string;
}

export function headerOf(headers: HttpResponse['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}
