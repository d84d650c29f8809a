import type { NicRequest, ServerCreateRequest } from '../../../../shared/schemas/server-create.js';
import { blockDevices, bootsFromVolume } from './boot-volume.js';
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

/** Glance image, instance snapshot (also a Glance image), bootable Cinder volume, volume snapshot */
export type SourceKind = 'image' | 'snapshot' | 'volume' | 'volumeSnapshot';

/** An extra empty volume made for each server (boot_index -1: never the root disk). */
export interface DataVolumeDraft {
  sizeGb: number;
  /** '' = the cloud's default type */
  volumeType: string;
  deleteOnTermination: boolean;
}
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
  /** the bootable volume (sourceKind 'volume') */
  volumeId: string;
  /** the volume snapshot a new root volume is made from (sourceKind 'volumeSnapshot') */
  volumeSnapshotId: string;
  /** image or instance snapshot: copy it to a new volume and boot from that */
  newVolume: boolean;
  /** size of a new root volume in GiB; 0 = the smallest that fits (see boot-volume.ts) */
  rootSizeGb: number;
  /** type of a new root volume; '' = the cloud's default type */
  rootVolumeType: string;
  /** a root volume this launch makes goes with the server */
  rootDeleteOnTermination: boolean;
  /** the user's own bootable volume goes with the server: off unless asked */
  volumeDeleteOnTermination: boolean;
  dataVolumes: DataVolumeDraft[];
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
    volumeId: '',
    volumeSnapshotId: '',
    newVolume: false,
    rootSizeGb: 0,
    rootVolumeType: '',
    // Horizon defaults to keeping the volume, Skyline to deleting it with the server. A volume
    // the launch itself makes holds nothing but the image: kept, it outlives the server unseen
    // and eats the gigabytes quota, so it goes with the server unless the user says otherwise.
    // The user's own volume (booted as it is) is the opposite: never deleted unless asked.
    rootDeleteOnTermination: true,
    volumeDeleteOnTermination: false,
    dataVolumes: [],
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
 * the cloud's microversion lacks is only ever sent when the user filled it in. `rootMinGb` is
 * the smallest root volume that fits (boot-volume.ts), used while the user has typed no size.
 */
export function toRequest(d: LaunchDraft, rootMinGb?: number): ServerCreateRequest {
  const r: ServerCreateRequest = { name: trimmed(d.name), flavorRef: d.flavorRef };
  // booting from a volume, imageRef is sent empty: the image (if any) rides in the root device
  if (d.imageRef && !bootsFromVolume(d)) r.imageRef = d.imageRef;
  const devices = blockDevices(d, rootMinGb);
  if (devices.length > 0) r.blockDevices = devices;
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
