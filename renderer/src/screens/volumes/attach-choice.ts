import type { Server } from '../../../../shared/domain/server.js';
import { ServerVolumeAttachRequest } from '../../../../shared/schemas/volume.js';

/** What the attach dialog sends: a volume onto a server, at a device and with a tag where chosen. */
export interface AttachChoice {
  serverId: string;
  attach: ServerVolumeAttachRequest;
}

export type AttachField = 'serverId' | 'volumeId' | 'device' | 'tag';

/** The form's choice, or the field that is wrong (by the schema main applies). */
export function attachChoice(f: { serverId: string; volumeId: string; device: string; tag: string }): { ok: true; value: AttachChoice } | { ok: false; field: AttachField } {
  if (!f.serverId) return { ok: false, field: 'serverId' };
  const parsed = ServerVolumeAttachRequest.safeParse({
    volumeId: f.volumeId,
    ...(f.device.trim() ? { device: f.device.trim() } : {}),
    ...(f.tag.trim() ? { tag: f.tag.trim() } : {}),
  });
  if (!parsed.success) return { ok: false, field: String(parsed.error.issues[0]?.path[0] ?? 'volumeId') as AttachField };
  return { ok: true, value: { serverId: f.serverId, attach: parsed.data } };
}

/** Servers a volume may be attached to from the Volumes screen: running or stopped ones. */
export const attachableServers = (servers: readonly Server[]): Server[] => servers.filter((s) => s.status === 'ACTIVE' || s.status === 'SHUTOFF');
