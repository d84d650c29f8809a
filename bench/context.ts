import type { CloudClient } from '../main/openstack/cloud-client.js';
import type { Bundles } from './bundle.js';

/** What every case gets from run.ts: warm clients, the bundled one-shot scripts, the flags. */
export interface BenchContext {
  demo: CloudClient;
  admin: CloudClient;
  /** B6 switches between demo and alt */
  alt: CloudClient;
  bundles: Bundles;
  /** `--rounds N` overrides each case's own default */
  rounds: (caseDefault: number) => number;
}

/** The headers the library sends to Nova, so curl asks Nova for exactly the same work. */
export async function computeHeaders(client: CloudClient): Promise<Record<string, string>> {
  const v = await client.compute.microversion();
  return { 'OpenStack-API-Version': `compute ${v}`, 'X-OpenStack-Nova-API-Version': v };
}

/** What T4 launches, by the names both clients show. */
export interface LaunchChoice {
  image: string;
  flavor: string;
  network: string;
}
