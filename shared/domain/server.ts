import type { ErrorKind } from '../errors.js';

/**
 * A server as the app sees it, whatever compute microversion the cloud speaks. The raw Nova
 * shape stays in main/openstack (DESIGN.md decision 5).
 */

/** Nova's power_state numbers, by name (nova/compute/power_state.py). */
export const POWER_STATES = {
  0: 'NOSTATE',
  1: 'RUNNING',
  3: 'PAUSED',
  4: 'SHUTDOWN',
  6: 'CRASHED',
  7: 'SUSPENDED',
} as const;

export type PowerState = (typeof POWER_STATES)[keyof typeof POWER_STATES] | 'UNKNOWN';

/** The statuses Nova reports; others may appear on newer clouds, so the type stays open. */
export type ServerStatus =
  | 'ACTIVE'
  | 'BUILD'
  | 'DELETED'
  | 'ERROR'
  | 'HARD_REBOOT'
  | 'MIGRATING'
  | 'PASSWORD'
  | 'PAUSED'
  | 'REBOOT'
  | 'REBUILD'
  | 'RESCUE'
  | 'RESIZE'
  | 'REVERT_RESIZE'
  | 'SHELVED'
  | 'SHELVED_OFFLOADED'
  | 'SHUTOFF'
  | 'SOFT_DELETED'
  | 'SUSPENDED'
  | 'UNKNOWN'
  | 'VERIFY_RESIZE'
  | (string & {});

export interface ServerAddress {
  addr: string;
  version: 4 | 6;
  /** absent on clouds that do not report OS-EXT-IPS:type */
  type: 'fixed' | 'floating' | undefined;
  mac: string | undefined;
}

/**
 * The flavor a server runs with. Before compute 2.47 Nova gives only the id; from 2.47 it
 * embeds a copy (the flavor may since have been deleted) without the id.
 */
export interface ServerFlavor {
  id: string | undefined;
  name: string | undefined;
  vcpus: number | undefined;
  ramMb: number | undefined;
  diskGb: number | undefined;
  ephemeralGb: number | undefined;
  swapMb: number | undefined;
  extraSpecs: Record<string, string> | undefined;
}

export interface ServerFault {
  code: number;
  message: string;
  /** admins only, and only for 500s */
  details: string | undefined;
  created: string | undefined;
}

export interface Server {
  id: string;
  name: string;
  status: ServerStatus;
  taskState: string | undefined;
  powerState: PowerState;
  vmState: string | undefined;
  /** network name → its addresses */
  addresses: Record<string, ServerAddress[]>;
  flavor: ServerFlavor;
  /** '' when the server boots from a volume */
  imageId: string;
  keyName: string | undefined;
  availabilityZone: string | undefined;
  created: string;
  updated: string;
  tags: string[];
  description: string | undefined;
  metadata: Record<string, string>;
  locked: boolean;
  lockedReason: string | undefined;
  fault: ServerFault | undefined;
  hostId: string | undefined;
  projectId: string;
  userId: string;
  /** security group names, once each */
  securityGroups: string[];
  hostname: string | undefined;
  progress: number | undefined;
}

/** What a launch returns. The admin password Nova generates is never passed on (decision 8). */
export interface ServerCreated {
  /** absent only when a reservation id was asked for instead */
  id: string | undefined;
  reservationId: string | undefined;
  /** set when the POST failed unclearly (this kind) and the server was found by name afterwards */
  recoveredFrom: ErrorKind | undefined;
}

export const SERVER_SORT_KEYS = [
  'access_ip_v4',
  'access_ip_v6',
  'availability_zone',
  'config_drive',
  'created_at',
  'display_description',
  'display_name',
  'host',
  'hostname',
  'image_ref',
  'instance_type_id',
  'key_name',
  'launch_index',
  'launched_at',
  'locked',
  'locked_by',
  'node',
  'power_state',
  'progress',
  'project_id',
  'task_state',
  'terminated_at',
  'updated_at',
  'user_id',
  'uuid',
  'vm_state',
] as const;
export type ServerSortKey = (typeof SERVER_SORT_KEYS)[number];

export interface InstanceActionEvent {
  event: string;
  startTime: string | undefined;
  finishTime: string | undefined;
  result: string | undefined;
  /** admins only */
  traceback: string | undefined;
  /** compute 2.62+ */
  hostId: string | undefined;
}

export interface InstanceAction {
  action: string;
  requestId: string;
  instanceId: string;
  userId: string | undefined;
  projectId: string | undefined;
  startTime: string;
  /** compute 2.58+ */
  updatedAt: string | undefined;
  message: string | undefined;
  /** only from `get`, and only where policy shows them (owners from 2.51) */
  events: InstanceActionEvent[] | undefined;
}

/** What Nova answers for a remote console: the URL carries its token, so it stays in main. */
export interface RemoteConsole {
  protocol: string;
  type: string;
  url: string;
}

/** Nova's `[consoleauth] token_ttl` default: its API does not say a console token's lifetime. */
export const CONSOLE_TOKEN_TTL_SECONDS = 600;

/**
 * A console main opened for the renderer, without its URL: in a window of its own (Electron),
 * or behind a one-time link on the host (`/console/<nonce>`, good for seconds) that the
 * renderer opens in a popup. The lifetime is Nova's default, not something the cloud said.
 */
export interface ConsoleOpened {
  protocol: string;
  type: string;
  opened: 'window' | 'link';
  link?: string;
  /** ISO 8601, when main got the console from Nova */
  issuedAt: string;
  lifetimeSeconds: typeof CONSOLE_TOKEN_TTL_SECONDS;
  lifetimeSource: 'nova-default';
}
