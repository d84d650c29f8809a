import { rootCertificates } from 'node:tls';
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function networkError(e: unknown, req: HttpRequest): OpenStackError {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  const where = `${req.method} ${redactUrl(req.url)}`;
  if (/TIMEOUT/.test(code)) return new OpenStackError('timeout', `${where} timed out (${code})`, { service: req.service });
  if (e instanceof OpenStackError) return e;
  return new OpenStackError('network', `${where} failed: ${code || err.message || String(e)}`, { service: req.service });
}

/**
 * One undici Agent per profile: keep-alive, timeouts, no redirects, a response size cap,
 * and bounded retries for idempotent requests only.
 */
export class HttpTransport {
  private readonly agent: Agent;
  private readonly o: typeof DEFAULTS & TransportOptions;

  constructor(options: TransportOptions = {}) {
    this.o = { ...DEFAULTS, ...options };
    const connect =
      this.o.verify === false
        ? { rejectUnauthorized: false, timeout: this.o.connectTimeoutMs }
        : this.o.caPem
          ? { ca: [...rootCertificates, this.o.caPem], timeout: this.o.connectTimeoutMs }
          : { timeout: this.o.connectTimeoutMs };
    this.agent = new Agent({
      keepAliveTimeout: 10_000,
      keepAliveMaxTimeout: 60_000,
      connections: 16,
      headersTimeout: this.o.headersTimeoutMs,
      bodyTimeout: this.o.bodyTimeoutMs,
      connect,
    });
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
    let r: Dispatcher.ResponseData;
    try {
      r = await undiciRequest(req.url, {
        dispatcher: this.agent,
        method: method as Dispatcher.HttpMethod,
        headers: {
          accept: 'application/json',
          ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...req.headers,
        },
        body: req.body,
        // a token must never follow a redirect (decision 7): undici's request does not follow by default
      });
    } catch (e) {
      this.o.log?.add({ ...base, elapsedMs: performance.now() - started, error: networkError(e, req).message });
      throw e;
    }
    let text: string;
    try {
      text = await readCapped(r.body, this.o.maxResponseBytes, req);
    } catch (e) {
      this.o.log?.add({ ...base, status: r.statusCode, elapsedMs: performance.now() - started, error: (e as Error).message });
      throw e;
    }
    const elapsedMs = performance.now() - started;
    const requestId = requestIdOf(r.headers);
    this.o.log?.add({ ...base, status: r.statusCode, elapsedMs, ...(requestId ? { requestId } : {}) });
    if (r.statusCode >= 300 && r.statusCode < 400) {
      throw new OpenStackError(
        'server_error',
        `${method} ${redactUrl(req.url)} answered ${r.statusCode} redirect to ${headerOf(r.headers, 'location') ?? '?'}; redirects are not followed so the token cannot leak`,
        { status: r.statusCode, service: req.service, ...(requestId ? { requestId } : {}) },
      );
    }
    return { status: r.statusCode, headers: r.headers, text, elapsedMs, requestId };
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}

export function headerOf(headers: HttpResponse['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function readCapped(body: Dispatcher.ResponseData['body'], max: number, req: HttpRequest): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > max) {
      body.destroy();
      throw new OpenStackError('server_error', `response to ${req.method} ${redactUrl(req.url)} exceeds ${max} bytes`, {
        service: req.service,
      });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
