import { textToBase64 } from '../../../shared/compute/base64.js';
import { USER_DATA_MAX_ENCODED } from '../../../shared/compute/server-create-body.js';
import type { ConsoleProtocol, ServerRebuildRequest, ServerRescueRequest } from '../../../shared/schemas/server-actions.js';
import { validationError } from '../errors.js';
import { requireFeature } from './feature-gate.js';

/** `{lock: null}` or, from 2.73, `{lock: {locked_reason}}`. */
export function buildLockBody(reason: string | undefined, microversion: string): { lock: null | { locked_reason: string } } {
  if (reason === undefined) return { lock: null };
  requireFeature('server.lock.reason', 'reason', microversion);
  return { lock: { locked_reason: reason } };
}

/** `{unshelve: null}` or, from 2.77, `{unshelve: {availability_zone}}` (Nova then schedules the server in that zone). */
export function buildUnshelveBody(availabilityZone: string | undefined, microversion: string): { unshelve: null | { availability_zone: string } } {
  if (availabilityZone === undefined) return { unshelve: null };
  requireFeature('unshelve.availabilityZone', 'availabilityZone', microversion);
  return { unshelve: { availability_zone: availabilityZone } };
}

/** `{rescue: null}` or `{rescue: {adminPass?, rescue_image_ref?}}`. */
export function buildRescueBody(r: ServerRescueRequest): { rescue: null | { adminPass?: string; rescue_image_ref?: string } } {
  if (r.adminPass === undefined && r.rescueImageRef === undefined) return { rescue: null };
  return { rescue: { ...(r.adminPass !== undefined ? { adminPass: r.adminPass } : {}), ...(r.rescueImageRef !== undefined ? { rescue_image_ref: r.rescueImageRef } : {}) } };
}

function encodeUserData(ud: NonNullable<ServerRebuildRequest['userData']>): string {
  // base64 given by the caller is sent as is: re-encoding would double-encode binary payloads
  const encoded = 'text' in ud ? textToBase64(ud.text) : ud.base64;
  if (encoded.length > USER_DATA_MAX_ENCODED) {
    throw validationError('userData', `is ${encoded.length} characters once base64-encoded; Nova accepts at most ${USER_DATA_MAX_ENCODED}`);
  }
  return encoded;
}

/**
 * `{rebuild: {...}}` for this request at this microversion. Like create, a field the cloud's
 * version lacks is refused rather than dropped: a rebuild that silently keeps the old key
 * pair or user data would be worse than an error.
 */
export function buildRebuildBody(r: ServerRebuildRequest, microversion: string): { rebuild: Record<string, unknown> } {
  if (!r.imageRef) throw validationError('imageRef', 'a rebuild needs an image');
  const b: Record<string, unknown> = { imageRef: r.imageRef };
  if (r.name !== undefined) b.name = r.name;
  if (r.adminPass !== undefined) b.adminPass = r.adminPass;
  if (r.metadata !== undefined) b.metadata = { ...r.metadata };
  if (r.personality !== undefined && r.personality.length > 0) {
    requireFeature('server.personality', 'personality', microversion);
    b.personality = r.personality.map((f) => ({ path: f.path, contents: textToBase64(f.contents) }));
  }
  if (r.preserveEphemeral !== undefined) b.preserve_ephemeral = r.preserveEphemeral;
  if (r.diskConfig !== undefined) b['OS-DCF:diskConfig'] = r.diskConfig;
  if (r.accessIPv4 !== undefined) b.accessIPv4 = r.accessIPv4;
  if (r.accessIPv6 !== undefined) b.accessIPv6 = r.accessIPv6;
  if (r.description !== undefined) {
    requireFeature('server.description', 'description', microversion);
    b.description = r.description;
  }
  if (r.keyName !== undefined) {
    requireFeature('server.rebuild.keyName', 'keyName', microversion);
    b.key_name = r.keyName;
  }
  if (r.userData !== undefined) {
    requireFeature('server.rebuild.userData', 'userData', microversion);
    b.user_data = r.userData === null ? null : encodeUserData(r.userData);
  }
  if (r.trustedImageCertificates !== undefined) {
    requireFeature('server.trustedImageCertificates', 'trustedImageCertificates', microversion);
    b.trusted_image_certificates = r.trustedImageCertificates === null ? null : [...r.trustedImageCertificates];
  }
  if (r.hostname !== undefined) {
    requireFeature('server.rebuild.hostname', 'hostname', microversion);
    b.hostname = r.hostname;
  }
  return { rebuild: b };
}

/** `{remote_console: {protocol, type}}`; the MKS protocol arrived after the others (2.8). */
export function buildRemoteConsoleBody(
  protocol: ConsoleProtocol,
  type: string,
  microversion: string,
): { remote_console: { protocol: string; type: string } } {
  requireFeature('console.remote', 'remoteConsole', microversion);
  if (protocol === 'mks') requireFeature('console.mks', 'protocol', microversion);
  return { remote_console: { protocol, type } };
}
