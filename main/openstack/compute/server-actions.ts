import type { RemoteConsole } from '../../../shared/domain/server.js';
import type { ConsoleProtocol, DiskConfig, RebootType, ServerRebuildRequest, ServerRescueRequest } from '../../../shared/schemas/server-actions.js';
import { OpenStackError } from '../errors.js';
import { headerOf, type HttpResponse } from '../http/transport.js';
import { knownSecrets } from '../known-secrets.js';
import { pathSegment } from '../service-client.js';
import type { ComputeClient } from './compute-client.js';
import { requireFeature } from './feature-gate.js';
import { buildLockBody, buildRebuildBody, buildRemoteConsoleBody, buildRescueBody, buildUnshelveBody } from './server-action-bodies.js';

/**
 * `POST /servers/{id}/action` and the other per-server operations. Nova answers 202 and does
 * the work afterwards: callers watch the status (ServerManager.waitFor).
 */
export class ServerActions {
  constructor(protected readonly compute: ComputeClient) {}

  protected action(id: string, body: Record<string, unknown>): Promise<HttpResponse> {
    return this.compute.send('POST', `/servers/${pathSegment(id)}/action`, body);
  }

  async start(id: string): Promise<void> {
    await this.action(id, { 'os-start': null });
  }
  async stop(id: string): Promise<void> {
    await this.action(id, { 'os-stop': null });
  }
  async reboot(id: string, type: RebootType = 'SOFT'): Promise<void> {
    await this.action(id, { reboot: { type } });
  }
  async pause(id: string): Promise<void> {
    await this.action(id, { pause: null });
  }
  async unpause(id: string): Promise<void> {
    await this.action(id, { unpause: null });
  }
  async suspend(id: string): Promise<void> {
    await this.action(id, { suspend: null });
  }
  async resume(id: string): Promise<void> {
    await this.action(id, { resume: null });
  }

  async resize(id: string, flavorRef: string, opts: { diskConfig?: DiskConfig } = {}): Promise<void> {
    await this.action(id, { resize: { flavorRef, ...(opts.diskConfig ? { 'OS-DCF:diskConfig': opts.diskConfig } : {}) } });
  }
  async confirmResize(id: string): Promise<void> {
    await this.action(id, { confirmResize: null });
  }
  async revertResize(id: string): Promise<void> {
    await this.action(id, { revertResize: null });
  }

  /** The reason needs compute 2.73; without one any version works. */
  async lock(id: string, reason?: string): Promise<void> {
    await this.action(id, buildLockBody(reason, await this.compute.microversion()));
  }
  async unlock(id: string): Promise<void> {
    await this.action(id, { unlock: null });
  }

  /** Snapshots and frees the host; with `shelved_offload_time` 0 (the default) it is offloaded at once. */
  async shelve(id: string): Promise<void> {
    await this.action(id, { shelve: null });
  }
  /**
   * To an availability zone from 2.77; without one Nova picks, as it would for a launch. Nova's
   * 400 for a zone it does not have ("The requested availability zone is not available") is
   * about the zone, the only thing the body carries: it comes back on that field.
   */
  async unshelve(id: string, availabilityZone?: string): Promise<void> {
    const body = buildUnshelveBody(availabilityZone, await this.compute.microversion());
    try {
      await this.action(id, body);
    } catch (e) {
      if (availabilityZone === undefined || !(e instanceof OpenStackError) || e.status !== 400) throw e;
      throw new OpenStackError(e.kind, e.message, { ...e.toJSON(), field: 'availabilityZone' });
    }
  }

  /**
   * Boots the server from a rescue image (its own by default). Nova answers with the rescue
   * admin password, the one given or one it made (unless the cloud hides passwords): it is
   * returned for the user to see once, and never logged (the request log keeps no response
   * body, and the password sent is redacted by its key and scrubbed from refusals).
   */
  async rescue(id: string, request: ServerRescueRequest = {}): Promise<string | null> {
    const body = buildRescueBody(request);
    const res = await knownSecrets.during([request.adminPass], () => this.action(id, body));
    return (JSON.parse(res.text || '{}') as { adminPass?: string }).adminPass ?? null;
  }
  async unrescue(id: string): Promise<void> {
    await this.action(id, { unrescue: null });
  }

  /** `PUT /servers/{id}/metadata`: the server's metadata becomes exactly this; Nova's answer is returned. */
  async setMetadata(id: string, metadata: Record<string, string>): Promise<Record<string, string>> {
    const res = await this.compute.send('PUT', `/servers/${pathSegment(id)}/metadata`, { metadata });
    return (JSON.parse(res.text) as { metadata: Record<string, string> }).metadata;
  }

  /** `PUT /servers/{id}/tags` (2.26+): the server's tags become exactly these. */
  async setTags(id: string, tags: readonly string[]): Promise<string[]> {
    requireFeature('server.tags.edit', 'tags', await this.compute.microversion());
    const res = await this.compute.send('PUT', `/servers/${pathSegment(id)}/tags`, { tags: [...tags] });
    return (JSON.parse(res.text) as { tags: string[] }).tags;
  }

  async rebuild(id: string, request: ServerRebuildRequest): Promise<void> {
    // The response repeats the server, with adminPass: nothing of it is kept.
    const body = buildRebuildBody(request, await this.compute.microversion());
    await knownSecrets.during([request.adminPass], () => this.action(id, body));
  }

  /** Snapshot to a new image; its id comes in the body from 2.45, before that in Location. */
  async createImage(id: string, name: string, metadata?: Record<string, string>): Promise<string> {
    const inBody = await this.compute.supports('server.createImage.idInBody');
    const res = await this.action(id, { createImage: { name, ...(metadata ? { metadata } : {}) } });
    const imageId = inBody
      ? (JSON.parse(res.text || '{}') as { image_id?: string }).image_id
      : /\/images\/([^/?#]+)/.exec(headerOf(res.headers, 'location') ?? '')?.[1];
    if (!imageId) {
      throw new OpenStackError('server_error', `createImage on ${id} answered without an image id`, {
        service: 'compute',
        ...(res.requestId ? { requestId: res.requestId } : {}),
      });
    }
    return inBody ? imageId : decodeURIComponent(imageId);
  }

  /** The console log; `lines` keeps only the last lines (Nova reads the whole log otherwise). */
  async consoleOutput(id: string, lines?: number): Promise<string> {
    const res = await this.action(id, { 'os-getConsoleOutput': lines === undefined ? {} : { length: lines } });
    return (JSON.parse(res.text) as { output?: string }).output ?? '';
  }

  /** A console URL (2.6+). Hypervisors without one answer 400, kept as bad_request with Nova's message. */
  async remoteConsole(id: string, protocol: ConsoleProtocol = 'vnc', type = 'novnc'): Promise<RemoteConsole> {
    const body = buildRemoteConsoleBody(protocol, type, await this.compute.microversion());
    const res = await this.compute.send('POST', `/servers/${pathSegment(id)}/remote-consoles`, body);
    const rc = (JSON.parse(res.text) as { remote_console: RemoteConsole }).remote_console;
    return { protocol: rc.protocol, type: rc.type, url: rc.url };
  }
}
