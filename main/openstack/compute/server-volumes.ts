import type { ServerVolume } from '../../../shared/domain/volume.js';
import type { ServerVolumeAttachRequest } from '../../../shared/schemas/volume.js';
import { pathSegment } from '../service-client.js';
import type { ComputeClient } from './compute-client.js';
import { requireFeature } from './feature-gate.js';
import { toServerVolume, type NovaVolumeAttachment } from './server-volume-mapper.js';

/**
 * A server's volumes through Nova (`/servers/{id}/os-volume_attachments`, ≈ `openstack server
 * add/remove volume`): Nova asks Cinder for the attachment, so the volume goes in-use (and
 * back to available after a detach) a moment after Nova answers.
 */
export class ServerVolumeManager {
  constructor(private readonly compute: ComputeClient) {}

  private path(serverId: string, volumeId?: string): string {
    return `/servers/${pathSegment(serverId)}/os-volume_attachments${volumeId ? `/${pathSegment(volumeId)}` : ''}`;
  }

  async list(serverId: string): Promise<ServerVolume[]> {
    const { volumeAttachments } = await this.compute.get<{ volumeAttachments: NovaVolumeAttachment[] }>(this.path(serverId));
    return volumeAttachments.map(toServerVolume);
  }

  async attach(serverId: string, req: ServerVolumeAttachRequest): Promise<ServerVolume> {
    const body: Record<string, unknown> = { volumeId: req.volumeId };
    if (req.device !== undefined) body.device = req.device;
    if (req.tag !== undefined) {
      requireFeature('volumeAttachment.tag', 'tag', await this.compute.microversion());
      body.tag = req.tag;
    }
    const { volumeAttachment } = await this.compute.post<{ volumeAttachment: NovaVolumeAttachment }>(this.path(serverId), {
      volumeAttachment: body,
    });
    return toServerVolume(volumeAttachment);
  }

  async detach(serverId: string, volumeId: string): Promise<void> {
    await this.compute.delete(this.path(serverId, volumeId));
  }
}
