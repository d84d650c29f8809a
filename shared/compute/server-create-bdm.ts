import type { BlockDeviceRequest } from '../schemas/server-create.js';
import type { Problems } from './problems.js';

/** One entry of `server.block_device_mapping_v2` as Nova reads it. */
export interface NovaBlockDeviceMapping {
  source_type: BlockDeviceRequest['sourceType'];
  destination_type?: BlockDeviceRequest['destinationType'];
  uuid?: string;
  boot_index?: number;
  volume_size?: number;
  delete_on_termination?: boolean;
  device_name?: string;
  disk_bus?: string;
  device_type?: string;
  guest_format?: string;
  volume_type?: string;
  tag?: string;
}

function buildOne(d: BlockDeviceRequest, index: number, p: Problems): NovaBlockDeviceMapping {
  const field = `blockDevices.${index}`;
  // The schema cannot tie uuid to the source: Nova needs the image, volume or snapshot id, and
  // a blank device has none (it is created empty).
  if (d.sourceType === 'blank' ? d.uuid !== undefined : d.uuid === undefined) {
    p.add({ field: `${field}.uuid`, code: 'bdmUuid', source: d.sourceType });
  }

  const out: NovaBlockDeviceMapping = { source_type: d.sourceType };
  if (d.destinationType !== undefined) out.destination_type = d.destinationType;
  if (d.uuid !== undefined) out.uuid = d.uuid;
  if (d.bootIndex !== undefined) out.boot_index = d.bootIndex;
  if (d.volumeSizeGb !== undefined) out.volume_size = d.volumeSizeGb;
  if (d.deleteOnTermination !== undefined) out.delete_on_termination = d.deleteOnTermination;
  if (d.deviceName !== undefined) out.device_name = d.deviceName;
  if (d.diskBus !== undefined) out.disk_bus = d.diskBus;
  if (d.deviceType !== undefined) out.device_type = d.deviceType;
  if (d.guestFormat !== undefined) out.guest_format = d.guestFormat;
  if (d.volumeType !== undefined && p.gate('server.bdm.volumeType', `${field}.volumeType`)) out.volume_type = d.volumeType;
  if (d.tag !== undefined && p.gate('server.bdm.tag', `${field}.tag`)) out.tag = d.tag;
  return out;
}

/**
 * `server.block_device_mapping_v2`. It rides in the `POST /servers` body: the legacy
 * `/os-volumes_boot` URL novaclient used for it was removed in 2.103.
 */
export function buildBlockDevices(devices: readonly BlockDeviceRequest[], p: Problems): NovaBlockDeviceMapping[] {
  let rootSeen = false;
  return devices.map((d, i) => {
    if (d.bootIndex === 0) {
      // Only one device can be the root disk; Nova answers a second one with an opaque "boot sequence" error.
      if (rootSeen) p.add({ field: `blockDevices.${i}.bootIndex`, code: 'rootTwice' });
      rootSeen = true;
    }
    return buildOne(d, i, p);
  });
}

/** Booting from a volume: some device is the root disk, so `imageRef` may be empty. */
export function hasRootDevice(devices: readonly BlockDeviceRequest[] | undefined): boolean {
  return devices?.some((d) => d.bootIndex === 0) ?? false;
}
