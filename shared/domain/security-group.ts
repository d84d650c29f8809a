export const RULE_DIRECTIONS = ['ingress', 'egress'] as const;
export type RuleDirection = (typeof RULE_DIRECTIONS)[number];
export const ETHER_TYPES = ['IPv4', 'IPv6'] as const;
export type EtherType = (typeof ETHER_TYPES)[number];

export interface SecurityGroupRule {
  id: string;
  securityGroupId: string;
  direction: RuleDirection;
  ethertype: EtherType;
  /** undefined means any protocol */
  protocol: string | undefined;
  portRangeMin: number | undefined;
  portRangeMax: number | undefined;
  remoteIpPrefix: string | undefined;
  remoteGroupId: string | undefined;
  description: string;
}

export interface SecurityGroup {
  id: string;
  name: string;
  description: string;
  projectId: string | undefined;
  stateful: boolean;
  rules: SecurityGroupRule[];
}
