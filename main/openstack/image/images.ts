import { stat } from 'node:fs/promises';
import type { Image, ImageMember, ImageMemberStatus } from '../../../shared/domain/image.js';
import type { ImageChanges, ImageCreateRequest, ImageListFilters } from '../../../shared/schemas/image.js';
import { OpenStackError, isOpenStackError } from '../errors.js';
import { listAll } from '../pagination.js';
import { pathSegment, type ServiceClient } from '../service-client.js';
import { downloadImageData, type DownloadResult } from './image-download.js';
import { fileError } from './image-file.js';
import { toImage, toImageMember, type GlanceImage, type GlanceMember } from './image-mapper.js';
import { IMAGE_PATCH_MEDIA_TYPE, buildImagePatch } from './image-patch.js';
import { checkStoredHash, digestIn, sendImageData, type TransferOptions } from './image-upload.js';

/** `images.list`'s filters (the schema's output), and how much to read and each page as it comes. */
export type ImageListOptions = ImageListFilters & {
  maxItems?: number;
  onPage?: (images: Image[]) => void;
};

/** How many ids go into one `id=in:` query: 40 UUIDs keep the URL near 1.5 kB. */
export const ID_LOOKUP_CHUNK = 40;

// Glance ids are UUIDs; anything with a comma or quote would break the `in:` list, so it cannot match anyway.
const LOOKUP_SAFE_ID = /^[A-Za-z0-9-]{1,64}$/;

/** How an upload reaches Glance: straight to the store, or staged and imported (`GET /v2/info/import`). */
export type UploadMethod = 'direct' | 'glance-direct';

export interface UploadOptions extends TransferOptions {
  method?: UploadMethod;
  /** called once the record exists, before any byte is sent (the UI shows the id at once) */
  onCreated?: (id: string) => void;
}

/** How often an import's progress is read, and how long it may take after the data is staged. */
const IMPORT_POLL_MS = 1000;
const IMPORT_TIMEOUT_MS = 30 * 60_000;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

export class ImageManager {
  constructor(private readonly image: ServiceClient) {}

  async list(opts: ImageListOptions = {}): Promise<Image[]> {
    const raw = await listAll<GlanceImage>(
      this.image,
      '/images',
      'images',
      {
        name: opts.name,
        status: opts.status,
        visibility: opts.visibility,
        owner: opts.mine ? await this.ownProject() : opts.owner,
        // every tag must be present: Glance ANDs repeated `tag` parameters
        tag: opts.tag,
        member_status: opts.memberStatus,
        disk_format: opts.diskFormat,
        container_format: opts.containerFormat,
        sort_key: opts.sortKey,
        sort_dir: opts.sortDir,
        limit: opts.limit,
      },
      {
        ...(opts.maxItems !== undefined ? { maxItems: opts.maxItems } : {}),
        ...(opts.onPage ? { onPage: (page: GlanceImage[]) => opts.onPage?.(page.map(toImage)) } : {}),
      },
    );
    return raw.map(toImage);
  }

  async get(id: string): Promise<Image> {
    // Glance v2 answers with the bare image object, not wrapped in {image: ...}
    return toImage(await this.image.get<GlanceImage>(`/images/${pathSegment(id)}`));
  }

  /** A new image record, `queued` until its data arrives. */
  async create(req: ImageCreateRequest): Promise<Image> {
    return toImage(
      await this.image.post<GlanceImage>('/images', {
        ...req.properties,
        name: req.name,
        disk_format: req.diskFormat,
        container_format: req.containerFormat,
        visibility: req.visibility,
        ...(req.protected !== undefined ? { protected: req.protected } : {}),
        ...(req.minDiskGb !== undefined ? { min_disk: req.minDiskGb } : {}),
        ...(req.minRamMb !== undefined ? { min_ram: req.minRamMb } : {}),
      }),
    );
  }

  /** Sends only what differs from the image as Glance has it now; no change, no request. */
  async update(id: string, changes: ImageChanges): Promise<Image> {
    const before = await this.get(id);
    const patch = buildImagePatch(before, changes);
    if (patch.length === 0) return before;
    const res = await this.image.send('PATCH', `/images/${pathSegment(id)}`, patch, undefined, { 'content-type': IMAGE_PATCH_MEDIA_TYPE });
    return toImage(JSON.parse(res.text) as GlanceImage);
  }

  /** A protected image is refused here, with the reason, rather than by Glance's bare 403. */
  async delete(id: string): Promise<void> {
    const img = await this.get(id);
    if (img.protected) {
      throw new OpenStackError('conflict', `image ${img.name ?? id} is protected: clear "protected" before deleting it`, { field: 'protected', service: 'image' });
    }
    await this.image.delete(`/images/${pathSegment(id)}`);
  }

  /** Import methods this Glance offers (`glance-direct`, `web-download`, `copy-image`...). */
  async importMethods(): Promise<string[]> {
    const info = await this.image.get<{ 'import-methods'?: { value?: string[] } }>('/info/import');
    return info['import-methods']?.value ?? [];
  }

  /**
   * `web-download`: Glance fetches the image from `url` itself, so no byte passes through
   * this machine. The record is made first and deleted again when the import fails or is
   * cancelled, as an upload's is. Glance reports no byte count while it fetches, so progress
   * is only the phase.
   */
  async importFromUrl(req: ImageCreateRequest, url: string, opts: Pick<UploadOptions, 'signal' | 'onCreated'> = {}): Promise<Image> {
    const offered = await this.importMethods();
    if (!offered.includes('web-download')) {
      throw new OpenStackError('bad_request', `this Glance does not offer web-download (it offers ${offered.join(', ') || 'no import method'})`, { field: 'url', service: 'image' });
    }
    const created = await this.create(req);
    opts.onCreated?.(created.id);
    return this.removedOnFailure(created.id, req.name, opts.signal, async () => {
      await this.runImport(created.id, { name: 'web-download', uri: url }, opts.signal);
      return this.get(created.id);
    });
  }

  /**
   * Creates the record and streams the file into it. Any failure or a cancel deletes the
   * half-made image, so nothing `queued` or `saving` is left behind; the file's digest must
   * equal the one Glance computed.
   */
  async upload(req: ImageCreateRequest, path: string, opts: UploadOptions = {}): Promise<Image> {
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch (e) {
      throw fileError(path, e);
    }
    const created = await this.create(req);
    opts.onCreated?.(created.id);
    return this.removedOnFailure(created.id, req.name, opts.signal, async () => {
      const sent = await sendImageData(this.image, created.id, path, size, opts.method === 'glance-direct' ? 'stage' : 'file', opts);
      if (opts.method === 'glance-direct') await this.runImport(created.id, { name: 'glance-direct' }, opts.signal);
      const stored = await this.get(created.id);
      if (stored.hashValue) checkStoredHash(created.id, { algo: stored.hashAlgo, value: stored.hashValue }, await digestIn(stored.hashAlgo ?? 'sha512', sent, path));
      return stored;
    });
  }

  /** An image is useless without its data: whatever goes wrong in `work`, the record is deleted. */
  private async removedOnFailure(id: string, name: string, signal: AbortSignal | undefined, work: () => Promise<Image>): Promise<Image> {
    try {
      return await work();
    } catch (e) {
      await this.image.delete(`/images/${pathSegment(id)}`).catch(() => undefined);
      if (signal?.aborted && !(isOpenStackError(e) && e.kind === 'cancelled')) {
        throw new OpenStackError('cancelled', `transfer of ${name} was cancelled; image ${id} was deleted`, { service: 'image' });
      }
      throw e;
    }
  }

  /** Asks Glance to import (staged data, or a URL it fetches) and waits until the image is active. */
  private async runImport(id: string, method: { name: 'glance-direct' } | { name: 'web-download'; uri: string }, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    try {
      await this.image.send('POST', `/images/${pathSegment(id)}/import`, { method });
    } catch (e) {
      // Glance refuses a URL its import filter does not allow with a bare 400: the URL is what to change
      if (method.name === 'web-download' && isOpenStackError(e) && e.kind === 'bad_request') {
        throw new OpenStackError(e.kind, e.message, { ...e.toJSON(), field: 'url' });
      }
      throw e;
    }
    const until = Date.now() + IMPORT_TIMEOUT_MS;
    for (;;) {
      const raw = await this.image.get<GlanceImage>(`/images/${pathSegment(id)}`);
      if (raw.status === 'active') return;
      const failed = typeof raw.os_glance_failed_import === 'string' && raw.os_glance_failed_import !== '';
      if (failed || raw.status === 'killed' || Date.now() > until) {
        const why = await this.importFailure(id);
        throw new OpenStackError('resource_failure', `import of image ${id} failed (status ${raw.status})${why ? `: ${why}` : ''}`, {
          service: 'image',
          ...(method.name === 'web-download' ? { field: 'url' } : {}),
        });
      }
      await sleep(IMPORT_POLL_MS, signal);
    }
  }

  /**
   * Why an import failed, in Glance's words: its import task's message (`GET
   * /v2/images/{id}/tasks`, Yoga's API 2.12 and later); undefined where Glance cannot say.
   */
  private async importFailure(id: string): Promise<string | undefined> {
    try {
      const body = await this.image.get<{ tasks?: { message?: string; updated_at?: string }[] }>(`/images/${pathSegment(id)}/tasks`);
      const latest = [...(body.tasks ?? [])].sort((a, b) => (b.updated_at ?? '').localeCompare(a.updated_at ?? ''))[0];
      return latest?.message || undefined;
    } catch {
      return undefined;
    }
  }

  /** Streams the image's data to `dest`, verified (image-download.ts). */
  async download(id: string, dest: string, opts: TransferOptions = {}): Promise<DownloadResult> {
    return downloadImageData(this.image, await this.get(id), dest, opts);
  }

  async listMembers(id: string): Promise<ImageMember[]> {
    const body = await this.image.get<{ members: GlanceMember[] }>(`/images/${pathSegment(id)}/members`);
    return body.members.map(toImageMember);
  }

  /**
   * Shares the image with a project. Glance has members only for `shared` images, so a
   * private one becomes shared first (its members still need to accept it).
   */
  async addMember(id: string, projectId: string): Promise<ImageMember> {
    const img = await this.get(id);
    if (img.visibility === 'private') await this.update(id, { visibility: 'shared' });
    return toImageMember(await this.image.post<GlanceMember>(`/images/${pathSegment(id)}/members`, { member: projectId }));
  }

  /**
   * The member project's answer to a share: accepted images show in its lists. Without a
   * project, the session's own answers (the usual case: accepting what was shared with me).
   */
  async updateMember(id: string, projectId: string | undefined, status: ImageMemberStatus): Promise<ImageMember> {
    const member = projectId ?? (await this.ownProject());
    return toImageMember(await this.image.put<GlanceMember>(`/images/${pathSegment(id)}/members/${pathSegment(member)}`, { status }));
  }

  /** The project this session's token is scoped to. */
  private async ownProject(): Promise<string> {
    const project = (await this.image.session.token()).project?.id;
    if (!project) throw new OpenStackError('forbidden', 'this login is not scoped to a project, so it owns no images', { service: 'image' });
    return project;
  }

  async removeMember(id: string, projectId: string): Promise<void> {
    await this.image.delete(`/images/${pathSegment(id)}/members/${pathSegment(projectId)}`);
  }

  /**
   * Names for a list of image ids (a server list shows image names), in parallel chunked
   * `id=in:` queries. Ids Glance does not return (deleted, not visible) are absent; an
   * unnamed image maps to ''.
   */
  async namesByIds(ids: readonly string[], chunkSize = ID_LOOKUP_CHUNK): Promise<Record<string, string>> {
    const unique = [...new Set(ids)].filter((id) => LOOKUP_SAFE_ID.test(id));
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += chunkSize) chunks.push(unique.slice(i, i + chunkSize));
    const pages = await Promise.all(
      chunks.map((chunk) =>
        listAll<GlanceImage>(this.image, '/images', 'images', {
          id: `in:${chunk.join(',')}`,
          // without these Glance hides community images and shared ones not yet accepted
          visibility: 'all',
          member_status: 'all',
          // one more than can match: a full page would make Glance send a `next` to an empty page
          limit: chunk.length + 1,
        }),
      ),
    );
    const out: Record<string, string> = {};
    for (const img of pages.flat()) out[img.id] = img.name ?? '';
    return out;
  }
}
