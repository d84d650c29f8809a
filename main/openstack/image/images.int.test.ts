import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caught } from '../../../e2e/support/caught.js';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import type { GlanceImage } from './image-mapper.js';

const demo = clientFor('local-demo');
const alt = clientFor('local-alt');
const TAG = `${RUN_PREFIX}-tag`;
const PAYLOAD = 'novadesk test image bytes';
const created: GlanceImage[] = [];

async function createImage(suffix: string): Promise<GlanceImage> {
  const img = await demo.image.post<GlanceImage>('/images', {
    name: `${RUN_PREFIX}-img-${suffix}`,
    disk_format: 'raw',
    container_format: 'bare',
    visibility: 'private',
    tags: [TAG],
    os_distro: 'novadesk-test',
  });
  created.push(img);
  return img;
}

/** Raw bytes: the ServiceClient speaks JSON, so the upload goes through the session's transport. */
async function upload(id: string, data: string): Promise<void> {
  const token = await demo.session.token();
  const res = await demo.session.transport.send({
    method: 'PUT',
    url: await demo.image.url(`/images/${id}/file`),
    service: 'image',
    headers: { 'x-auth-token': token.value, 'content-type': 'application/octet-stream' },
    body: data,
  });
  expect(res.status).toBe(204);
}


const imageGets = (sinceSeq: number) =>
  demo.session.log.list({ sinceSeq }).filter((e) => e.method === 'GET' && e.service === 'image' && /\/v2\/images\?/.test(e.url));

let a: GlanceImage;
let b: GlanceImage;
let c: GlanceImage;
let tinyRawId: string;

beforeAll(async () => {
  [a, b, c] = await Promise.all([createImage('a'), createImage('b'), createImage('c')]);
  await upload(b.id, PAYLOAD);
  const [tiny] = await demo.images.list({ name: 'tiny-raw' });
  if (!tiny) throw new Error('the local cloud has no tiny-raw image; run e2e/cloud/up.sh');
  tinyRawId = tiny.id;
});

afterAll(async () => {
  // also whatever an earlier, interrupted part of this run left behind
  const mine = await demo.images.list({ tag: [TAG] }).catch(() => []);
  const ids = new Set([...created.map((i) => i.id), ...mine.map((i) => i.id)]);
  await Promise.allSettled([...ids].map((id) => demo.image.delete(`/images/${id}`)));
  await Promise.all([demo.close(), alt.close()]);
});

describe('Glance images', () => {
  it('filters by exact name', async () => {
    const found = await demo.images.list({ name: `${RUN_PREFIX}-img-b` });
    expect(found.map((i) => i.id)).toEqual([b.id]);
  });

  it('follows relative `next` links with limit 1, page by page, in the asked order', async () => {
    const pages: string[][] = [];
    const asc = await demo.images.list({ tag: [TAG], limit: 1, sortKey: 'name', sortDir: 'asc', onPage: (p) => pages.push(p.map((i) => i.id)) });
    expect(asc.map((i) => i.id)).toEqual([a.id, b.id, c.id]);
    // one image per page, and Glance's last full page is followed by an empty one
    expect(pages.filter((p) => p.length > 0)).toEqual([[a.id], [b.id], [c.id]]);
    const desc = await demo.images.list({ tag: [TAG], limit: 1, sortKey: 'name', sortDir: 'desc' });
    expect(desc.map((i) => i.id)).toEqual([c.id, b.id, a.id]);
  });

  it('stops after maxItems without fetching further pages', async () => {
    const before = demo.session.log.list().at(-1)?.seq ?? 0;
    const two = await demo.images.list({ tag: [TAG], limit: 1, sortKey: 'name', sortDir: 'asc', maxItems: 2 });
    expect(two.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(imageGets(before)).toHaveLength(2);
  });

  it('filters by status: only the image with data is active, with its size', async () => {
    const active = await demo.images.list({ tag: [TAG], status: 'active' });
    expect(active.map((i) => i.id)).toEqual([b.id]);
    expect(active[0]?.sizeBytes).toBe(PAYLOAD.length);
    const queued = await demo.images.list({ tag: [TAG], status: 'queued', sortKey: 'name', sortDir: 'asc' });
    expect(queued.map((i) => i.id)).toEqual([a.id, c.id]);
  });

  it('filters by visibility and owner', async () => {
    const project = (await demo.session.token()).project?.id;
    const pub = await demo.images.list({ visibility: 'public' });
    expect(pub.map((i) => i.id)).toContain(tinyRawId);
    expect(pub.some((i) => i.name?.startsWith(RUN_PREFIX))).toBe(false);
    const owned = await demo.images.list({ owner: project, tag: [TAG] });
    expect(owned).toHaveLength(3);
    expect(owned.every((i) => i.owner === project && i.visibility === 'private')).toBe(true);
  });

  it('gets one image with its properties', async () => {
    const img = await demo.images.get(b.id);
    expect(img).toMatchObject({
      id: b.id,
      name: `${RUN_PREFIX}-img-b`,
      status: 'active',
      diskFormat: 'raw',
      containerFormat: 'bare',
      tags: [TAG],
    });
    expect(img.properties.os_distro).toBe('novadesk-test');
  });

  it('looks up names for ids in parallel chunked id=in: queries', async () => {
    const before = demo.session.log.list().at(-1)?.seq ?? 0;
    const missing = '00000000-0000-4000-8000-000000000000';
    const names = await demo.images.namesByIds([a.id, b.id, c.id, tinyRawId, missing, a.id, 'not/an,id'], 2);
    expect(names).toEqual({
      [a.id]: `${RUN_PREFIX}-img-a`,
      [b.id]: `${RUN_PREFIX}-img-b`,
      [c.id]: `${RUN_PREFIX}-img-c`,
      [tinyRawId]: 'tiny-raw',
    });
    // five distinct usable ids in chunks of two
    const lookups = imageGets(before).filter((e) => decodeURIComponent(e.url).includes('id=in:'));
    expect(lookups).toHaveLength(3);
    expect(await demo.images.namesByIds([])).toEqual({});
  });

  it("does not reveal another project's private images in the lookup", async () => {
    const names = await alt.images.namesByIds([a.id, tinyRawId]);
    expect(names).toEqual({ [tinyRawId]: 'tiny-raw' });
  });

  it("maps a missing image to not_found with Glance's HTML body made readable", async () => {
    const err = await caught(demo.images.get('00000000-0000-4000-8000-000000000000'));
    expect(err.kind).toBe('not_found');
    expect(err.status).toBe(404);
    expect(err.service).toBe('image');
    expect(err.requestId).toMatch(/^req-/);
    expect(err.message).toBe('No image found with ID 00000000-0000-4000-8000-000000000000');
  });
});
