import type { ServerVolume } from '../../../shared/domain/volume.js';

/** `volumeAttachment` of Nova's `os-volume_attachments` (delete_on_termination from 2.79). */
export interface NovaVolumeAttachment {
  id: string;
  serverId: string;
  volumeId: string;
  device?: string | null;
  tag?: string | null;
  delete_on_termination?: boolean;
}

export function toServerVolume(a: NovaVolumeAttachment): ServerVolume {
  return {
    id: a.id,
    serverId: a.serverId,
    volumeId: a.volumeId,
    device: a.device || undefined,
    tag: a.tag || undefined,
    deleteOnTermination: a.delete_on_termination,
  };
}
