import type { Server, ServerCreated } from '../../../shared/domain/server.js';
import type { ServerUpdateRequest } from '../../../shared/schemas/server-actions.js';
import type { ServerCreateRequest } from '../../../shared/schemas/server-create.js';
import { isOpenStackError } from '../errors.js';
import type { ServerClock } from '../http/server-clock.js';
import { knownSecrets } from '../known-secrets.js';
import { listAll } from '../pagination.js';
import { pathSegment } from '../service-client.js';
import type { ComputeClient } from './compute-client.js';
import { InstanceActionManager } from './instance-actions.js';
import { ServerActions } from './server-actions.js';
import { ServerInterfaceManager } from './server-interfaces.js';
import { ServerVolumeManager } from './server-volumes.js';
import { buildServerCreateBody } from './server-create-body.js';
import { requireFeature } from './feature-gate.js';
import { findLaunched, isUnclearFailure } from './server-launch-recovery.js';
import { buildServerListQuery, type ServerListQuery } from './server-list-query.js';
import { toServer, type NovaServer } from './server-mapper.js';
import { pollServer, pollUntilGone, type ServerPredicate, type WaitOptions } from './server-wait.js';

export interface ServerListOptions {
  /** each page as it arrives, for progressive rendering; `more`: another page follows */
  onPage?: (servers: Server[], more: boolean) => void;
  /** stop after this many servers */
  maxItems?: number;
  /** a small first page, then the rest in pages as large as Nova allows (see listAll) */
  firstPageLimit?: number;
}

/** Nova servers (≈ novaclient ServerManager); the per-server actions live in ServerActions. */
export class ServerManager extends ServerActions {
  readonly instanceActions: InstanceActionManager;
  readonly interfaces: ServerInterfaceManager;
  readonly volumes: ServerVolumeManager;

  constructor(compute: ComputeClient) {
    super(compute);
    this.instanceActions = new InstanceActionManager(compute);
    this.interfaces = new ServerInterfaceManager(compute);
    this.volumes = new ServerVolumeManager(compute);
  }

  /** `GET /servers/detail`, every page (`limit` is the page size), filters checked against the cloud's version. */
  async list(filters: ServerListQuery = {}, opts: ServerListOptions = {}): Promise<Server[]> {
    const query = buildServerListQuery(filters, await this.compute.microversion());
    const out: Server[] = [];
    await listAll<NovaServer>(this.compute, '/servers/detail', 'servers', query, {
      ...(opts.maxItems !== undefined ? { maxItems: opts.maxItems } : {}),
      ...(opts.firstPageLimit !== undefined ? { firstPageLimit: opts.firstPageLimit } : {}),
      onPage: (page, more) => {
        const mapped = page.map(toServer);
        out.push(...mapped);
        opts.onPage?.(mapped, more);
      },
    });
    return opts.maxItems !== undefined ? out.slice(0, opts.maxItems) : out;
  }

  /** This machine's clock and the cloud's, as the session learns it from the answers. */
  get clock(): ServerClock {
    return this.compute.session.transport.clock;
  }

  /**
   * A moment on this machine's clock as Nova's clock read it: what `changes-since` must be
   * given, since Nova compares it with times it recorded itself.
   */
  async cloudTime(clientTime: Date = new Date(this.clock.now())): Promise<Date> {
    return this.clock.serverTime(await this.compute.endpoint(), clientTime);
  }

  async get(id: string): Promise<Server> {
    const { server } = await this.compute.get<{ server: NovaServer }>(`/servers/${pathSegment(id)}`);
    return toServer(server);
  }

  /**
   * `POST /servers`, never retried: a retry after a lost answer would launch a second server.
   * When the outcome is unclear (no answer, timeout, 5xx), the server is looked for by its
   * exact name among servers changed since just before the request, and returned if found.
   */
  async create(request: ServerCreateRequest): Promise<ServerCreated> {
    // Nova's refusals can echo what was sent: the adminPass is scrubbed from them while it is known
    return knownSecrets.during([request.adminPass], () => this.launch(request));
  }

  private async launch(request: ServerCreateRequest): Promise<ServerCreated> {
    // built before anything is sent: a field this cloud lacks fails here, with no request made
    const body = buildServerCreateBody(request, await this.compute.microversion());
    const sentAt = new Date(this.clock.now());
    let text: string;
    try {
      text = (await this.compute.send('POST', '/servers', body)).text;
    } catch (e) {
      if (!isUnclearFailure(e)) throw e;
      const multi = (request.maxCount ?? request.minCount ?? 1) > 1;
      // the search window is in Nova's time: with our clock fast it would start after the launch
      const found = await this.cloudTime(sentAt)
        .then((sentAtCloud) => findLaunched((f) => this.list(f), request.name, sentAtCloud, multi))
        .catch(() => undefined);
      if (!found) throw e;
      return { id: found.id, reservationId: undefined, recoveredFrom: isOpenStackError(e) ? e.kind : 'network' };
    }
    // adminPass comes back here too; only the id and reservation id leave this method
    const res = JSON.parse(text) as { server?: { id: string }; reservation_id?: string };
    return { id: res.server?.id, reservationId: res.reservation_id, recoveredFrom: undefined };
  }

  async update(id: string, changes: ServerUpdateRequest): Promise<Server> {
    const v = await this.compute.microversion();
    if (changes.description !== undefined) requireFeature('server.description', 'description', v);
    if (changes.hostname !== undefined) requireFeature('server.hostname', 'hostname', v);
    const { server } = await this.compute.put<{ server: NovaServer }>(`/servers/${pathSegment(id)}`, { server: changes });
    return toServer(server);
  }

  async delete(id: string): Promise<void> {
    await this.compute.delete(`/servers/${pathSegment(id)}`);
  }

  /** Polls until the predicate holds; ERROR fails with the server's fault message. */
  waitFor(id: string, predicate: ServerPredicate, opts: WaitOptions = {}): Promise<Server> {
    return pollServer(() => this.get(id), predicate, opts);
  }

  waitForGone(id: string, opts: WaitOptions = {}): Promise<void> {
    return pollUntilGone(() => this.get(id), opts);
  }
}
