import type { ServerGroup } from '../../../shared/domain/server-group.js';
import type { ServerGroupCreateRequest, ServerGroupListFilters } from '../../../shared/schemas/server-group.js';
import { pathSegment } from '../service-client.js';
import type { ComputeClient } from './compute-client.js';
import { buildServerGroupCreateBody, toServerGroup, type NovaServerGroup } from './server-group-mapper.js';

export type ServerGroupListOptions = ServerGroupListFilters & {
  /** safety bound on the number of requests */
  maxPages?: number;
};

/** Server groups (`/os-server-groups`): affinity and anti-affinity for the scheduler. */
export class ServerGroupManager {
  constructor(private readonly compute: ComputeClient) {}

  /**
   * Every group. Nova pages this list by `limit`/`offset` without `next` links, and silently
   * caps `limit` at its max_limit, so a short page does not prove the end: read until an empty page.
   */
  async list(opts: ServerGroupListOptions = {}): Promise<ServerGroup[]> {
    const out: ServerGroup[] = [];
    let previousFirst: string | undefined;
    for (let page = 0; page < (opts.maxPages ?? 1000); page++) {
      const { server_groups } = await this.compute.get<{ server_groups?: NovaServerGroup[] }>('/os-server-groups', {
        all_projects: opts.allProjects ? 'True' : undefined,
        limit: opts.pageSize,
        offset: out.length || undefined,
      });
      const items = server_groups ?? [];
      // a cloud that ignores offset would return the first page forever
      if (items.length === 0 || items[0]?.id === previousFirst) break;
      previousFirst = items[0]?.id;
      out.push(...items.map(toServerGroup));
    }
    return out;
  }

  async get(id: string): Promise<ServerGroup> {
    const { server_group } = await this.compute.get<{ server_group: NovaServerGroup }>(`/os-server-groups/${pathSegment(id)}`);
    return toServerGroup(server_group);
  }

  async create(req: ServerGroupCreateRequest): Promise<ServerGroup> {
    const body = buildServerGroupCreateBody(req, await this.compute.microversion());
    const { server_group } = await this.compute.post<{ server_group: NovaServerGroup }>('/os-server-groups', body);
    return toServerGroup(server_group);
  }

  async delete(id: string): Promise<void> {
    await this.compute.delete(`/os-server-groups/${pathSegment(id)}`);
  }
}
