import { COMPUTE_CLIENT_MAX, minMicroversion, supports, type ComputeFeature } from '../../../shared/microversion.js';
import { isOpenStackError } from '../errors.js';
import type { HttpResponse } from '../http/transport.js';
import { IDEMPOTENT_METHODS } from '../http/retry.js';
import { ServiceClient, type Query } from '../service-client.js';
import type { Session } from '../session.js';
import type { ComputeVersionRange, VersionCache } from './version-cache.js';

interface VersionDoc {
  version?: { version?: string; min_version?: string };
}

export interface ComputeVersions {
  min: string;
  max: string;
  negotiated: string;
}

/** The catalog may carry a project id after /v2.1; the version document lives at /v2.1 itself. */
export function computeVersionUrl(endpoint: string): string {
  const m = /^(.*\/v2(?:\.1)?)(?:\/.*)?$/.exec(endpoint);
  return m?.[1] ?? endpoint;
}

/**
 * One spelling per URL, so equal catalog URLs compare equal as strings: `new URL` lower-cases
 * scheme and host and drops a default port; a trailing slash goes. The path (project id and
 * all) is kept as it is.
 */
export function canonicalEndpoint(endpoint: string): string {
  const u = new URL(endpoint);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/**
 * Nova's service client: negotiates the microversion once and sends it on every call. With a
 * VersionCache, Nova's range comes from an earlier process and no version request is made;
 * a 406 (Nova refusing the version) then drops the entry and asks Nova again.
 */
export class ComputeClient extends ServiceClient {
  private versions: Promise<ComputeVersions> | undefined;
  /** the range in use came from the cache, not from Nova in this process */
  private fromCache = false;

  constructor(
    session: Session,
    private readonly clientMax = COMPUTE_CLIENT_MAX,
    private readonly cache?: VersionCache,
  ) {
    super(session, 'compute', '', async () => {
      const v = (await this.negotiate()).negotiated;
      return { 'openstack-api-version': `compute ${v}`, 'x-openstack-nova-api-version': v };
    });
  }

  /** `refresh`: ask Nova even when a range is known (a connection test wants the cloud's own answer). */
  negotiate(o: { refresh?: boolean } = {}): Promise<ComputeVersions> {
    if (o.refresh) this.versions = undefined;
    this.versions ??= (async () => {
      const url = computeVersionUrl(await this.endpoint());
      const cached = o.refresh ? undefined : await this.cache?.get(url);
      this.fromCache = cached !== undefined;
      const range = cached ?? (await this.ask(url));
      return { ...range, negotiated: minMicroversion(this.clientMax, range.max) };
    })();
    this.versions.catch(() => {
      this.versions = undefined;
    });
    return this.versions;
  }

  private async ask(url: string): Promise<ComputeVersionRange> {
    const res = await this.session.request({ service: 'compute', method: 'GET', url });
    const doc = JSON.parse(res.text) as VersionDoc;
    // A cloud without microversions (v2.0 only) reports an empty version: that is 2.1 semantics at best.
    const range = { max: doc.version?.version || '2.1', min: doc.version?.min_version || '2.1' };
    // not awaited: the write must not delay the first call, and its failure changes nothing
    void this.cache?.set(url, range);
    return range;
  }

  override async send(method: string, urlOrPath: string, body?: unknown, query?: Query, headers?: Record<string, string>): Promise<HttpResponse> {
    try {
      return await super.send(method, urlOrPath, body, query, headers);
    } catch (e) {
      if (!(this.fromCache && isOpenStackError(e) && e.status === 406)) throw e;
      // the remembered range is out of date (the cloud was downgraded): forget it, ask Nova
      const url = computeVersionUrl(await this.endpoint());
      await this.cache?.delete(url);
      await this.negotiate({ refresh: true });
      // Nova refuses the version before the handler runs, but a POST stays never-replayed
      // (DESIGN.md decision 7): the caller sees this 406 once, the next call uses the new version
      if (!IDEMPOTENT_METHODS.has(method.toUpperCase())) throw e;
      return super.send(method, urlOrPath, body, query, headers);
    }
  }

  async microversion(): Promise<string> {
    return (await this.negotiate()).negotiated;
  }

  async supports(feature: ComputeFeature): Promise<boolean> {
    return supports(feature, await this.microversion());
  }
}
