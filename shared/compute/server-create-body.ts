import type { DiskConfig, ServerCreateRequest } from '../schemas/server-create.js';
import { textToBase64 } from './base64.js';
import { Problems, type ServerCreateProblem } from './problems.js';
import { buildBlockDevices, hasRootDevice, type NovaBlockDeviceMapping } from './server-create-bdm.js';
import { buildNetworks, type NovaNetworks } from './server-create-networks.js';

/**
 * The `POST /servers` body builder (≈ novaclient's ServerManager._boot), pure TS shared by
 * main, which sends the body, and the launch screen, which previews it: one implementation, so
 * the preview cannot drift from what is sent.
 */

/** Nova's schema caps `user_data` at 65535 characters of base64, not at 65535 bytes of data. */
export const USER_DATA_MAX_ENCODED = 65535;

/** What the preview shows instead of a secret. */
export const HIDDEN = '<hidden>';

/** `server` of a `POST /servers` body, as the Nova API reference names the keys. */
export interface NovaServerCreate {
  name: string;
  imageRef: string;
  flavorRef: string;
  user_data?: string;
  metadata?: Record<string, string>;
  return_reservation_id?: boolean;
  key_name?: string;
  config_drive?: boolean;
  adminPass?: string;
  min_count?: number;
  max_count?: number;
  security_groups?: { name: string }[];
  personality?: { path: string; contents: string }[];
  availability_zone?: string;
  block_device_mapping_v2?: NovaBlockDeviceMapping[];
  networks?: NovaNetworks;
  'OS-DCF:diskConfig'?: DiskConfig;
  description?: string;
  tags?: string[];
  hostname?: string;
  trusted_image_certificates?: string[];
  host?: string;
  hypervisor_hostname?: string;
}

/** The whole body: scheduler hints sit beside `server`, not inside it (Nova's schema puts them there). */
export interface NovaServerCreateBody {
  server: NovaServerCreate;
  'os:scheduler_hints'?: Record<string, string | string[]>;
}

export interface ServerCreateComposition {
  body: NovaServerCreateBody;
  /** Empty when the body may be sent. */
  problems: ServerCreateProblem[];
}

export interface ComposeOptions {
  /**
   * Replace the admin password and the user data by markers (the user data's size stays
   * visible): for showing the body, never for sending it.
   */
  hideSecrets?: boolean;
}

/**
 * min/max normalised as novaclient's `ServerManager.create` does: no min → 1, no max → min,
 * min above max → min = max (the user asked for at most max, so that bound wins).
 */
export function normaliseCounts(minCount: number | undefined, maxCount: number | undefined): { min: number; max: number } {
  let min = minCount ?? 1;
  const max = maxCount ?? min;
  if (min > max) min = max;
  return { min, max };
}

function personality(files: NonNullable<ServerCreateRequest['personality']>, p: Problems): { path: string; contents: string }[] {
  // Sorted by path as novaclient sends them (it keeps files in a dict), so the body is stable
  // whatever order the form produced; code-unit order, not locale order, for the same reason.
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = new Set<string>();
  return sorted.map((f) => {
    // Two contents for one path: whichever Nova wrote last would win silently.
    if (seen.has(f.path)) p.add({ field: `personality.${files.indexOf(f)}`, code: 'duplicatePath', path: f.path });
    seen.add(f.path);
    // `contents` is the file's text; Nova wants it base64-encoded.
    return { path: f.path, contents: textToBase64(f.contents) };
  });
}

/**
 * Build the `POST /servers` body for a schema-valid request (`ServerCreateRequest`) and the
 * negotiated microversion. Pure: the same input always gives the same body. What the schema
 * cannot check (rules across fields, fields the microversion lacks) comes back as problems, in
 * build order, instead of an exception, so a form can show every one at once.
 *
 * Empty collections (metadata, hints, security groups, personality, tags, certificates,
 * block devices) carry nothing to send, so they are left out and never gated: a form that
 * always sends `tags: []` must still work on a 2.51 cloud.
 *
 * Counts are sent only when more than one server may be built (normalised max > 1): Nova's
 * defaults are 1 and 1, so a single-server body looks like the API reference example.
 */
export function composeServerCreateBody(request: ServerCreateRequest, microversion: string, opts: ComposeOptions = {}): ServerCreateComposition {
  const r = request;
  const p = new Problems(microversion);
  const { min, max } = normaliseCounts(r.minCount, r.maxCount);

  // Nova's schema requires no imageRef, but its code takes an empty one only when a block device
  // is the root disk (boot from volume); the key itself is always sent, as novaclient does.
  const imageRef = r.imageRef ?? '';
  if (imageRef === '' && !hasRootDevice(r.blockDevices)) p.add({ field: 'imageRef', code: 'imageRequired' });

  const server: NovaServerCreate = { name: r.name, imageRef, flavorRef: r.flavorRef };

  if (r.userData !== undefined) {
    // Given base64 is sent untouched: re-encoding would double-encode a binary payload (gzip, MIME).
    const encoded = 'text' in r.userData ? textToBase64(r.userData.text) : r.userData.base64;
    if (encoded.length > USER_DATA_MAX_ENCODED) p.add({ field: 'userData', code: 'userDataTooBig', length: encoded.length, max: USER_DATA_MAX_ENCODED });
    // the content is the user's secret (passwords in cloud-config are common): a preview shows its size only
    server.user_data = opts.hideSecrets ? `${HIDDEN} ${encoded.length} base64 characters` : encoded;
  }
  if (r.metadata !== undefined && Object.keys(r.metadata).length > 0) server.metadata = { ...r.metadata };
  if (r.returnReservationId !== undefined) server.return_reservation_id = r.returnReservationId;
  if (r.keyName !== undefined) server.key_name = r.keyName;
  if (r.configDrive !== undefined) server.config_drive = r.configDrive;
  if (r.adminPass !== undefined) server.adminPass = opts.hideSecrets ? HIDDEN : r.adminPass;
  if (max > 1) {
    server.min_count = min;
    server.max_count = max;
  }
  if (r.securityGroups !== undefined && r.securityGroups.length > 0) {
    // Nova's `name` takes a name or an id (Neutron resolves either).
    server.security_groups = r.securityGroups.map((name) => ({ name }));
  }
  if (r.personality !== undefined && r.personality.length > 0 && p.gate('server.personality', 'personality')) {
    server.personality = personality(r.personality, p);
  }
  if (r.availabilityZone !== undefined) server.availability_zone = r.availabilityZone;
  if (r.blockDevices !== undefined && r.blockDevices.length > 0) server.block_device_mapping_v2 = buildBlockDevices(r.blockDevices, p);
  const networks = buildNetworks(r.networks, max, p);
  if (networks !== undefined) server.networks = networks;
  if (r.diskConfig !== undefined) server['OS-DCF:diskConfig'] = r.diskConfig;
  if (r.description !== undefined && p.gate('server.description', 'description')) server.description = r.description;
  if (r.tags !== undefined && r.tags.length > 0 && p.gate('server.tags', 'tags')) server.tags = [...r.tags];
  if (r.hostname !== undefined && p.gate('server.hostname', 'hostname')) server.hostname = r.hostname;
  if (
    r.trustedImageCertificates !== undefined &&
    r.trustedImageCertificates.length > 0 &&
    p.gate('server.trustedImageCertificates', 'trustedImageCertificates')
  ) {
    server.trusted_image_certificates = [...r.trustedImageCertificates];
  }
  if (r.host !== undefined && p.gate('server.host', 'host')) server.host = r.host;
  if (r.hypervisorHostname !== undefined && p.gate('server.hypervisorHostname', 'hypervisorHostname')) {
    server.hypervisor_hostname = r.hypervisorHostname;
  }

  const body: NovaServerCreateBody = { server };
  if (r.schedulerHints !== undefined && Object.keys(r.schedulerHints).length > 0) {
    body['os:scheduler_hints'] = { ...r.schedulerHints };
  }
  return { body, problems: p.list };
}
