import type { Volume } from '../../../shared/domain/volume.js';
import type { VolumeCreateRequest, VolumeListFilters, VolumeUpdateRequest } from '../../../shared/schemas/volume.js';
import { validationError } from '../errors.js';
import { listAll } from '../pagination.js';
import { pathSegment } from '../service-client.js';
import type { BlockStorageClient } from './block-storage-client.js';
import { volumeCreateBody } from './volume-create-body.js';
import { toVolume, type CinderVolume } from './volume-mapper.js';

const path = (id: string) => `/volumes/${pathSegment(id)}`;

/** Cinder volumes (≈ `openstack volume ...`). */
export class VolumeManager {
  constructor(private readonly volume: BlockStorageClient) {}

  async list(opts: VolumeListFilters = {}): Promise<Volume[]> {
    const raw = await listAll<CinderVolume>(this.volume, '/volumes/detail', 'volumes', {
      name: opts.name,
      status: opts.status,
      bootable: opts.bootable === undefined ? undefined : String(opts.bootable),
      limit: opts.limit,
      marker: opts.marker,
    });
    return raw.map(toVolume);
  }

  async get(id: string): Promise<Volume> {
    const { volume } = await this.volume.get<{ volume: CinderVolume }>(path(id));
    return toVolume(volume);
  }

  async create(req: VolumeCreateRequest): Promise<Volume> {
    const { volume } = await this.volume.post<{ volume: CinderVolume }>('/volumes', volumeCreateBody(req));
    return toVolume(volume);
  }

  async update(id: string, req: VolumeUpdateRequest): Promise<Volume> {
    if (req.name === undefined && req.description === undefined) throw validationError('name', 'nothing to change: give a name or a description');
    const { volume } = await this.volume.put<{ volume: CinderVolume }>(path(id), { volume: req });
    return toVolume(volume);
  }

  async delete(id: string): Promise<void> {
    await this.volume.delete(path(id));
  }

  /** Grows the volume to `sizeGb` (Cinder cannot shrink). An in-use volume needs microversion 3.42. */
  async extend(id: string, sizeGb: number): Promise<void> {
    await this.volume.send('POST', `${path(id)}/action`, { 'os-extend': { new_size: sizeGb } });
  }

  async setBootable(id: string, bootable: boolean): Promise<void> {
    await this.volume.send('POST', `${path(id)}/action`, { 'os-set_bootable': { bootable } });
  }

  /** Adds or replaces keys of the volume's image metadata (what a server booted from it reports). */
  async setImageMetadata(id: string, metadata: Record<string, string>): Promise<void> {
    await this.volume.send('POST', `${path(id)}/action`, { 'os-set_image_metadata': { metadata } });
  }

  async unsetImageMetadata(id: string, key: string): Promise<void> {
    await this.volume.send('POST', `${path(id)}/action`, { 'os-unset_image_metadata': { key } });
  }
}
