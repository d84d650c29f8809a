import type { SerializedError } from '../errors.js';

/** What the cloud registry knows of each cloud (DESIGN.md decision 10), as `cloud.status` events carry it. */
export type CloudState = 'connected' | 'needs_credentials' | 'offline' | 'unknown';

export interface CloudStatus {
  /** a profile id */
  profileId: string;
  state: CloudState;
  /** when the state last changed (ISO 8601) */
  since: string;
  /** the last error, for offline (and for needs_credentials: which secret is missing) */
  error?: SerializedError;
}
