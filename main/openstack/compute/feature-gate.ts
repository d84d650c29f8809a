import { neededVersion, supports, type ComputeFeature } from '../../../shared/microversion.js';
import { unsupportedMicroversion } from '../errors.js';

/**
 * The throwing microversion gate: refuse a request field the negotiated microversion lacks,
 * with the version range read from the one feature table (shared/microversion.ts), so the
 * message can never disagree with the check. Nova rejects unknown body keys with a 400 at
 * best; dropping them silently would do something the user did not ask for.
 * The accumulating gate, for builders that report every problem, is `Problems.gate`
 * (shared/compute/problems.ts), over the same table.
 */
export function requireFeature(feature: ComputeFeature, field: string, negotiated: string, hint?: string): void {
  if (!supports(feature, negotiated)) throw unsupportedMicroversion(field, neededVersion(feature), negotiated, hint);
}
