import type { ComputeQuota } from '../../../shared/domain/quota.js';
import { validationError } from '../errors.js';
import { pathSegment } from '../service-client.js';
import type { ComputeClient } from './compute-client.js';
import { toComputeQuota, type NovaQuotaSetDetail } from './quota-mapper.js';

/** Compute quota sets with usage, per resource (≈ `openstack quota show --usage`, compute part). */
export class QuotaManager {
  constructor(private readonly compute: ComputeClient) {}

  /**
   * Limit, in use and reserved for every compute resource of a project: the token's own
   * project unless an id is given (another project needs admin); `userId` narrows to one user.
   */
  async usage(opts: { projectId?: string; userId?: string } = {}): Promise<ComputeQuota> {
    const projectId = opts.projectId ?? (await this.compute.session.token()).project?.id;
    // a domain- or system-scoped token has no project of its own to default to
    if (!projectId) throw validationError('projectId', 'the token is not project-scoped: name a project');
    const { quota_set } = await this.compute.get<{ quota_set: NovaQuotaSetDetail }>(
      `/os-quota-sets/${pathSegment(projectId)}/detail`,
      { user_id: opts.userId },
    );
    return toComputeQuota(quota_set);
  }
}
