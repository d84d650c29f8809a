import { RULE_DIRECTIONS, type EtherType } from '../../../shared/domain/security-group.js';
import type { SecurityGroupRuleCreateRequest } from '../../../shared/schemas/network.js';
import { validationError } from '../errors.js';

const PORTED = new Set(['tcp', 'udp', 'sctp', 'udplite', 'dccp', '6', '17', '132', '136', '33']);
const ICMP = new Set(['icmp', 'icmpv6', 'ipv6-icmp', 'legacy-icmp', '1', '58']);

function inRange(field: string, v: number | undefined, min: number, max: number): void {
  if (v !== undefined && (!Number.isInteger(v) || v < min || v > max)) {
    throw validationError(field, `must be a whole number from ${min} to ${max}`);
  }
}

/**
 * The body of `POST /v2.0/security-group-rules`. Checks what Neutron would refuse with a
 * generic 400, so the form can point at the field.
 */
export function buildSecurityGroupRuleBody(req: SecurityGroupRuleCreateRequest): { security_group_rule: Record<string, unknown> } {
  if (!req.securityGroupId) throw validationError('securityGroupId', 'a rule belongs to a security group');
  if (!(RULE_DIRECTIONS as readonly string[]).includes(req.direction)) {
    throw validationError('direction', 'must be ingress or egress');
  }
  if (req.remoteIpPrefix && req.remoteGroupId) {
    throw validationError('remoteGroupId', 'give a remote IP prefix or a remote group, not both');
  }
  const prefixFamily: EtherType | undefined = req.remoteIpPrefix ? (req.remoteIpPrefix.includes(':') ? 'IPv6' : 'IPv4') : undefined;
  if (req.ethertype && prefixFamily && req.ethertype !== prefixFamily) {
    throw validationError('ethertype', `${req.remoteIpPrefix} is an ${prefixFamily} prefix`);
  }
  const ethertype = req.ethertype ?? prefixFamily ?? 'IPv4';

  const protocol = req.protocol?.trim().toLowerCase() || undefined;
  const hasPorts = req.portRangeMin !== undefined || req.portRangeMax !== undefined;
  if (hasPorts) {
    if (!protocol) throw validationError('protocol', 'a port range needs a protocol');
    if (ICMP.has(protocol)) {
      inRange('portRangeMin', req.portRangeMin, 0, 255);
      inRange('portRangeMax', req.portRangeMax, 0, 255);
      if (req.portRangeMin === undefined) throw validationError('portRangeMin', 'an ICMP code needs an ICMP type');
    } else if (PORTED.has(protocol)) {
      inRange('portRangeMin', req.portRangeMin, 1, 65535);
      inRange('portRangeMax', req.portRangeMax, 1, 65535);
      if (req.portRangeMin !== undefined && req.portRangeMax !== undefined && req.portRangeMin > req.portRangeMax) {
        throw validationError('portRangeMax', 'must not be below the minimum port');
      }
    } else {
      throw validationError('portRangeMin', `protocol ${protocol} has no ports`);
    }
  }

  const rule: Record<string, unknown> = {
    security_group_id: req.securityGroupId,
    direction: req.direction,
    ethertype,
  };
  if (protocol) rule.protocol = protocol;
  // a single port is a range of one: Neutron wants both ends for tcp/udp
  const ported = protocol !== undefined && PORTED.has(protocol);
  const min = req.portRangeMin ?? (ported ? req.portRangeMax : undefined);
  const max = req.portRangeMax ?? (ported ? min : undefined);
  if (min !== undefined) rule.port_range_min = min;
  if (max !== undefined) rule.port_range_max = max;
  if (req.remoteIpPrefix) rule.remote_ip_prefix = req.remoteIpPrefix;
  if (req.remoteGroupId) rule.remote_group_id = req.remoteGroupId;
  if (req.description !== undefined) rule.description = req.description;
  return { security_group_rule: rule };
}
