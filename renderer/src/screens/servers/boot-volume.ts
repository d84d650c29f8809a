import type { Server } from '../../../../shared/domain/server.js';
import type { ServerVolume, Volume } from '../../../../shared/domain/volume.js';

/**
 * Nova names a server's first disk `…da` (vda, sda, xvda, hda): on a server booted from a
 * volume that disk is the volume at boot index 0. Nova's own `root_device_name` says the same
 * but only admins see it, so the rule is read from the device.
 */
export const isRootDevice = (device: string | undefined): boolean => !!device && /^\/dev\/(x?v|s|h)da$/.test(device);

/**
 * The boot volume of a server booted from a volume (no image): Nova refuses to detach it
 * ("Cannot detach a root device volume"). A server booted from an image has none.
 */
export const isBootVolume = (server: Pick<Server, 'imageId'>, device: string | undefined): boolean => server.imageId === '' && isRootDevice(device);

/**
 * Server id → the Glance image name Cinder copied onto its boot volume
 * (`volume_image_metadata.image_name`), for the servers asked about, from one volume list;
 * '' for a server whose boot volume was not listed or came from no image.
 */
export function bootImageNames(volumes: readonly Volume[], serverIds: readonly string[]): Record<string, string> {
  const names: Record<string, string> = Object.fromEntries(serverIds.map((id) => [id, '']));
  for (const v of volumes) {
    for (const a of v.attachments) {
      if (a.serverId in names && isRootDevice(a.device)) names[a.serverId] = v.imageMetadata.image_name ?? '';
    }
  }
  return names;
}

/** A volume on a server, as the drawer shows it: Nova's attachment with Cinder's name, size and status. */
export interface AttachedVolume {
  volumeId: string;
  name: string;
  sizeGb: number | undefined;
  status: string | undefined;
  device: string | undefined;
  tag: string | undefined;
  boot: boolean;
}

/** Nova's attachments joined with the volumes Cinder answered for (a volume it did not: its id), the boot volume first. */
export function attachedVolumes(server: Pick<Server, 'imageId'>, attachments: readonly ServerVolume[], volumes: Readonly<Record<string, Volume | undefined>>): AttachedVolume[] {
  return attachments
    .map((a) => {
      const v = volumes[a.volumeId];
      return {
        volumeId: a.volumeId,
        name: v?.name || a.volumeId,
        sizeGb: v?.sizeGb,
        status: v?.status,
        device: a.device,
        tag: a.tag,
        boot: isBootVolume(server, a.device),
      };
    })
    .sort((a, b) => Number(b.boot) - Number(a.boot) || (a.device ?? '').localeCompare(b.device ?? ''));
}
