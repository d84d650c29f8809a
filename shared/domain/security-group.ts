export type RuleDirection = 'ingress' | 'egress';
export type EtherType = 'IPv4' | 'IPv6';

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
