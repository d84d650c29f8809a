import { z } from 'zod';
import { ETHER_TYPES, RULE_DIRECTIONS } from '../domain/security-group.js';
import { ResourceId } from '../ipc/ids.js';
import { refineRule } from './security-group-rule.js';
import { Description, IpAddress, Name, PageSize, QueryText, StatusWord } from './fields.js';

/**
 * Neutron list filters and create requests. Ids in bodies and query strings are ResourceIds
 * too: one rule for every id the renderer sends. Checks Neutron would answer with a generic
 * 400 (rule ports vs protocol, fixed IP without subnet) are made by the body builders in main.
 */

const limit = PageSize.optional();

export const NetworkListFilters = z
  .object({
    name: QueryText.optional(),
    shared: z.boolean().optional(),
    /** `router:external`: true lists the networks floating IPs come from */
    external: z.boolean().optional(),
    projectId: ResourceId.optional(),
    status: StatusWord.optional(),
    limit,
  })
  .strict();
export type NetworkListFilters = z.output<typeof NetworkListFilters>;

export const SubnetListFilters = z
  .object({
    networkId: ResourceId.optional(),
    ipVersion: z.union([z.literal(4), z.literal(6)]).optional(),
    name: QueryText.optional(),
    limit,
  })
  .strict();
export type SubnetListFilters = z.output<typeof SubnetListFilters>;

export const PortListFilters = z
  .object({
    /** a server id lists that server's interfaces */
    deviceId: ResourceId.optional(),
    networkId: ResourceId.optional(),
    /** compute:nova, network:router_interface... */
    deviceOwner: QueryText.optional(),
    name: QueryText.optional(),
    limit,
  })
  .strict();
export type PortListFilters = z.output<typeof PortListFilters>;

export const SecurityGroupListFilters = z
  .object({ name: QueryText.optional(), projectId: ResourceId.optional(), limit })
  .strict();
export type SecurityGroupListFilters = z.output<typeof SecurityGroupListFilters>;

export const FloatingIpListFilters = z
  .object({
    portId: ResourceId.optional(),
    floatingNetworkId: ResourceId.optional(),
    floatingIpAddress: IpAddress.optional(),
    status: StatusWord.optional(),
    limit,
  })
  .strict();
export type FloatingIpListFilters = z.output<typeof FloatingIpListFilters>;

export const PortCreateRequest = z
  .object({
    networkId: ResourceId,
    name: z.string().max(255).optional(),
    description: Description.optional(),
    fixedIps: z
      .array(z.object({ subnetId: ResourceId.optional(), ipAddress: IpAddress.optional() }).strict())
      .max(64)
      .optional(),
    securityGroupIds: z.array(ResourceId).max(64).optional(),
    adminStateUp: z.boolean().optional(),
    portSecurityEnabled: z.boolean().optional(),
  })
  .strict();
export type PortCreateRequest = z.output<typeof PortCreateRequest>;

export const SecurityGroupCreateRequest = z
  .object({
    name: Name,
    description: Description.optional(),
    /** stateless groups need the `stateful-security-group` extension */
    stateful: z.boolean().optional(),
  })
  .strict();
export type SecurityGroupCreateRequest = z.output<typeof SecurityGroupCreateRequest>;

/** `PUT /v2.0/security-groups/{id}`: rename, describe; at least one of them. */
export const SecurityGroupUpdateRequest = z
  .object({ name: Name.optional(), description: Description.optional() })
  .strict()
  .refine((u) => u.name !== undefined || u.description !== undefined, { message: 'give a name or a description', path: ['name'] });
export type SecurityGroupUpdateRequest = z.output<typeof SecurityGroupUpdateRequest>;

export const SecurityGroupRuleCreateRequest = z
  .object({
    securityGroupId: ResourceId,
    direction: z.enum(RULE_DIRECTIONS),
    ethertype: z.enum(ETHER_TYPES).optional(),
    /** a name (tcp, icmp...) or an IANA number as text; absent: any protocol */
    protocol: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,16}$/, 'a protocol is a name like tcp or a number')
      .optional(),
    /** for ICMP, the type and the code */
    portRangeMin: z.number().int().min(0).max(65535).optional(),
    portRangeMax: z.number().int().min(0).max(65535).optional(),
    /** a CIDR, or one address (Neutron makes it a /32 or /128) */
    remoteIpPrefix: z.union([z.cidrv4(), z.cidrv6(), IpAddress]).optional(),
    remoteGroupId: ResourceId.optional(),
    description: Description.optional(),
  })
  .strict()
  // the editor's checks (shared/schemas/security-group-rule.ts); ICMP type and code stay open to the API
  .superRefine(refineRule((r) => r, { icmpTypeCode: true }));
export type SecurityGroupRuleCreateRequest = z.output<typeof SecurityGroupRuleCreateRequest>;

export const FloatingIpCreateRequest = z
  .object({
    /** an external network (`router:external`) */
    floatingNetworkId: ResourceId,
    subnetId: ResourceId.optional(),
    floatingIpAddress: IpAddress.optional(),
    /** associate at once */
    portId: ResourceId.optional(),
    fixedIpAddress: IpAddress.optional(),
    description: Description.optional(),
  })
  .strict();
export type FloatingIpCreateRequest = z.output<typeof FloatingIpCreateRequest>;
