import type { InstanceAction, InstanceActionEvent } from '../../../shared/domain/server.js';
import { listAll } from '../pagination.js';
import { pathSegment, type Query } from '../service-client.js';
import type { ComputeClient } from './compute-client.js';
import type { InstanceActionListFilters } from '../../../shared/schemas/instance-action.js';
import { isoSeconds, type WithDates } from './server-list-query.js';
import { requireFeature } from './feature-gate.js';

export interface NovaInstanceActionEvent {
  event: string;
  start_time?: string | null;
  finish_time?: string | null;
  result?: string | null;
  traceback?: string | null;
  hostId?: string;
}

export interface NovaInstanceAction {
  action: string;
  request_id: string;
  instance_uuid: string;
  user_id?: string | null;
  project_id?: string | null;
  start_time: string;
  updated_at?: string | null;
  message?: string | null;
  events?: NovaInstanceActionEvent[];
}

const opt = (v: string | null | undefined) => (v === null || v === '' ? undefined : v);

function toEvent(e: NovaInstanceActionEvent): InstanceActionEvent {
  return {
    event: e.event,
    startTime: opt(e.start_time),
    finishTime: opt(e.finish_time),
    result: opt(e.result),
    traceback: opt(e.traceback),
    hostId: opt(e.hostId),
  };
}

export function toInstanceAction(a: NovaInstanceAction): InstanceAction {
  return {
    action: a.action,
    requestId: a.request_id,
    instanceId: a.instance_uuid,
    userId: opt(a.user_id),
    projectId: opt(a.project_id),
    startTime: a.start_time,
    updatedAt: opt(a.updated_at),
    message: opt(a.message),
    events: a.events?.map(toEvent),
  };
}

/** `instanceActions.list`'s filters (the schema's output), times also as Dates, and each page as it comes. */
export type InstanceActionListOptions = WithDates<InstanceActionListFilters, 'changesSince' | 'changesBefore'> & {
  onPage?: (actions: InstanceAction[]) => void;
};

/** `os-instance-actions`: what was done to a server, newest first. */
export class InstanceActionManager {
  constructor(private readonly compute: ComputeClient) {}

  async list(serverId: string, opts: InstanceActionListOptions = {}): Promise<InstanceAction[]> {
    const v = await this.compute.microversion();
    if (opts.limit !== undefined) requireFeature('instanceAction.pagination', 'limit', v);
    if (opts.marker !== undefined) requireFeature('instanceAction.pagination', 'marker', v);
    if (opts.changesSince !== undefined) requireFeature('instanceAction.pagination', 'changesSince', v);
    if (opts.changesBefore !== undefined) requireFeature('server.changesBefore', 'changesBefore', v);
    const query: Query = {
      limit: opts.limit,
      marker: opts.marker,
      'changes-since': opts.changesSince === undefined ? undefined : isoSeconds(opts.changesSince),
      'changes-before': opts.changesBefore === undefined ? undefined : isoSeconds(opts.changesBefore),
    };
    const out: InstanceAction[] = [];
    await listAll<NovaInstanceAction>(this.compute, `/servers/${pathSegment(serverId)}/os-instance-actions`, 'instanceActions', query, {
      // this API names its links `links`, not `instanceActions_links`
      linksKey: 'links',
      onPage: (raw) => {
        const page = raw.map(toInstanceAction);
        out.push(...page);
        opts.onPage?.(page);
      },
    });
    return out;
  }

  async get(serverId: string, requestId: string): Promise<InstanceAction> {
    const body = await this.compute.get<{ instanceAction: NovaInstanceAction }>(
      `/servers/${pathSegment(serverId)}/os-instance-actions/${pathSegment(requestId)}`,
    );
    return toInstanceAction(body.instanceAction);
  }
}
