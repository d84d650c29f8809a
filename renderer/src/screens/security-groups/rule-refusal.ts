import type { SerializedError } from '../../../../shared/errors.js';

/**
 * The rule Neutron says is already there: its 409 SecurityGroupRuleExists reads "Security
 * group rule already exists. Rule id is <id>." (neutron/extensions/securitygroup.py).
 */
export function existingRuleId(error: SerializedError): string | undefined {
  if (error.kind !== 'conflict') return undefined;
  return /Rule id is ([0-9a-f-]{36})/i.exec(error.message)?.[1];
}
