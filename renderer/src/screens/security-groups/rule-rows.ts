import type { SecurityGroupRule } from '../../../../shared/domain/security-group.js';
import { isIcmp } from '../../../../shared/schemas/security-group-rule.js';

/** Where a rule lets traffic come from (ingress) or go to (egress). */
export type RuleRemote = { kind: 'cidr'; cidr: string } | { kind: 'group'; id: string; name: string | undefined } | { kind: 'anywhere'; cidr: string };

/** A rule as the rules table shows it: `undefined` protocol is any, `undefined` ports are all. */
export interface RuleRow {
  id: string;
  direction: SecurityGroupRule['direction'];
  ethertype: SecurityGroupRule['ethertype'];
  protocol: string | undefined;
  ports: string | undefined;
  remote: RuleRemote;
  description: string;
}

/** ICMP carries its type and code in the port fields. */
function portsOf(r: SecurityGroupRule): string | undefined {
  const { portRangeMin: min, portRangeMax: max } = r;
  if (min === undefined && max === undefined) return undefined;
  if (isIcmp(r.protocol)) return max === undefined ? `type ${min}` : `type ${min} code ${max}`;
  return min === max || max === undefined ? String(min) : `${min ?? 1}–${max}`;
}

/** A rule as a row; `groupName` names a remote group (another one, or the group itself). */
export function toRuleRow(r: SecurityGroupRule, groupName: (id: string) => string | undefined): RuleRow {
  const remote: RuleRemote = r.remoteGroupId
    ? { kind: 'group', id: r.remoteGroupId, name: groupName(r.remoteGroupId) }
    : r.remoteIpPrefix
      ? { kind: 'cidr', cidr: r.remoteIpPrefix }
      : // Neutron matches every address of the family when a rule names neither
        { kind: 'anywhere', cidr: r.ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0' };
  return {
    id: r.id,
    direction: r.direction,
    ethertype: r.ethertype,
    protocol: r.protocol,
    ports: portsOf(r),
    remote,
    description: r.description,
  };
}

/** The rule in one line (the duplicate-rule refusal names the rule already there). */
export function ruleLine(row: RuleRow, words: { any: string; allPorts: string }): string {
  const remote = row.remote.kind === 'group' ? (row.remote.name ?? row.remote.id) : row.remote.cidr;
  return [row.direction, row.ethertype, row.protocol ?? words.any, row.ports ?? words.allPorts, remote].join(' ');
}

/** Ingress first, then by family, protocol and port, as Horizon lists them. */
export const byDirection = (a: RuleRow, b: RuleRow) =>
  (a.direction === b.direction ? 0 : a.direction === 'ingress' ? -1 : 1) ||
  a.ethertype.localeCompare(b.ethertype) ||
  (a.protocol ?? '').localeCompare(b.protocol ?? '') ||
  (a.ports ?? '').localeCompare(b.ports ?? '', undefined, { numeric: true });
