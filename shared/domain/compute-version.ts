/**
 * A cloud's compute version as the app's own client for it uses it: Nova's range, the
 * microversion every request sends, the project of the token (which networks and security
 * groups are the user's own), and the catalog's compute URL the client calls (scheme and
 * host in lower case, no default port, no trailing slash), so the renderer can tell when two
 * profiles reach the same Nova.
 */
export interface CloudComputeVersion {
  min: string;
  max: string;
  negotiated: string;
  projectId?: string;
  endpoint: string;
  /**
   * Whether the token's catalog has block storage (Cinder) for the client's interface and
   * region: screens that would list volumes ask nothing of a cloud without it.
   */
  blockStorage: boolean;
}
