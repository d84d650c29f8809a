import { z } from 'zod';
import { ETHER_TYPES, RULE_DIRECTIONS, type EtherType } from '../domain/security-group.js';
import { Description, IpAddress } from './fields.js';

/**
 * What a security group rule may say, checked the same way by the rules editor (on its fields)
 * and by main (the request schema): a remote prefix that parses and matches the rule's
 * ethertype, ports only for protocols that have them, within 1–65535 and in order. Neutron
 * answers most of these with a bare 400; here each names its field.
 */

/** Protocols with ports, by name or IANA number (tcp, udp, dccp, sctp, udplite). */
const PORTED = new Set(['tcp', 'udp', 'sctp', 'udplite', 'dccp', '6', '17', '33', '132', '136']);
const ICMP = new Set(['icmp', 'icmpv6', 'ipv6-icmp', 'legacy-icmp', '1', '58']);

export const isPorted = (protocol: string | undefined) => protocol !== undefined && PORTED.has(protocol.toLowerCase());
export const isIcmp = (protocol: string | undefined) => protocol !== undefined && ICMP.has(protocol.toLowerCase());

const Cidr = z.union([z.cidrv4(), z.cidrv6(), IpAddress]);

/** The family of a prefix that parses, undefined otherwise. */
export function prefixFamily(prefix: string): EtherType | undefined {
  if (!Cidr.safeParse(prefix).success) return undefined;
  return prefix.includes(':') ? 'IPv6' : 'IPv4';
}

export type RuleProblemCode = 'cidrInvalid' | 'cidrFamily' | 'portOutOfRange' | 'portOrder' | 'portsNotTaken' | 'protocolNumber' | 'remoteGroupRequired';

export interface RuleProblem {
  field: string;
  code: RuleProblemCode;
}

interface RuleShape {
  ethertype?: EtherType | undefined;
  protocol?: string | undefined;
  portRangeMin?: number | undefined;
  portRangeMax?: number | undefined;
  remoteIpPrefix?: string | undefined;
}

const inPortRange = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1 && n <= 65535);

/**
 * The problems of a rule, each on its field. `icmpTypeCode`: the API's ICMP type and code
 * travel in the port fields (0–255); the editor offers no such fields, so it refuses them.
 */
export function ruleProblems(r: RuleShape, opts: { icmpTypeCode?: boolean } = {}): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (r.remoteIpPrefix !== undefined) {
    const family = prefixFamily(r.remoteIpPrefix);
    if (!family) out.push({ field: 'remoteIpPrefix', code: 'cidrInvalid' });
    else if (r.ethertype && r.ethertype !== family) out.push({ field: 'remoteIpPrefix', code: 'cidrFamily' });
  }
  const hasPorts = r.portRangeMin !== undefined || r.portRangeMax !== undefined;
  if (!hasPorts) return out;
  if (isPorted(r.protocol)) {
    if (!inPortRange(r.portRangeMin)) out.push({ field: 'portRangeMin', code: 'portOutOfRange' });
    else if (!inPortRange(r.portRangeMax)) out.push({ field: 'portRangeMax', code: 'portOutOfRange' });
    else if (r.portRangeMin !== undefined && r.portRangeMax !== undefined && r.portRangeMin > r.portRangeMax) {
      out.push({ field: 'portRangeMax', code: 'portOrder' });
    }
  } else if (!(opts.icmpTypeCode && isIcmp(r.protocol))) {
    out.push({ field: 'portRangeMin', code: 'portsNotTaken' });
  }
  return out;
}

/** A refinement that reports `ruleProblems` on their fields (`rename` maps a request field to a form field). */
export function refineRule<T>(toShape: (v: T) => RuleShape, opts: { icmpTypeCode?: boolean; rename?: Record<string, string> } = {}) {
  return (v: T, ctx: z.RefinementCtx) => {
    for (const p of ruleProblems(toShape(v), opts)) ctx.addIssue({ code: 'custom', path: [opts.rename?.[p.field] ?? p.field], message: p.code });
  };
}

/** The editor's choices of protocol; `number` takes an IANA protocol number. */
export const RULE_PROTOCOL_CHOICES = ['any', 'tcp', 'udp', 'icmp', 'number'] as const;
export const RULE_REMOTES = ['cidr', 'group'] as const;

/** A port field as typed: empty is none. */
const portText = z.string().trim().regex(/^\d*$/, 'portOutOfRange');
const toPort = (s: string) => (s.trim() === '' ? undefined : Number(s));

const RuleFormObject = z.object({
  direction: z.enum(RULE_DIRECTIONS),
  ethertype: z.enum(ETHER_TYPES),
  protocol: z.enum(RULE_PROTOCOL_CHOICES),
  protocolNumber: z.string().trim(),
  portMin: portText,
  portMax: portText,
  remote: z.enum(RULE_REMOTES),
  remoteIpPrefix: z.string().trim(),
  remoteGroupId: z.string(),
  description: Description,
});
type RuleFormObject = z.output<typeof RuleFormObject>;

const protocolOf = (f: RuleFormObject) => (f.protocol === 'any' ? undefined : f.protocol === 'number' ? f.protocolNumber : f.protocol);

/** The rules editor's form: text as typed, every problem on the field that shows it. */
export const SecurityGroupRuleForm = RuleFormObject.superRefine((f, ctx) => {
  if (f.protocol === 'number' && !(/^\d{1,3}$/.test(f.protocolNumber) && Number(f.protocolNumber) <= 255)) {
    ctx.addIssue({ code: 'custom', path: ['protocolNumber'], message: 'protocolNumber' });
  }
  if (f.remote === 'group' && !f.remoteGroupId) ctx.addIssue({ code: 'custom', path: ['remoteGroupId'], message: 'remoteGroupRequired' });
  refineRule<RuleFormObject>(
    (v) => ({
      ethertype: v.ethertype,
      protocol: protocolOf(v),
      portRangeMin: toPort(v.portMin),
      portRangeMax: toPort(v.portMax),
      remoteIpPrefix: v.remote === 'cidr' && v.remoteIpPrefix ? v.remoteIpPrefix : undefined,
    }),
    { rename: { portRangeMin: 'portMin', portRangeMax: 'portMax' } },
  )(f, ctx);
});
export type SecurityGroupRuleForm = z.output<typeof SecurityGroupRuleForm>;

export const EMPTY_RULE_FORM: SecurityGroupRuleForm = {
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 'tcp',
  protocolNumber: '',
  portMin: '',
  portMax: '',
  remote: 'cidr',
  remoteIpPrefix: '0.0.0.0/0',
  remoteGroupId: '',
  description: '',
};

/** What the form sends for a group (`securityGroups.createRule`'s rule); a single port is a range of one. */
export function ruleRequestOf(f: SecurityGroupRuleForm, securityGroupId: string) {
  const protocol = protocolOf(f);
  const min = toPort(f.portMin);
  const max = toPort(f.portMax) ?? min;
  return {
    securityGroupId,
    direction: f.direction,
    ethertype: f.ethertype,
    ...(protocol !== undefined ? { protocol } : {}),
    ...(min !== undefined ? { portRangeMin: min } : {}),
    ...(max !== undefined ? { portRangeMax: max } : {}),
    ...(f.remote === 'cidr' && f.remoteIpPrefix ? { remoteIpPrefix: f.remoteIpPrefix } : {}),
    ...(f.remote === 'group' && f.remoteGroupId ? { remoteGroupId: f.remoteGroupId } : {}),
    ...(f.description ? { description: f.description } : {}),
  };
}
