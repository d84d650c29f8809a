import type { VolumeSnapshot } from '../../../shared/domain/volume.js';
import type { VolumeSnapshotCreateRequest, VolumeSnapshotListFilters } from '../../../shared/schemas/volume.js';
import { listAll } from '../pagination.js';
import { pathSegment } from '../service-client.js';
import type { BlockStorageClient } from './block-storage-client.js';
import { toVolumeSnapshot, type CinderSnapshot } from './volume-mapper.js';

/** Cinder volume snapshots (≈ `openstack volume snapshot ...`). */
export class VolumeSnapshotManager {
  constructor(private readonly volume: BlockStorageClient) {}

  async list(opts: VolumeSnapshotListFilters = {}): Promise<VolumeSnapshot[]> {
    const raw = await listAll<CinderSnapshot>(this.volume, '/snapshots/detail', 'snapshots', {
      volume_id: opts.volumeId,
      status: opts.status,
      limit: opts.limit,
    });
    return raw.map(toVolumeSnapshot);
  }

  async get(id: string): Promise<VolumeSnapshot> {
    const { snapshot } = await this.volume.get<{ snapshot: CinderSnapshot }>(`/snapshots/${pathSegment(id)}`);
    return toVolumeSnapshot(snapshot);
  }

  async create(req: VolumeSnapshotCreateRequest): Promise<VolumeSnapshot> {
    const snapshot: Record<string, unknown> = { volume_id: req.volumeId };
    if (req.name !== undefined) snapshot.name = req.name;
    if (req.description !== undefined) snapshot.description = req.description;
    // From 3.66 an in-use volume needs no flag and `force: false` is a 400: the flag is sent
    // only where it still means something (true, before 3.66)
    if (req.force && !(await this.volume.supports('snapshot.inUseWithoutForce'))) snapshot.force = true;
    const res = await this.volume.post<{ snapshot: CinderSnapshot }>('/snapshots', { snapshot });
    return toVolumeSnapshot(res.snapshot);
  }

  async delete(id: string): Promise<void> {
    await this.volume.delete(`/snapshots/${pathSegment(id)}`);
  }
}
