import { COMPUTE_FEATURES, supports, type ComputeFeature } from '../../../shared/microversion.js';
import { unsupportedMicroversion } from '../errors.js';

/**
 * The version range a feature needs, in words, read from the one feature table so that the
 * message can never disagree with the check.
 */
export function neededVersion(feature: ComputeFeature): string {
  const f: { since: string; until?: string } = COMPUTE_FEATURES[feature];
  if (!f.until) return f.since;
  // 2.1 is the first microversion there is, so "from 2.1" says nothing.
  return f.since === '2.1' ? `at most ${f.until}` : `${f.since} to ${f.until}`;
}

/**
 * Refuse a request field the negotiated microversion lacks. Nova rejects unknown body keys
 * with a 400 at best; dropping them silently would launch a server the user did not ask for.
 */
export function requireFeature(feature: ComputeFeature, field: string, negotiated: string): void {
  if (!supports(feature, negotiated)) throw unsupportedMicroversion(field, neededVersion(feature), negotiated);
}
