import type { SecurityGroup, SecurityGroupRule } from '../../../shared/domain/security-group.js';
import type {
  SecurityGroupCreateRequest,
  SecurityGroupListFilters,
  SecurityGroupRuleCreateRequest,
  SecurityGroupUpdateRequest,
} from '../../../shared/schemas/network.js';
import { listAll } from '../pagination.js';
import { pathSegment, type ServiceClient } from '../service-client.js';
import { buildSecurityGroupRuleBody } from './security-group-rule-body.js';
import {
  toSecurityGroup,
  toSecurityGroupRule,
  type NeutronSecurityGroup,
  type NeutronSecurityGroupRule,
} from './security-group-mapper.js';

export class SecurityGroupManager {
  constructor(private readonly network: ServiceClient) {}

  async list(opts: SecurityGroupListFilters = {}): Promise<SecurityGroup[]> {
    const raw = await listAll<NeutronSecurityGroup>(this.network, '/security-groups', 'security_groups', {
      name: opts.name,
      project_id: opts.projectId,
      limit: opts.limit,
    });
    return raw.map(toSecurityGroup);
  }

  async get(id: string): Promise<SecurityGroup> {
    const body = await this.network.get<{ security_group: NeutronSecurityGroup }>(`/security-groups/${pathSegment(id)}`);
    return toSecurityGroup(body.security_group);
  }

  /** Neutron adds the two default egress rules (IPv4 and IPv6) itself. */
  async create(req: SecurityGroupCreateRequest): Promise<SecurityGroup> {
    const group: Record<string, unknown> = { name: req.name };
    if (req.description !== undefined) group.description = req.description;
    if (req.stateful !== undefined) group.stateful = req.stateful;
    const body = await this.network.post<{ security_group: NeutronSecurityGroup }>('/security-groups', { security_group: group });
    return toSecurityGroup(body.security_group);
  }

  /** Renames or describes; the rules are left as they are. */
  async update(id: string, req: SecurityGroupUpdateRequest): Promise<SecurityGroup> {
    const group: Record<string, unknown> = {};
    if (req.name !== undefined) group.name = req.name;
    if (req.description !== undefined) group.description = req.description;
    const body = await this.network.put<{ security_group: NeutronSecurityGroup }>(`/security-groups/${pathSegment(id)}`, { security_group: group });
    return toSecurityGroup(body.security_group);
  }

  /** Neutron answers 409 (SecurityGroupInUse) while a port has the group. */
  async delete(id: string): Promise<void> {
    await this.network.delete(`/security-groups/${pathSegment(id)}`);
  }

  async listRules(securityGroupId: string): Promise<SecurityGroupRule[]> {
    const raw = await listAll<NeutronSecurityGroupRule>(this.network, '/security-group-rules', 'security_group_rules', {
      security_group_id: securityGroupId,
    });
    return raw.map(toSecurityGroupRule);
  }

  async createRule(req: SecurityGroupRuleCreateRequest): Promise<SecurityGroupRule> {
    const body = await this.network.post<{ security_group_rule: NeutronSecurityGroupRule }>(
      '/security-group-rules',
      buildSecurityGroupRuleBody(req),
    );
    return toSecurityGroupRule(body.security_group_rule);
  }

  async deleteRule(id: string): Promise<void> {
    await this.network.delete(`/security-group-rules/${pathSegment(id)}`);
  }
}
