import type { VolumeCreateRequest } from '../../../shared/schemas/volume.js';
import { validationError } from '../errors.js';

/**
 * The body of `POST /volumes`. One source at most; a blank volume or one made from an image
 * needs a size (Cinder takes a snapshot's or volume's size when none is given).
 */
export function volumeCreateBody(req: VolumeCreateRequest): { volume: Record<string, unknown> } {
  const sources = (['imageId', 'snapshotId', 'sourceVolumeId'] as const).filter((k) => req[k] !== undefined);
  if (sources.length > 1) throw validationError(sources[1]!, `a volume has one source; ${sources.join(' and ')} were both given`);
  if (req.sizeGb === undefined && (sources.length === 0 || req.imageId !== undefined)) {
    throw validationError('sizeGb', req.imageId ? 'a volume made from an image needs a size' : 'a blank volume needs a size');
  }
  const volume: Record<string, unknown> = {};
  if (req.sizeGb !== undefined) volume.size = req.sizeGb;
  if (req.name !== undefined) volume.name = req.name;
  if (req.description !== undefined) volume.description = req.description;
  if (req.volumeType !== undefined) volume.volume_type = req.volumeType;
  if (req.availabilityZone !== undefined) volume.availability_zone = req.availabilityZone;
  if (req.imageId !== undefined) volume.imageRef = req.imageId;
  if (req.snapshotId !== undefined) volume.snapshot_id = req.snapshotId;
  if (req.sourceVolumeId !== undefined) volume.source_volid = req.sourceVolumeId;
  if (req.metadata !== undefined) volume.metadata = req.metadata;
  return { volume };
}
