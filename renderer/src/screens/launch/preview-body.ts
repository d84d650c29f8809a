import { COMPUTE_FEATURES, supports, type ComputeFeature } from '../../../../shared/microversion.js';
import type { BlockDeviceRequest, NicRequest, ServerCreateRequest } from '../../../../shared/schemas/server-create.js';
import { base64Length, textToBase64, USER_DATA_MAX_ENCODED, utf8Length } from './userdata.js';

/**
 * The `POST /servers` request main will send for a request and microversion, computed in the
 * renderer so the user sees it before pressing Launch. It mirrors
 * main/openstack/compute/server-create-body.ts rule for rule (the renderer may not import
 * main); where the builder would refuse, this collects a problem instead of throwing, so the
 * preview stays visible while the form is being filled in. Secrets are replaced by a marker.
 */

export const HIDDEN = '<hidden>';

export type PreviewProblem =
  | { field: string; code: 'imageRequired' | 'nicNeedsTarget' | 'portAlone' | 'portMulti' | 'fixedIpBoth' | 'fixedIpMulti' | 'networksRequired' | 'rootTwice' | 'duplicatePath' }
  | { field: string; code: 'userDataTooBig'; length: number; max: number }
  | { field: string; code: 'bdmUuid'; source: string }
  | { field: string; code: 'unsupported'; needed: string; negotiated: string };

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export interface RequestPreview {
  method: 'POST';
  path: '/servers';
  microversion: string;
  headers: Record<string, string>;
  body: { server: Record<string, Json>; 'os:scheduler_hints'?: Record<string, string | string[]> };
  problems: PreviewProblem[];
}

/** novaclient's normalisation, as the builder does it: no min → 1, no max → min, min above max → max. */
export function normaliseCounts(minCount: number | undefined, maxCount: number | undefined): { min: number; max: number } {
  let min = minCount ?? 1;
  const max = maxCount ?? min;
  if (min > max) min = max;
  return { min, max };
}

function neededVersion(feature: ComputeFeature): string {
  const f: { since: string; until?: string } = COMPUTE_FEATURES[feature];
  if (!f.until) return f.since;
  return f.since === '2.1' ? `≤ ${f.until}` : `${f.since}–${f.until}`;
}

class Collector {
  problems: PreviewProblem[] = [];
  constructor(readonly microversion: string) {}
  /** true when the feature may be sent; otherwise records why not */
  gate(feature: ComputeFeature, field: string): boolean {
    if (supports(feature, this.microversion)) return true;
    this.problems.push({ field, code: 'unsupported', needed: neededVersion(feature), negotiated: this.microversion });
    return false;
  }
  add(p: PreviewProblem): void {
    this.problems.push(p);
  }
}

function nicBody(nic: NicRequest, index: number, maxCount: number, c: Collector): Record<string, Json> {
  const field = `networks.${index}`;
  const fixedIp = nic.v4FixedIp ?? nic.v6FixedIp;
  if (nic.v4FixedIp !== undefined && nic.v6FixedIp !== undefined) c.add({ field, code: 'fixedIpBoth' });
  if (nic.portId !== undefined) {
    if (nic.netId !== undefined || fixedIp !== undefined) c.add({ field, code: 'portAlone' });
    if (maxCount > 1) c.add({ field, code: 'portMulti' });
  } else if (nic.netId === undefined) {
    c.add({ field, code: 'nicNeedsTarget' });
  }
  if (fixedIp !== undefined && maxCount > 1) c.add({ field, code: 'fixedIpMulti' });

  const out: Record<string, Json> = {};
  if (nic.netId !== undefined) out.uuid = nic.netId;
  if (nic.portId !== undefined) out.port = nic.portId;
  if (fixedIp !== undefined) out.fixed_ip = fixedIp;
  if (nic.tag !== undefined && c.gate('server.nic.tag', `${field}.tag`)) out.tag = nic.tag;
  return out;
}

function networksBody(networks: ServerCreateRequest['networks'], maxCount: number, c: Collector): Json | undefined {
  if (networks === 'auto' || networks === 'none') {
    return c.gate('server.networks.autoNone', 'networks') ? networks : undefined;
  }
  if (networks === undefined || networks.length === 0) {
    if (supports('server.networks.required', c.microversion)) c.add({ field: 'networks', code: 'networksRequired' });
    return undefined;
  }
  return networks.map((n, i) => nicBody(n, i, maxCount, c));
}

function bdmBody(devices: readonly BlockDeviceRequest[], c: Collector): Json[] {
  let rootSeen = false;
  return devices.map((d, i) => {
    const field = `blockDevices.${i}`;
    if (d.bootIndex === 0) {
      if (rootSeen) c.add({ field: `${field}.bootIndex`, code: 'rootTwice' });
      rootSeen = true;
    }
    if (d.sourceType === 'blank' ? d.uuid !== undefined : d.uuid === undefined) c.add({ field: `${field}.uuid`, code: 'bdmUuid', source: d.sourceType });
    const out: Record<string, Json> = { source_type: d.sourceType };
    if (d.destinationType !== undefined) out.destination_type = d.destinationType;
    if (d.uuid !== undefined) out.uuid = d.uuid;
    if (d.bootIndex !== undefined) out.boot_index = d.bootIndex;
    if (d.volumeSizeGb !== undefined) out.volume_size = d.volumeSizeGb;
    if (d.deleteOnTermination !== undefined) out.delete_on_termination = d.deleteOnTermination;
    if (d.deviceName !== undefined) out.device_name = d.deviceName;
    if (d.diskBus !== undefined) out.disk_bus = d.diskBus;
    if (d.deviceType !== undefined) out.device_type = d.deviceType;
    if (d.guestFormat !== undefined) out.guest_format = d.guestFormat;
    if (d.volumeType !== undefined && c.gate('server.bdm.volumeType', `${field}.volumeType`)) out.volume_type = d.volumeType;
    if (d.tag !== undefined && c.gate('server.bdm.tag', `${field}.tag`)) out.tag = d.tag;
    return out;
  });
}

function userDataLength(ud: NonNullable<ServerCreateRequest['userData']>): number {
  return 'text' in ud ? base64Length(utf8Length(ud.text)) : ud.base64.length;
}

/** Key order follows the builder, so the preview reads like the body in the request log. */
export function previewBody(request: ServerCreateRequest, microversion: string): RequestPreview {
  const r = request;
  const c = new Collector(microversion);
  const { min, max } = normaliseCounts(r.minCount, r.maxCount);

  const imageRef = r.imageRef ?? '';
  if (imageRef === '' && !(r.blockDevices ?? []).some((d) => d.bootIndex === 0)) c.add({ field: 'imageRef', code: 'imageRequired' });

  const server: Record<string, Json> = { name: r.name, imageRef, flavorRef: r.flavorRef };
  if (r.userData !== undefined) {
    const length = userDataLength(r.userData);
    if (length > USER_DATA_MAX_ENCODED) c.add({ field: 'userData', code: 'userDataTooBig', length, max: USER_DATA_MAX_ENCODED });
    // the content is the user's secret (passwords in cloud-config are common): only its size is shown
    server.user_data = `${HIDDEN} ${length} base64 characters`;
  }
  if (r.metadata !== undefined && Object.keys(r.metadata).length > 0) server.metadata = { ...r.metadata };
  if (r.returnReservationId !== undefined) server.return_reservation_id = r.returnReservationId;
  if (r.keyName !== undefined) server.key_name = r.keyName;
  if (r.configDrive !== undefined) server.config_drive = r.configDrive;
  if (r.adminPass !== undefined) server.adminPass = HIDDEN;
  if (max > 1) {
    server.min_count = min;
    server.max_count = max;
  }
  if (r.securityGroups !== undefined && r.securityGroups.length > 0) server.security_groups = r.securityGroups.map((name) => ({ name }));
  if (r.personality !== undefined && r.personality.length > 0 && c.gate('server.personality', 'personality')) {
    const sorted = [...r.personality].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const seen = new Set<string>();
    server.personality = sorted.map((f) => {
      if (seen.has(f.path)) c.add({ field: `personality.${r.personality!.indexOf(f)}`, code: 'duplicatePath' });
      seen.add(f.path);
      return { path: f.path, contents: textToBase64(f.contents) };
    });
  }
  if (r.availabilityZone !== undefined) server.availability_zone = r.availabilityZone;
  if (r.blockDevices !== undefined && r.blockDevices.length > 0) server.block_device_mapping_v2 = bdmBody(r.blockDevices, c);
  const networks = networksBody(r.networks, max, c);
  if (networks !== undefined) server.networks = networks;
  if (r.diskConfig !== undefined) server['OS-DCF:diskConfig'] = r.diskConfig;
  if (r.description !== undefined && c.gate('server.description', 'description')) server.description = r.description;
  if (r.tags !== undefined && r.tags.length > 0 && c.gate('server.tags', 'tags')) server.tags = [...r.tags];
  if (r.hostname !== undefined && c.gate('server.hostname', 'hostname')) server.hostname = r.hostname;
  if (
    r.trustedImageCertificates !== undefined &&
    r.trustedImageCertificates.length > 0 &&
    c.gate('server.trustedImageCertificates', 'trustedImageCertificates')
  ) {
    server.trusted_image_certificates = [...r.trustedImageCertificates];
  }
  if (r.host !== undefined && c.gate('server.host', 'host')) server.host = r.host;
  if (r.hypervisorHostname !== undefined && c.gate('server.hypervisorHostname', 'hypervisorHostname')) {
    server.hypervisor_hostname = r.hypervisorHostname;
  }

  const body: RequestPreview['body'] = { server };
  if (r.schedulerHints !== undefined && Object.keys(r.schedulerHints).length > 0) body['os:scheduler_hints'] = { ...r.schedulerHints };

  return {
    method: 'POST',
    path: '/servers',
    microversion,
    // both headers, as keystoneauth sends them: the legacy one for clouds older than 2.27
    headers: { 'OpenStack-API-Version': `compute ${microversion}`, 'X-OpenStack-Nova-API-Version': microversion },
    body,
    problems: c.problems,
  };
}
