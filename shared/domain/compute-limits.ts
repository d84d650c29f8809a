/** One absolute limit. `max: null` is unlimited (Nova's -1); `used` only where Nova counts it. */
export interface Limit {
  max: number | null;
  used?: number;
}

/**
 * Absolute compute limits of a project (`GET /limits`). The optional ones are only reported
 * by older microversions: network limits until 2.35, image metadata until 2.38, personality until 2.56.
 */
export interface ComputeLimits {
  instances: Limit;
  cores: Limit;
  ramMb: Limit;
  serverGroups: Limit;
  serverGroupMembers: Limit;
  keypairs: Limit;
  serverMetadataItems: Limit;
  imageMetadataItems?: Limit;
  personalityFiles?: Limit;
  personalityFileBytes?: Limit;
  securityGroups?: Limit;
  securityGroupRules?: Limit;
  floatingIps?: Limit;
}
