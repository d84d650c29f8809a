import type { Readable } from 'node:stream';
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
import { OpenStackError, fromResponse, requestIdOf } from '../errors.js';
import { redactBodyText, redactUrl } from '../redact.js';
import type { RequestLog } from '../request-log.js';
import { ServerClock } from './server-clock.js';
import { IDEMPOTENT_METHODS, RETRY_STATUSES, asksTooLong, deletedByEarlierAttempt, parseRetryAfter, retryDelayMs } from './retry.js';
import { tlsConnectOptions } from './tls-options.js';
import type { TlsWarning } from '../../../shared/schemas/profile.js';

export interface TransportOptions {
  /** Profile id, recorded in the request log. */
  cloud?: string;
  log?: RequestLog;
  /** TLS: `verify: false` accepts any certificate; `caPem` is added to the trusted roots (tls-options.ts). */
  verify?: boolean;
  caPem?: string;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  /** the whole request, every attempt and wait included: a drip-fed body cannot keep it alive */
  deadlineMs?: number;
  maxResponseBytes?: number;
  maxRetries?: number;
  maxRetryDelayMs?: number;
  /** this machine's clock (tests set it wrong on purpose); the cloud's is learnt from its answers */
  now?: () => number;
}

export interface HttpRequest {
  method: string;
  url: string;
  service: string;
  headers?: Record<string, string>;
  /** JSON text; logged only after redaction. */
  body?: string;
}

/**
 * A transfer of raw bytes (an image's file): the body is opened anew for each attempt, so a
 * re-auth can replay it, and the answer's body is handed over as a stream when it succeeded.
 */
export interface HttpStreamRequest {
  method: string;
  url: string;
  service: string;
  headers?: Record<string, string>;
  body?: () => Readable;
  /** the user's cancel */
  signal?: AbortSignal;
}

/** `body` is the open stream of a 2xx answer; any other answer is read (capped) into `text`. */
export interface HttpStreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable | undefined;
  text: string;
  requestId: string | undefined;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  elapsedMs: number;
  requestId: string | undefined;
}

/** What an error message says about a request. */
type RequestFacts = Pick<HttpRequest, 'method' | 'url' | 'service'>;

const DEFAULTS = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 60_000,
  bodyTimeoutMs: 60_000,
  // One value for every method: GETs of long lists are the slowest answers a cloud gives, so
  // they get no less; the body timeout already ends a stalled one much sooner.
  deadlineMs: 120_000,
  maxResponseBytes: 64 * 1024 * 1024,
  maxRetries: 3,
  maxRetryDelayMs: 30_000,
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function networkError(e: unknown, req: RequestFacts, deadline?: { signal: AbortSignal; ms: number }): OpenStackError {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  const where = `${req.method} ${redactUrl(req.url)}`;
  if (deadline?.signal.aborted) {
    return new OpenStackError('timeout', `${where} did not complete within its ${deadline.ms / 1000} s deadline`, { service: req.service });
  }
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
  /** what the profile's TLS settings mean that the user may not expect (a CA file ignored) */
  readonly warnings: readonly TlsWarning[];
  /** each endpoint's clock, from the Date header of every answer */
  readonly clock: ServerClock;

  constructor(options: TransportOptions = {}) {
    this.o = { ...DEFAULTS, ...options };
    this.clock = new ServerClock(options.now);
    const tls = tlsConnectOptions({ verify: this.o.verify, caPem: this.o.caPem });
    this.warnings = tls.warnings;
    const connect = { ...tls.connect, timeout: this.o.connectTimeoutMs };
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
    const started = performance.now();
    const deadline = { signal: AbortSignal.timeout(this.o.deadlineMs), ms: this.o.deadlineMs };
    const timeLeft = () => this.o.deadlineMs - (performance.now() - started);
    // a dropped connection may have carried the request to the service before it dropped
    let earlierAttemptMayHaveArrived = false;
    for (let attempt = 1; ; attempt++) {
      let res: HttpResponse;
      try {
        res = await this.once(req, method, attempt, deadline);
      } catch (e) {
        // A reset on a reused keep-alive socket is safe to repeat for idempotent requests only.
        const err = networkError(e, req, deadline);
        const delay = retryDelayMs(attempt, undefined, this.o.maxRetryDelayMs);
        if (retryable && err.kind === 'network' && attempt <= this.o.maxRetries && delay < timeLeft()) {
          earlierAttemptMayHaveArrived = true;
          await sleep(delay);
          continue;
        }
        throw err;
      }
      if (deletedByEarlierAttempt(method, res.status, earlierAttemptMayHaveArrived)) {
        return { ...res, status: 204, text: '' };
      }
      if (RETRY_STATUSES.has(res.status)) {
        const after = parseRetryAfter(headerOf(res.headers, 'retry-after'));
        if (asksTooLong(after, this.o.maxRetryDelayMs)) throw this.waitRefused(req, method, res, after);
        const delay = retryDelayMs(attempt, after, this.o.maxRetryDelayMs);
        if (retryable && attempt <= this.o.maxRetries && delay < timeLeft()) {
          await sleep(delay);
          continue;
        }
      }
      return res;
    }
  }

  /** What every request-log entry of a request starts with. */
  private logBase(req: RequestFacts, method: string, attempt: number) {
    return { ...(this.o.cloud ? { cloud: this.o.cloud } : {}), at: new Date().toISOString(), method, url: redactUrl(req.url), service: req.service, attempt };
  }

  /** The service's own refusal, plus how long it asked us to wait and that we did not. */
  private waitRefused(req: HttpRequest, method: string, res: HttpResponse, afterMs: number): OpenStackError {
    const e = fromResponse({ ...res, bodyText: res.text, service: req.service, method, url: req.url });
    const asked = Math.ceil(afterMs / 1000);
    const message = `${e.message} (${req.service} asked to wait ${asked} s before trying again, longer than the ${this.o.maxRetryDelayMs / 1000} s Novadesk waits; try again later)`;
    return new OpenStackError(e.kind, message, e.toJSON());
  }

  private async once(req: HttpRequest, method: string, attempt: number, deadline: { signal: AbortSignal; ms: number }): Promise<HttpResponse> {
    const started = performance.now();
    const base = { ...this.logBase(req, method, attempt), ...(req.body ? { requestBody: redactBodyText(req.body) } : {}) };
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
        // aborts the connection and the body stream alike
        signal: deadline.signal,
        // a token must never follow a redirect (decision 7): undici's request does not follow by default
      });
    } catch (e) {
      this.o.log?.add({ ...base, elapsedMs: performance.now() - started, error: networkError(e, req, deadline).message });
      throw e;
    }
    this.clock.observe(req.url, headerOf(r.headers, 'date'));
    let text: string;
    try {
      text = await readCapped(r.body, this.o.maxResponseBytes, req);
    } catch (e) {
      const err = deadline.signal.aborted ? networkError(e, req, deadline) : e;
      this.o.log?.add({ ...base, status: r.statusCode, elapsedMs: performance.now() - started, error: (err as Error).message });
      throw err;
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

  /**
   * One attempt of a transfer (never retried: the caller decides, e.g. resuming with Range).
   * A multi-GiB body cannot meet the 120 s deadline, so none applies; instead the connect
   * timeout, the wait for the answer's headers, and an idle timeout between chunks
   * (`bodyTimeoutMs`) end a stalled transfer. Redirects are refused as for `send`.
   */
  async stream(req: HttpStreamRequest): Promise<HttpStreamResponse> {
    const method = req.method.toUpperCase();
    const started = performance.now();
    const base = this.logBase(req, method, 1);
    let r: Dispatcher.ResponseData;
    try {
      r = await undiciRequest(req.url, {
        dispatcher: this.agent,
        method: method as Dispatcher.HttpMethod,
        headers: { accept: 'application/json', ...req.headers },
        body: req.body?.(),
        ...(req.signal ? { signal: req.signal } : {}),
        headersTimeout: this.o.headersTimeoutMs,
        bodyTimeout: this.o.bodyTimeoutMs,
      });
    } catch (e) {
      const err = req.signal?.aborted ? cancelled(req) : networkError(e, req);
      this.o.log?.add({ ...base, elapsedMs: performance.now() - started, error: err.message });
      throw err;
    }
    this.clock.observe(req.url, headerOf(r.headers, 'date'));
    const requestId = requestIdOf(r.headers);
    // logged when the answer starts: an upload's body is sent by then, a download's follows
    this.o.log?.add({ ...base, status: r.statusCode, elapsedMs: performance.now() - started, ...(requestId ? { requestId } : {}) });
    if (r.statusCode >= 300 && r.statusCode < 400) {
      r.body.destroy();
      throw new OpenStackError('server_error', `${method} ${redactUrl(req.url)} answered ${r.statusCode} redirect; redirects are not followed so the token cannot leak`, {
        status: r.statusCode,
        service: req.service,
        ...(requestId ? { requestId } : {}),
      });
    }
    if (r.statusCode >= 200 && r.statusCode < 300) return { status: r.statusCode, headers: r.headers, body: r.body, text: '', requestId };
    const text = await readCapped(r.body, this.o.maxResponseBytes, req);
    return { status: r.statusCode, headers: r.headers, body: undefined, text, requestId };
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}

/** The user stopped a transfer: not a failure of the cloud. */
export function cancelled(req: RequestFacts): OpenStackError {
  return new OpenStackError('cancelled', `${req.method} ${redactUrl(req.url)} was cancelled`, { service: req.service });
}

export function headerOf(headers: HttpResponse['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function readCapped(body: Dispatcher.ResponseData['body'], max: number, req: RequestFacts): Promise<string> {
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
