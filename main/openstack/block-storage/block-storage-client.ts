import { VOLUME_CLIENT_MAX, VOLUME_FEATURES, minMicroversion, supportsVolume, type VolumeFeature } from '../../../shared/microversion.js';
import { unsupportedMicroversion } from '../errors.js';
import { ServiceClient } from '../service-client.js';
import type { Session } from '../session.js';

interface VersionEntry {
  id?: string;
  version?: string;
  min_version?: string;
}

/** `GET /v3/` answers `{versions: [...]}`, a single-version document `{version: {...}}`. */
interface VersionDoc {
  version?: VersionEntry;
  versions?: VersionEntry[];
}

export interface VolumeVersions {
  min: string;
  max: string;
  negotiated: string;
}

/** The catalog URL may carry a project id after /v3; the version document lives at /v3/. */
export function volumeVersionUrl(endpoint: string): string {
  const m = /^(.*\/v3)(?:\/.*)?$/.exec(endpoint);
  return `${m?.[1] ?? endpoint.replace(/\/+$/, '')}/`;
}

/** Cinder's range from its version document; a cloud without microversions is 3.0 only. */
export function volumeRange(doc: VersionDoc): { min: string; max: string } {
  const v = doc.version ?? doc.versions?.find((e) => e.id?.startsWith('v3')) ?? doc.versions?.[0];
  return { max: v?.version || '3.0', min: v?.min_version || '3.0' };
}

/**
 * Cinder's service client (block-storage, or volumev3 in older catalogs): negotiates the
 * microversion once, like Nova's, and sends `OpenStack-API-Version: volume X` on every call.
 */
export class BlockStorageClient extends ServiceClient {
  private versions: Promise<VolumeVersions> | undefined;

  constructor(
    session: Session,
    private readonly clientMax = VOLUME_CLIENT_MAX,
  ) {
    super(session, 'block-storage', '', async () => ({
      'openstack-api-version': `volume ${(await this.negotiate()).negotiated}`,
    }));
  }

  /** `refresh`: ask Cinder even when the range is known (the connection test). */
  negotiate(o: { refresh?: boolean } = {}): Promise<VolumeVersions> {
    if (o.refresh) this.versions = undefined;
    this.versions ??= (async () => {
      const url = volumeVersionUrl(await this.endpoint());
      const res = await this.session.request({ service: 'block-storage', method: 'GET', url });
      const range = volumeRange(JSON.parse(res.text) as VersionDoc);
      return { ...range, negotiated: minMicroversion(this.clientMax, range.max) };
    })();
    this.versions.catch(() => {
      this.versions = undefined;
    });
    return this.versions;
  }

  async microversion(): Promise<string> {
    return (await this.negotiate()).negotiated;
  }

  async supports(feature: VolumeFeature): Promise<boolean> {
    return supportsVolume(feature, await this.microversion());
  }

  /** The throwing gate: refuse what the negotiated microversion lacks, naming the version it needs. */
  async requireFeature(feature: VolumeFeature, field: string): Promise<void> {
    const negotiated = await this.microversion();
    if (!supportsVolume(feature, negotiated)) {
      throw unsupportedMicroversion(field, VOLUME_FEATURES[feature].since, negotiated, undefined, 'volume');
    }
  }
}
