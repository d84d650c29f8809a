import { z } from 'zod';
import type { FloatingIp } from '../../domain/floating-ip.js';
import type { NetworkQuota } from '../../domain/network-quota.js';
import type { Network, Port, Subnet } from '../../domain/network.js';
import type { SecurityGroup, SecurityGroupRule } from '../../domain/security-group.js';
import { IpAddress } from '../../schemas/fields.js';
import {
  FloatingIpCreateRequest,
  FloatingIpListFilters,
  NetworkListFilters,
  PortCreateRequest,
  PortListFilters,
  SecurityGroupCreateRequest,
  SecurityGroupListFilters,
  SecurityGroupRuleCreateRequest,
  SecurityGroupUpdateRequest,
  SubnetListFilters,
} from '../../schemas/network.js';
import { CloudId, ResourceId } from '../ids.js';
import { op } from '../op.js';
import { ById, cloudInput } from './cloud-input.js';

const withCloud = { cloud: CloudId };

/** Neutron operations: networks, subnets, ports, security groups, floating IPs, quotas. */
export const networkOps = {
  'networks.list': op(NetworkListFilters.extend(withCloud))<Network[]>(),
  'networks.get': op(ById)<Network>(),

  'subnets.list': op(SubnetListFilters.extend(withCloud))<Subnet[]>(),
  'subnets.get': op(ById)<Subnet>(),

  'ports.list': op(PortListFilters.extend(withCloud))<Port[]>(),
  'ports.get': op(ById)<Port>(),
  'ports.create': op(cloudInput({ port: PortCreateRequest }))<Port>(),
  'ports.delete': op(ById)<null>(),
  /** replaces the port's security groups (`PUT /v2.0/ports/{id}`); [] leaves it in none */
  'ports.setSecurityGroups': op(cloudInput({ id: ResourceId, securityGroupIds: z.array(ResourceId).max(64) }))<Port>(),

  'securityGroups.list': op(SecurityGroupListFilters.extend(withCloud))<SecurityGroup[]>(),
  'securityGroups.get': op(ById)<SecurityGroup>(),
  /** Neutron adds the two default egress rules itself */
  'securityGroups.create': op(cloudInput({ group: SecurityGroupCreateRequest }))<SecurityGroup>(),
  'securityGroups.update': op(cloudInput({ id: ResourceId, group: SecurityGroupUpdateRequest }))<SecurityGroup>(),
  'securityGroups.delete': op(ById)<null>(),
  'securityGroups.listRules': op(cloudInput({ securityGroupId: ResourceId }))<SecurityGroupRule[]>(),
  'securityGroups.createRule': op(cloudInput({ rule: SecurityGroupRuleCreateRequest }))<SecurityGroupRule>(),
  'securityGroups.deleteRule': op(ById)<null>(),

  'floatingIps.list': op(FloatingIpListFilters.extend(withCloud))<FloatingIp[]>(),
  'floatingIps.get': op(ById)<FloatingIp>(),
  'floatingIps.create': op(cloudInput({ floatingIp: FloatingIpCreateRequest }))<FloatingIp>(),
  /** `fixedIpAddress` picks one address when the port has several */
  'floatingIps.associate': op(cloudInput({ id: ResourceId, portId: ResourceId, fixedIpAddress: IpAddress.optional() }))<FloatingIp>(),
  'floatingIps.disassociate': op(ById)<FloatingIp>(),
  'floatingIps.delete': op(ById)<null>(),

  /** the token's own project unless one is named (admin) */
  'networkQuotas.details': op(cloudInput({ projectId: ResourceId.optional() }))<NetworkQuota>(),
} as const;
