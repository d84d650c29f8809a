/**
 * A cloud's compute version as the app's own client for it uses it: Nova's range, the
 * microversion every request sends, and the project of the token (which networks and security
 * groups are the user's own).
 */
export interface CloudComputeVersion {
  min: string;
  max: string;
  negotiated: string;
  projectId?: string;
}
