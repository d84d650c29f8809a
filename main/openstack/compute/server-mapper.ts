import {
  POWER_STATES,
  type PowerState,
  type Server,
  type ServerAddress,
  type ServerFault,
  type ServerFlavor,
} from '../../../shared/domain/server.js';

interface NovaLink {
  rel?: string;
  href?: string;
}

export interface NovaAddress {
  addr: string;
  version: number;
  'OS-EXT-IPS:type'?: string;
  'OS-EXT-IPS-MAC:mac_addr'?: string;
}

/** Before 2.47 `{id, links}`; from 2.47 an embedded copy without the id. */
export interface NovaServerFlavor {
  id?: string;
  links?: NovaLink[];
  original_name?: string;
  vcpus?: number;
  ram?: number;
  disk?: number;
  ephemeral?: number;
  swap?: number;
  extra_specs?: Record<string, string>;
}

/** A server as `GET /servers/detail` or `GET /servers/{id}` returns it, any microversion. */
export interface NovaServer {
  id: string;
  name: string;
  status: string;
  tenant_id: string;
  user_id: string;
  created: string;
  updated: string;
  hostId?: string;
  addresses?: Record<string, NovaAddress[]>;
  flavor?: NovaServerFlavor;
  /** "" when booted from a volume */
  image?: '' | { id: string; links?: NovaLink[] };
  key_name?: string | null;
  metadata?: Record<string, string>;
  progress?: number;
  fault?: { code: number; message: string; details?: string; created?: string };
  security_groups?: Array<{ name: string }>;
  'OS-EXT-STS:task_state'?: string | null;
  'OS-EXT-STS:vm_state'?: string | null;
  'OS-EXT-STS:power_state'?: number | null;
  'OS-EXT-AZ:availability_zone'?: string;
  'OS-EXT-SRV-ATTR:hostname'?: string;
  /** 2.9+ */
  locked?: boolean;
  /** 2.73+ */
  locked_reason?: string | null;
  /** 2.19+ */
  description?: string | null;
  /** 2.26+ */
  tags?: string[];
}

export function powerStateName(n: number | null | undefined): PowerState {
  if (n === null || n === undefined) return 'NOSTATE';
  return (POWER_STATES as Record<number, PowerState>)[n] ?? 'UNKNOWN';
}

function toAddress(a: NovaAddress): ServerAddress {
  const type = a['OS-EXT-IPS:type'];
  return {
    addr: a.addr,
    version: a.version === 6 ? 6 : 4,
    type: type === 'fixed' || type === 'floating' ? type : undefined,
    mac: a['OS-EXT-IPS-MAC:mac_addr'],
  };
}

function toFlavor(f: NovaServerFlavor | undefined): ServerFlavor {
  return {
    id: f?.id,
    name: f?.original_name,
    vcpus: f?.vcpus,
    ramMb: f?.ram,
    diskGb: f?.disk,
    ephemeralGb: f?.ephemeral,
    swapMb: f?.swap,
    extraSpecs: f?.extra_specs,
  };
}

function toFault(f: NovaServer['fault']): ServerFault | undefined {
  if (!f) return undefined;
  return { code: f.code, message: f.message, details: f.details || undefined, created: f.created };
}

/** `null` and '' mean "not set" in Nova's JSON; the domain says undefined. */
const opt = (v: string | null | undefined): string | undefined => (v === null || v === '' ? undefined : v);

export function toServer(s: NovaServer): Server {
  const addresses: Record<string, ServerAddress[]> = {};
  for (const [net, list] of Object.entries(s.addresses ?? {})) addresses[net] = list.map(toAddress);
  return {
    id: s.id,
    name: s.name,
    status: s.status,
    taskState: opt(s['OS-EXT-STS:task_state']),
    powerState: powerStateName(s['OS-EXT-STS:power_state']),
    vmState: opt(s['OS-EXT-STS:vm_state']),
    addresses,
    flavor: toFlavor(s.flavor),
    imageId: s.image && typeof s.image === 'object' ? s.image.id : '',
    keyName: opt(s.key_name),
    availabilityZone: opt(s['OS-EXT-AZ:availability_zone']),
    created: s.created,
    updated: s.updated,
    tags: s.tags ?? [],
    description: opt(s.description),
    metadata: s.metadata ?? {},
    locked: s.locked ?? false,
    lockedReason: opt(s.locked_reason),
    fault: toFault(s.fault),
    hostId: opt(s.hostId),
    projectId: s.tenant_id,
    userId: s.user_id,
    // one entry per port and group: a server on two networks lists "default" twice
    securityGroups: [...new Set((s.security_groups ?? []).map((g) => g.name))],
    hostname: opt(s['OS-EXT-SRV-ATTR:hostname']),
    progress: s.progress,
  };
}
