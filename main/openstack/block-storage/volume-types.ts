import type { VolumeType } from '../../../shared/domain/volume.js';
import type { BlockStorageClient } from './block-storage-client.js';
import { toVolumeType, type CinderVolumeType } from './volume-mapper.js';

/** Cinder volume types: what a user may pick when creating a volume. */
export class VolumeTypeManager {
  constructor(private readonly volume: BlockStorageClient) {}

  async list(): Promise<VolumeType[]> {
    const { volume_types } = await this.volume.get<{ volume_types: CinderVolumeType[] }>('/types');
    return volume_types.map(toVolumeType);
  }

  /** The type a volume gets when none is named (the project's, else the cloud's default). */
  async default(): Promise<VolumeType> {
    await this.volume.requireFeature('volumeType.default', 'volumeType.default');
    const { volume_type } = await this.volume.get<{ volume_type: CinderVolumeType }>('/types/default');
    return toVolumeType(volume_type);
  }
}
