import type { Flavor } from '../../domain/flavor.js';
import { CloudInput } from '../ids.js';
import { op } from '../op.js';

/** Nova operations: flavors, servers, keypairs, zones, limits, quotas, server groups. */
export const computeOps = {
  'flavors.list': op(CloudInput)<Flavor[]>(),
} as const;
