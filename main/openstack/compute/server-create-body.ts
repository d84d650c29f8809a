import type { ServerCreateRequest } from '../../../shared/schemas/server-create.js';
import { validationError } from '../errors.js';
import { buildBlockDevices, hasRootDevice, type NovaBlockDeviceMapping } from './server-create-bdm.js';
import { requireFeature } from './server-create-gate.js';
import { buildNetworks, type NovaNetworks } from './server-create-networks.js';

/** Nova's schema caps `user_data` at 65535 characters of base64, not at 65535 bytes of data. */
export const USER_DATA_MAX_ENCODED = 65535;

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
  'OS-DCF:diskConfig'?: 'AUTO' | 'MANUAL';
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

const toBase64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

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

function userData(ud: NonNullable<ServerCreateRequest['userData']>): string {
  // Given base64 is sent untouched: re-encoding would double-encode a binary payload (gzip, MIME).
  const encoded = 'text' in ud ? toBase64(ud.text) : ud.base64;
  if (encoded.length > USER_DATA_MAX_ENCODED) {
    throw validationError(
      'userData',
      `is ${encoded.length} characters once base64-encoded; Nova accepts at most ${USER_DATA_MAX_ENCODED}`,
    );
  }
  return encoded;
}

function personality(files: NonNullable<ServerCreateRequest['personality']>): { path: string; contents: string }[] {
  // Sorted by path as novaclient sends them (it keeps files in a dict), so the body is stable
  // whatever order the form produced; code-unit order, not locale order, for the same reason.
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = new Set<string>();
  return sorted.map((f) => {
    if (seen.has(f.path)) {
      // Two contents for one path: whichever Nova wrote last would win silently.
      throw validationError(`personality.${files.indexOf(f)}`, `${f.path} is given twice`);
    }
    seen.add(f.path);
    // `contents` is the file's text; Nova wants it base64-encoded.
    return { path: f.path, contents: toBase64(f.contents) };
  });
}

/**
 * Build the `POST /servers` body for a schema-valid request (the IPC router has validated it
 * with `ServerCreateRequest`). Pure: the same request and microversion always give the same
 * body. Enforces what the schema cannot: rules across fields and the negotiated microversion,
 * which refuses a field rather than dropping it.
 *
 * Empty collections (metadata, hints, security groups, personality, tags, certificates,
 * block devices) carry nothing to send, so they are left out and never gated: a form that
 * always sends `tags: []` must still work on a 2.51 cloud.
 *
 * Counts are sent only when more than one server may be built (normalised max > 1): Nova's
 * defaults are 1 and 1, so a single-server body looks like the API reference example.
 */
export function buildServerCreateBody(request: ServerCreateRequest, microversion: string): NovaServerCreateBody {
  const r = request;
  const { min, max } = normaliseCounts(r.minCount, r.maxCount);

  // Nova's schema requires no imageRef, but its code takes an empty one only when a block device
  // is the root disk (boot from volume); the key itself is always sent, as novaclient does.
  const imageRef = r.imageRef ?? '';
  if (imageRef === '' && !hasRootDevice(r.blockDevices)) {
    throw validationError('imageRef', 'choose an image, or a block device with boot index 0 to boot from');
  }

  const server: NovaServerCreate = { name: r.name, imageRef, flavorRef: r.flavorRef };

  if (r.userData !== undefined) server.user_data = userData(r.userData);
  if (r.metadata !== undefined && Object.keys(r.metadata).length > 0) server.metadata = { ...r.metadata };
  if (r.returnReservationId !== undefined) server.return_reservation_id = r.returnReservationId;
  if (r.keyName !== undefined) server.key_name = r.keyName;
  if (r.configDrive !== undefined) server.config_drive = r.configDrive;
  if (r.adminPass !== undefined) server.adminPass = r.adminPass;
  if (max > 1) {
    server.min_count = min;
    server.max_count = max;
  }
  if (r.securityGroups !== undefined && r.securityGroups.length > 0) {
    // Nova's `name` takes a name or an id (Neutron resolves either).
    server.security_groups = r.securityGroups.map((name) => ({ name }));
  }
  if (r.personality !== undefined && r.personality.length > 0) {
    requireFeature('server.personality', 'personality', microversion);
    server.personality = personality(r.personality);
  }
  if (r.availabilityZone !== undefined) server.availability_zone = r.availabilityZone;
  if (r.blockDevices !== undefined && r.blockDevices.length > 0) {
    server.block_device_mapping_v2 = buildBlockDevices(r.blockDevices, microversion);
  }
  const networks = buildNetworks(r.networks, max, microversion);
  if (networks !== undefined) server.networks = networks;
  if (r.diskConfig !== undefined) server['OS-DCF:diskConfig'] = r.diskConfig;
  if (r.description !== undefined) {
    requireFeature('server.description', 'description', microversion);
    server.description = r.description;
  }
  if (r.tags !== undefined && r.tags.length > 0) {
    requireFeature('server.tags', 'tags', microversion);
    server.tags = [...r.tags];
  }
  if (r.hostname !== undefined) {
    requireFeature('server.hostname', 'hostname', microversion);
    server.hostname = r.hostname;
  }
  if (r.trustedImageCertificates !== undefined && r.trustedImageCertificates.length > 0) {
    requireFeature('server.trustedImageCertificates', 'trustedImageCertificates', microversion);
    server.trusted_image_certificates = [...r.trustedImageCertificates];
  }
  if (r.host !== undefined) {
    requireFeature('server.host', 'host', microversion);
    server.host = r.host;
  }
  if (r.hypervisorHostname !== undefined) {
    requireFeature('server.hypervisorHostname', 'hypervisorHostname', microversion);
    server.hypervisor_hostname = r.hypervisorHostname;
  }

  const body: NovaServerCreateBody = { server };
  if (r.schedulerHints !== undefined && Object.keys(r.schedulerHints).length > 0) {
    body['os:scheduler_hints'] = { ...r.schedulerHints };
  }
  return body;
}
