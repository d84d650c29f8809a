import type { SerializedError } from '../../shared/errors.js';
import type { Check, ConnectionReport, ProfileDraft, ServiceEndpoints } from '../../shared/schemas/profile.js';
import { CloudClient } from '../openstack/cloud-client.js';
import { OpenStackError, isOpenStackError } from '../openstack/errors.js';
import { regionsOf } from '../openstack/identity/catalog.js';
import type { CatalogService, NamedRef } from '../openstack/identity/token.js';
import type { ServiceClient } from '../openstack/service-client.js';
import { sessionOptionsFor, type SessionExtras } from './session-options.js';

function serialize(e: unknown): SerializedError {
  if (isOpenStackError(e)) return e.toJSON();
  return new OpenStackError('internal', e instanceof Error ? e.message : String(e)).toJSON();
}

async function check<T extends object>(work: () => Promise<T>): Promise<Check<T>> {
  try {
    return { ok: true, ...(await work()) };
  } catch (e) {
    return { ok: false, error: serialize(e) };
  }
}

function ref(r: NamedRef): { id: string; name: string; domain?: string } {
  return { id: r.id, name: r.name, ...(r.domain ? { domain: r.domain.name || r.domain.id } : {}) };
}

function services(catalog: CatalogService[]): ServiceEndpoints[] {
  return catalog
    .map((s) => ({
      type: s.type,
      name: s.name,
      endpoints: s.endpoints.map((e) => `${e.interface.replace(/URL$/, '')} ${e.region || '(no region)'}`).sort(),
    }))
    .sort((a, b) => a.type.localeCompare(b.type));
}

/** The endpoint is in the catalog and answers a one-item list: the cheapest proof it works. */
function presence(client: ServiceClient, path: string): Promise<Check<{ endpoint: string }>> {
  return check(async () => {
    const endpoint = await client.endpoint();
    await client.get(path, { limit: 1 });
    return { endpoint };
  });
}

/**
 * Logs in with a profile (saved or still being edited) and reports what the cloud offers:
 * who we are, the catalog, Nova's and Cinder's microversion ranges, and whether Glance and
 * Neutron answer.
 * Every failure is in the report; the function itself does not throw for cloud errors.
 */
export async function testConnection(
  profile: ProfileDraft & { id?: string },
  secret: string,
  extras: SessionExtras = {},
): Promise<ConnectionReport> {
  const report: ConnectionReport = {
    ...(profile.id ? { profileId: profile.id } : {}),
    testedAt: new Date().toISOString(),
    auth: { ok: false, error: { kind: 'internal', message: 'not tried' } },
  };
  let client: CloudClient;
  try {
    client = new CloudClient(await sessionOptionsFor(profile, secret, extras));
  } catch (e) {
    report.auth = { ok: false, error: serialize(e) };
    return report;
  }
  if (client.session.transport.warnings.length) report.tlsWarnings = [...client.session.transport.warnings];
  try {
    const token = await client.session.token().catch((e: unknown) => {
      report.auth = { ok: false, error: serialize(e) };
      return undefined;
    });
    if (!token) return report;
    report.auth = {
      ok: true,
      expiresAt: token.expiresAt.toISOString(),
      user: ref(token.user),
      ...(token.project ? { project: ref(token.project) } : {}),
      roles: [...token.roles].sort(),
    };
    const regions = regionsOf(token.catalog);
    report.catalog = {
      regions,
      services: services(token.catalog),
      regionFound: !profile.region || regions.includes(profile.region),
    };
    const [compute, blockStorage, image, network] = await Promise.all([
      check(() => client.compute.negotiate()),
      check(() => client.blockStorage.negotiate()),
      presence(client.image, '/images'),
      presence(client.network, '/networks'),
    ]);
    report.compute = compute;
    report.blockStorage = blockStorage;
    report.image = image;
    report.network = network;
    return report;
  } finally {
    await client.close();
  }
}
