import type { ComputeLimits } from '../../../shared/domain/compute-limits.js';
import type { ComputeClient } from './compute-client.js';
import { toComputeLimits, type NovaAbsoluteLimits } from './limits-mapper.js';

/** Absolute compute limits with usage (`GET /limits`): what the launch dialog checks a request against. */
export class LimitsManager {
  constructor(private readonly compute: ComputeClient) {}

  /** The token's project, or (admin) another project's by id. */
  async get(opts: { projectId?: string } = {}): Promise<ComputeLimits> {
    const body = await this.compute.get<{ limits?: { absolute?: NovaAbsoluteLimits } }>('/limits', {
      tenant_id: opts.projectId,
    });
    return toComputeLimits(body.limits?.absolute ?? {});
  }
}
