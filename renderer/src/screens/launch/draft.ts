import type { NicRequest, ServerCreateRequest } from '../../../../shared/schemas/server-create.js';
import { userDataPayload } from './userdata.js';

/**
 * The launch form's values: what the user is editing, shaped for inputs (strings, rows,
 * ordered NICs) rather than for Nova. `toRequest` turns it into the one `ServerCreateRequest`
 * that main validates and builds the body from. Field names match the request where they can,
 * so a validation path reads the same in both.
 */

/** One NIC in boot order: a network (optionally with a fixed address) or an existing port. */
export interface NicDraft {
  kind: 'network' | 'port';
  /** network id or port id */
  id: string;
  v4FixedIp: string;
  v6FixedIp: string;
  /** device tag, compute 2.42+ */
  tag: string;
}

export interface KeyValueRow {
  key: string;
  value: string;
}

export type SourceKind = 'image' | 'snapshot';
export type NetworkMode = 'list' | 'auto' | 'none';

export interface LaunchDraft {
  // Details
  name: string;
  description: string;
  count: number;
  /** '' = let Nova choose */
  availabilityZone: string;
  hostname: string;
  tags: string[];
  // Source
  sourceKind: SourceKind;
  imageRef: string;
  // Flavor
  flavorRef: string;
  // Networks and ports: one ordered list; NIC order is request order
  networkMode: NetworkMode;
  networks: NicDraft[];
  // Security groups: ids (names can repeat across projects)
  securityGroups: string[];
  /** false until the default group was preselected or the user chose: a later empty list is the user's */
  securityGroupsChosen: boolean;
  // Key pair: '' = none
  keyName: string;
  // Configuration
  userDataText: string;
  /** set when a binary file was loaded: sent as is, never re-encoded */
  userDataBase64: string;
  userDataFileName: string;
  configDrive: boolean;
  diskConfig: '' | 'AUTO' | 'MANUAL';
  adminPass: string;
  // Server group: '' = none
  serverGroup: string;
  schedulerHints: KeyValueRow[];
  metadata: KeyValueRow[];
}

/** Fields that hold secrets: kept in memory for the session, never written to localStorage. */
export const SECRET_FIELDS = ['adminPass', 'userDataText', 'userDataBase64'] as const satisfies readonly (keyof LaunchDraft)[];

export function emptyDraft(): LaunchDraft {
  return {
    name: '',
    description: '',
    count: 1,
    availabilityZone: '',
    hostname: '',
    tags: [],
    sourceKind: 'image',
    imageRef: '',
    flavorRef: '',
    networkMode: 'list',
    networks: [],
    securityGroups: [],
    securityGroupsChosen: false,
    keyName: '',
    userDataText: '',
    userDataBase64: '',
    userDataFileName: '',
    configDrive: false,
    diskConfig: '',
    adminPass: '',
    serverGroup: '',
    schedulerHints: [],
    metadata: [],
  };
}

/** The draft without secrets, for localStorage. */
export function withoutSecrets(d: LaunchDraft): LaunchDraft {
  const copy = { ...d };
  for (const f of SECRET_FIELDS) copy[f] = '';
  return copy;
}

/** A stored draft may come from an older version: fill what it lacks, drop what is malformed. */
export function reviveDraft(stored: unknown): LaunchDraft {
  const base = emptyDraft();
  if (!stored || typeof stored !== 'object') return base;
  const s = stored as Record<string, unknown>;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(base)) {
    const got = s[k];
    if (got !== undefined && typeof got === typeof v && Array.isArray(got) === Array.isArray(v)) out[k] = got;
  }
  return out as unknown as LaunchDraft;
}

const trimmed = (s: string) => s.trim();
const present = (s: string) => trimmed(s) !== '';

function nic(n: NicDraft): NicRequest {
  const out: NicRequest = n.kind === 'port' ? { portId: n.id } : { netId: n.id };
  if (present(n.v4FixedIp)) out.v4FixedIp = trimmed(n.v4FixedIp);
  if (present(n.v6FixedIp)) out.v6FixedIp = trimmed(n.v6FixedIp);
  if (present(n.tag)) out.tag = trimmed(n.tag);
  return out;
}

function record(rows: readonly KeyValueRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) if (present(r.key)) out[trimmed(r.key)] = r.value;
  return out;
}

/** Scheduler hints: Nova takes a list for keys like `same_host`; `a,b` in the form means that. */
function hints(rows: readonly KeyValueRow[], serverGroup: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const r of rows) {
    if (!present(r.key)) continue;
    const parts = r.value.split(',').map(trimmed).filter(Boolean);
    out[trimmed(r.key)] = parts.length > 1 ? parts : trimmed(r.value);
  }
  // the server group step is Horizon's and OSC's alias for the `group` hint
  if (serverGroup) out.group = serverGroup;
  return out;
}

/**
 * The request main receives. Empty optional fields are left out (not sent as ''), so a field
 * the cloud's microversion lacks is only ever sent when the user filled it in.
 */
export function toRequest(d: LaunchDraft): ServerCreateRequest {
  const r: ServerCreateRequest = { name: trimmed(d.name), flavorRef: d.flavorRef };
  if (d.imageRef) r.imageRef = d.imageRef;
  if (present(d.description)) r.description = d.description;
  const count = Number.isFinite(d.count) && d.count >= 1 ? Math.floor(d.count) : 1;
  if (count > 1) {
    // all or nothing, as Horizon and Skyline ask; a reservation id lets us follow every server
    r.minCount = count;
    r.maxCount = count;
    r.returnReservationId = true;
  }
  if (d.availabilityZone) r.availabilityZone = d.availabilityZone;
  if (present(d.hostname)) r.hostname = trimmed(d.hostname);
  if (d.tags.length > 0) r.tags = [...d.tags];
  if (d.networkMode === 'auto' || d.networkMode === 'none') r.networks = d.networkMode;
  else if (d.networks.length > 0) r.networks = d.networks.map(nic);
  if (d.securityGroups.length > 0) r.securityGroups = [...d.securityGroups];
  if (d.keyName) r.keyName = d.keyName;
  const ud = userDataPayload(d);
  if (ud) r.userData = ud;
  if (d.configDrive) r.configDrive = true; // Nova refuses config_drive: false on some versions; absent means no
  if (d.diskConfig) r.diskConfig = d.diskConfig;
  if (d.adminPass) r.adminPass = d.adminPass;
  const h = hints(d.schedulerHints, d.serverGroup);
  if (Object.keys(h).length > 0) r.schedulerHints = h;
  const m = record(d.metadata);
  if (Object.keys(m).length > 0) r.metadata = m;
  return r;
}
