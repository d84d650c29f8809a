import type { HttpResponse, HttpStreamRequest, HttpStreamResponse } from './http/transport.js';
import type { Session } from './session.js';

export type Query = Record<string, string | number | boolean | string[] | undefined>;

export function withQuery(url: string, query: Query = {}): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const item of v) u.searchParams.append(k, item);
    else u.searchParams.set(k, String(v));
  }
  return u.toString();
}

/** Ids go into URL paths encoded, so an id can never change the path or the query. */
export function pathSegment(id: string): string {
  return encodeURIComponent(id);
}

/**
 * A session bound to one service's endpoint (≈ keystoneauth Adapter). `versionPath` is
 * appended when the catalog URL has no version (Glance `/v2`, Neutron `/v2.0`).
 */
export class ServiceClient {
  private base: Promise<string> | undefined;

  constructor(
    readonly session: Session,
    readonly serviceType: string,
    private readonly versionPath = '',
    private readonly extraHeaders: () => Promise<Record<string, string>> = async () => ({}),
  ) {}

  endpoint(): Promise<string> {
    this.base ??= this.session.endpoint(this.serviceType).then((url) => {
      if (!this.versionPath || url.endsWith(this.versionPath)) return url;
      return url + this.versionPath;
    });
    // a failed lookup is not cached: the next call asks again
    this.base.catch(() => {
      this.base = undefined;
    });
    return this.base;
  }

  async url(path: string, query?: Query): Promise<string> {
    return withQuery((await this.endpoint()) + path, query);
  }

  async send(method: string, urlOrPath: string, body?: unknown, query?: Query, headers?: Record<string, string>): Promise<HttpResponse> {
    const url = /^https?:\/\//.test(urlOrPath) ? withQuery(urlOrPath, query) : await this.url(urlOrPath, query);
    return this.session.request({
      service: this.serviceType,
      method,
      url,
      headers: { ...(await this.extraHeaders()), ...headers },
      ...(body !== undefined ? { body } : {}),
    });
  }

  /** A raw-bytes transfer (Session.stream) on this service's endpoint. */
  async stream(method: string, path: string, opts: Pick<HttpStreamRequest, 'body' | 'headers' | 'signal'> = {}): Promise<HttpStreamResponse> {
    return this.session.stream({
      service: this.serviceType,
      method,
      url: await this.url(path),
      ...opts,
      headers: { ...(await this.extraHeaders()), ...opts.headers },
    });
  }

  async json<T>(method: string, urlOrPath: string, body?: unknown, query?: Query): Promise<T> {
    const res = await this.send(method, urlOrPath, body, query);
    return (res.text ? JSON.parse(res.text) : {}) as T;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.json<T>('GET', path, undefined, query);
  }
  post<T>(path: string, body?: unknown): Promise<T> {
    return this.json<T>('POST', path, body ?? {});
  }
  put<T>(path: string, body?: unknown): Promise<T> {
    return this.json<T>('PUT', path, body ?? {});
  }
  async delete(path: string): Promise<void> {
    await this.send('DELETE', path);
  }
}
