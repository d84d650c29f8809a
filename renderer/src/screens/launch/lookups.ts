import type { SerializedError } from '../../../../shared/errors.js';
import { call } from '../../lib/api.js';

/**
 * Everything the wizard reads from the cloud, one entry per lookup. All start together when
 * the screen opens (Horizon's `$q.all` prefetch); each settles on its own, so a failure
 * disables only the step that needs it.
 */

function serialized(e: unknown): SerializedError {
  const s = (e as { serialized?: SerializedError }).serialized;
  return s ?? { kind: 'internal', message: e instanceof Error ? e.message : String(e) };
}

export const LOOKUPS = {
  // from the cloud's warm client in main: no login, and the version its requests really send
  version: (cloud: string) => call('clouds.computeVersion', { cloud }),
  zones: (cloud: string) => call('availabilityZones.list', { cloud }),
  images: (cloud: string) =>
    // 'all' includes community images, which Horizon lists with a second query
    call('images.list', { cloud, status: 'active', visibility: 'all', sortKey: 'name', sortDir: 'asc' }),
  flavors: (cloud: string) => call('flavors.list', { cloud }),
  networks: (cloud: string) => call('networks.list', { cloud }),
  subnets: (cloud: string) => call('subnets.list', { cloud }),
  ports: (cloud: string) => call('ports.list', { cloud }),
  securityGroups: (cloud: string) => call('securityGroups.list', { cloud }),
  keypairs: (cloud: string) => call('keypairs.list', { cloud }),
  limits: (cloud: string) => call('limits.get', { cloud }),
  networkQuotas: (cloud: string) => call('networkQuotas.details', { cloud }),
  serverGroups: (cloud: string) => call('serverGroups.list', { cloud }),
  // Cinder's: asked only once `version` says the catalog has block storage (BLOCK_STORAGE_LOOKUPS)
  volumes: (cloud: string) => call('volumes.list', { cloud, status: 'available', bootable: true }),
  volumeSnapshots: (cloud: string) => call('volumeSnapshots.list', { cloud, status: 'available' }),
  volumeTypes: (cloud: string) => call('volumeTypes.list', { cloud }),
  volumeTypeDefault: (cloud: string) => call('volumeTypes.default', { cloud }),
  volumeQuotas: (cloud: string) => call('volumeQuotas.usage', { cloud }),
} as const;

export type LookupKey = keyof typeof LOOKUPS;
export const LOOKUP_KEYS = Object.keys(LOOKUPS) as LookupKey[];
export const BLOCK_STORAGE_LOOKUPS: readonly LookupKey[] = ['volumes', 'volumeSnapshots', 'volumeTypes', 'volumeTypeDefault', 'volumeQuotas'];
export type LookupData = { [K in LookupKey]: Awaited<ReturnType<(typeof LOOKUPS)[K]>> };

/** A lookup keeps its last data while reloading or after a failed reload. */
export type Lookup<T> =
  | { state: 'loading'; data?: T | undefined }
  | { state: 'ok'; data: T; at: number }
  | { state: 'error'; error: SerializedError; data?: T | undefined };

export type CloudLookups = { [K in LookupKey]?: Lookup<LookupData[K]> };

export async function runLookup<K extends LookupKey>(key: K, cloud: string): Promise<{ ok: true; data: LookupData[K] } | { ok: false; error: SerializedError }> {
  try {
    return { ok: true, data: (await LOOKUPS[key](cloud)) as LookupData[K] };
  } catch (e) {
    return { ok: false, error: serialized(e) };
  }
}

/**
 * How long an answer is taken as current when the screen opens again: a second open within
 * this shows the lookups at once without asking the cloud (the wizard's 12 lookups queue for
 * Neutron's single worker and for the 6 connections Chromium opens to the browser host: about
 * 0.8 s here). Older answers stay on screen while they are asked again; Refresh and a launch
 * (the usage lookups) ask at once.
 */
export const LOOKUP_FRESH_MS = 30_000;

/** A lookup that needs no asking now: answered less than LOOKUP_FRESH_MS ago, or being asked already. */
export function isCurrent(l: Lookup<unknown> | undefined, now: number): boolean {
  return l?.state === 'loading' || (l?.state === 'ok' && now - l.at < LOOKUP_FRESH_MS);
}

/** Data of a lookup, whatever its state. */
export const dataOf = <T>(l: Lookup<T> | undefined): T | undefined => l?.data;
