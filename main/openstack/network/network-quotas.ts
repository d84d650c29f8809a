import type { NetworkQuota } from '../../../shared/domain/network-quota.js';
import { OpenStackError } from '../errors.js';
import { pathSegment, type ServiceClient } from '../service-client.js';
import { toNetworkQuota, type NeutronQuotaDetails } from './network-quota-mapper.js';

export class NetworkQuotaManager {
  constructor(private readonly network: ServiceClient) {}

  /** Used, limit and reserved per resource; the token's own project when none is named. */
  async details(projectId?: string): Promise<NetworkQuota> {
    const project = projectId ?? (await this.network.session.token()).project?.id;
    if (!project) {
      throw new OpenStackError('bad_request', 'quota details need a project: this token is not project-scoped', {
        service: 'network',
      });
    }
    const body = await this.network.get<NeutronQuotaDetails>(`/quotas/${pathSegment(project)}/details`);
    return toNetworkQuota(body);
  }
}
