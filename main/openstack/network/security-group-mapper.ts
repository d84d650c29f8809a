import type { EtherType, RuleDirection, SecurityGroup, SecurityGroupRule } from '../../../shared/domain/security-group.js';
import { projectOf } from './network-mapper.js';

export interface NeutronSecurityGroupRule {
  id: string;
  security_group_id: string;
  direction: RuleDirection;
  ethertype: EtherType;
  protocol: string | null;
  port_range_min: number | null;
  port_range_max: number | null;
  remote_ip_prefix: string | null;
  remote_group_id: string | null;
  description?: string | null;
}

export interface NeutronSecurityGroup {
  id: string;
  name: string;
  description?: string;
  project_id?: string;
  tenant_id?: string;
  stateful?: boolean;
  security_group_rules?: NeutronSecurityGroupRule[];
}

export function toSecurityGroupRule(r: NeutronSecurityGroupRule): SecurityGroupRule {
  return {
    id: r.id,
    securityGroupId: r.security_group_id,
    direction: r.direction,
    ethertype: r.ethertype,
    protocol: r.protocol ?? undefined,
    portRangeMin: r.port_range_min ?? undefined,
    portRangeMax: r.port_range_max ?? undefined,
    remoteIpPrefix: r.remote_ip_prefix ?? undefined,
    remoteGroupId: r.remote_group_id ?? undefined,
    description: r.description ?? '',
  };
}

export function toSecurityGroup(g: NeutronSecurityGroup): SecurityGroup {
  return {
    id: g.id,
    name: g.name,
    description: g.description ?? '',
    projectId: projectOf(g),
    // stateless groups came later (Wallaby); before that every group was stateful
    stateful: g.stateful ?? true,
    rules: (g.security_group_rules ?? []).map(toSecurityGroupRule),
  };
}
