import type { ComputeLimits, Limit } from '../../../shared/domain/compute-limits.js';

/** `limits.absolute` of `GET /limits`: `maxX` / `totalXUsed` numbers, -1 meaning unlimited. */
export type NovaAbsoluteLimits = Record<string, number | undefined>;

function limit(abs: NovaAbsoluteLimits, maxKey: string, usedKey?: string): Limit {
  const max = abs[maxKey];
  const used = usedKey === undefined ? undefined : abs[usedKey];
  // a missing maximum is no limit Nova enforces: show it as unlimited rather than as 0
  const out: Limit = { max: max === undefined || max < 0 ? null : max };
  if (used !== undefined) out.used = used;
  return out;
}

/** A limit the negotiated version may no longer report stays absent instead of becoming "unlimited". */
function optional(abs: NovaAbsoluteLimits, maxKey: string, usedKey?: string): Limit | undefined {
  return abs[maxKey] === undefined ? undefined : limit(abs, maxKey, usedKey);
}

export function toComputeLimits(abs: NovaAbsoluteLimits): ComputeLimits {
  const out: ComputeLimits = {
    instances: limit(abs, 'maxTotalInstances', 'totalInstancesUsed'),
    cores: limit(abs, 'maxTotalCores', 'totalCoresUsed'),
    ramMb: limit(abs, 'maxTotalRAMSize', 'totalRAMUsed'),
    serverGroups: limit(abs, 'maxServerGroups', 'totalServerGroupsUsed'),
    serverGroupMembers: limit(abs, 'maxServerGroupMembers'),
    keypairs: limit(abs, 'maxTotalKeypairs'),
    serverMetadataItems: limit(abs, 'maxServerMeta'),
  };
  const older: [keyof ComputeLimits, string, string?][] = [
    ['imageMetadataItems', 'maxImageMeta'],
    ['personalityFiles', 'maxPersonality'],
    ['personalityFileBytes', 'maxPersonalitySize'],
    ['securityGroups', 'maxSecurityGroups', 'totalSecurityGroupsUsed'],
    ['securityGroupRules', 'maxSecurityGroupRules'],
    ['floatingIps', 'maxTotalFloatingIps', 'totalFloatingIpsUsed'],
  ];
  for (const [key, maxKey, usedKey] of older) {
    const l = optional(abs, maxKey, usedKey);
    if (l) out[key] = l;
  }
  return out;
}
