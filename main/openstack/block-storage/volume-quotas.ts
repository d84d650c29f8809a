import type { VolumeQuota } from '../../../shared/domain/volume.js';
import { validationError } from '../errors.js';
import { toComputeQuota, type NovaQuotaSetDetail } from '../compute/quota-mapper.js';
import { pathSegment } from '../service-client.js';
import type { BlockStorageClient } from './block-storage-client.js';

/** Block-storage quotas with usage (≈ `openstack quota show --usage`, volume part). */
export class VolumeQuotaManager {
  constructor(private readonly volume: BlockStorageClient) {}

  /** The token's own project unless an id is given (another project needs admin). */
  async usage(opts: { projectId?: string } = {}): Promise<VolumeQuota> {
    const projectId = opts.projectId ?? (await this.volume.session.token()).project?.id;
    if (!projectId) throw validationError('projectId', 'the token is not project-scoped: name a project');
    // Cinder's usage shape is Nova's detail shape: {limit, in_use, reserved} per resource
    const { quota_set } = await this.volume.get<{ quota_set: NovaQuotaSetDetail }>(`/os-quota-sets/${pathSegment(projectId)}`, {
      usage: 'true',
    });
    return toComputeQuota(quota_set);
  }
}
