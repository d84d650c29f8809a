import { COMPUTE_CLIENT_MAX, minMicroversion, supports, type ComputeFeature } from '../../../shared/microversion.js';
import { unsupportedMicroversion } from '../errors.js';
import { ServiceClient } from '../service-client.js';
import type { Session } from '../session.js';

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

/** Nova's service client: negotiates the microversion once and sends it on every call. */
export class ComputeClient extends ServiceClient {
  private versions: Promise<ComputeVersions> | undefined;

  constructor(session: Session, private readonly clientMax = COMPUTE_CLIENT_MAX) {
    super(session, 'compute', '', async () => {
      const v = (await this.negotiate()).negotiated;
      return { 'openstack-api-version': `compute ${v}`, 'x-openstack-nova-api-version': v };
    });
  }

  negotiate(): Promise<ComputeVersions> {
    this.versions ??= (async () => {
      const url = computeVersionUrl(await this.endpoint());
      const res = await this.session.request({ service: 'compute', method: 'GET', url });
      const doc = JSON.parse(res.text) as VersionDoc;
      // A cloud without microversions (v2.0 only) reports an empty version: that is 2.1 semantics at best.
      const max = doc.version?.version || '2.1';
      const min = doc.version?.min_version || '2.1';
      return { min, max, negotiated: minMicroversion(this.clientMax, max) };
    })();
    this.versions.catch(() => {
      this.versions = undefined;
    });
    return this.versions;
  }

  async microversion(): Promise<string> {
    return (await this.negotiate()).negotiated;
  }

  async supports(feature: ComputeFeature): Promise<boolean> {
    return supports(feature, await this.microversion());
  }

  /** Throws unsupported_microversion naming the field when the cloud lacks it. */
  async require(feature: ComputeFeature, field: string, needed: string): Promise<void> {
    const v = await this.microversion();
    if (!supports(feature, v)) throw unsupportedMicroversion(field, needed, v);
  }
}
