import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caught } from '../../../e2e/support/caught.js';
import { generateFile } from '../../../e2e/support/generated-file.js';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import { partPathOf } from './image-download.js';
import { hashFile } from './image-file.js';
import { sendImageData } from './image-upload.js';
import type { TransferProgress } from './transfer-meter.js';

const demo = clientFor('local-demo');
const GiB = 1024 * 1024 * 1024;
const MiB = 1024 * 1024;
let dir: string;
const made: string[] = [];


/** Samples the process's RSS while `work` runs: the peak above what it was at the start. */
async function peakRssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const atRest = process.memoryUsage().rss;
  let peak = atRest;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: (peak - atRest) / MiB };
  } finally {
    clearInterval(timer);
  }
}


const request = (suffix: string) => ({ name: `${RUN_PREFIX}-xfer-${suffix}`, diskFormat: 'raw' as const, containerFormat: 'bare' as const, visibility: 'private' as const });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'novadesk-image-'));
});

afterAll(async () => {
  await Promise.all(made.map((id) => demo.images.delete(id).catch(() => undefined)));
  await rm(dir, { recursive: true, force: true });
  await demo.close();
});

describe('a 1 GiB image, up and down', () => {
  it('uploads with bounded memory and a matching checksum, and downloads the same bytes', { timeout: 900_000 }, async () => {
    const src = join(dir, 'big.raw');
    await generateFile(src, GiB);
    const sha512 = await hashFile(src, 'sha512');
    const seen: TransferProgress[] = [];
    const up = await peakRssGrowth(() =>
      demo.images.upload(request('big'), src, { onCreated: (id) => made.push(id), onProgress: (p) => seen.push(p) }),
    );
    console.log(`upload of 1 GiB: peak RSS growth ${up.growthMb.toFixed(1)} MB`);
    expect(up.growthMb).toBeLessThan(100);
    expect(up.result).toMatchObject({ status: 'active', sizeBytes: GiB, hashAlgo: 'sha512', hashValue: sha512 });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toMatchObject({ bytes: GiB, totalBytes: GiB, etaSeconds: 0 });

    const dest = join(dir, 'big.back');
    const down = await peakRssGrowth(() => demo.images.download(up.result.id, dest));
    console.log(`download of 1 GiB: peak RSS growth ${down.growthMb.toFixed(1)} MB`);
    expect(down.growthMb).toBeLessThan(100);
    expect(down.result).toMatchObject({ bytes: GiB, verifiedWith: 'sha512', resumedFrom: 0 });
    expect(await hashFile(dest, 'sha512')).toBe(sha512);
    expect(existsSync(partPathOf(dest))).toBe(false);
    await rm(dest);
    await rm(src);
  });
});

describe('cancel and corruption', () => {
  let src: string;
  let sha512: string;
  let small: string;

  beforeAll(async () => {
    src = join(dir, 'mid.raw');
    await generateFile(src, 64 * MiB);
    sha512 = await hashFile(src, 'sha512');
    const img = await demo.images.upload(request('small'), src, { onCreated: (id) => made.push(id) });
    small = img.id;
  });

  it('cancelled mid-upload, the half-made image is deleted', async () => {
    const abort = new AbortController();
    let id: string | undefined;
    const err = await caught(
      demo.images.upload(request('cancel'), src, {
        signal: abort.signal,
        onCreated: (created) => ((id = created), made.push(created)),
        // at the first report (the first MiB read): the rest of the file is still to go
        onProgress: (p) => p.bytes > 0 && abort.abort(),
      }),
    );
    expect(err.kind).toBe('cancelled');
    expect(id).toBeDefined();
    expect((await caught(demo.images.get(id!))).kind).toBe('not_found');
    expect(await demo.images.list({ name: request('cancel').name })).toEqual([]);
  });

  it('resumes a download from a .part with a Range request', async () => {
    const dest = join(dir, 'resumed.raw');
    await writeFile(partPathOf(dest), (await readFile(src)).subarray(0, 10 * MiB));
    const r = await demo.images.download(small, dest);
    expect(r).toMatchObject({ resumedFrom: 10 * MiB, bytes: 64 * MiB });
    expect(await hashFile(dest, 'sha512')).toBe(sha512);
    await rm(dest);
  });

  it('detects corrupt data and leaves no file that looks complete', async () => {
    const dest = join(dir, 'corrupt.raw');
    // an interrupted download whose bytes were altered on disk: the resumed whole cannot match
    const altered = (await readFile(src)).subarray(0, 10 * MiB);
    altered[5] = altered[5]! ^ 0xff;
    await writeFile(partPathOf(dest), altered);
    const err = await caught(demo.images.download(small, dest));
    expect(err.kind).toBe('resource_failure');
    expect(err.message).toMatch(/sha512/);
    expect(existsSync(dest)).toBe(false);
    expect(existsSync(partPathOf(dest))).toBe(false);
  });

  it('cancelled mid-download, no file is left', async () => {
    const dest = join(dir, 'cancelled.raw');
    const abort = new AbortController();
    const err = await caught(demo.images.download(small, dest, { signal: abort.signal, onProgress: (p) => p.bytes >= MiB && abort.abort() }));
    expect(err.kind).toBe('cancelled');
    expect(existsSync(dest)).toBe(false);
    expect(existsSync(partPathOf(dest))).toBe(false);
  });

  it('uploads through glance-direct where the cloud offers it', async () => {
    expect(await demo.images.importMethods()).toContain('glance-direct');
    const img = await demo.images.upload(request('staged'), src, { method: 'glance-direct', onCreated: (id) => made.push(id) });
    expect(img).toMatchObject({ status: 'active', sizeBytes: 64 * MiB, hashValue: sha512 });
  });

  it('on a 401 the session logs in again and sends the file once more from its start', async () => {
    const img = await demo.images.create(request('reauth'));
    made.push(img.id);
    const good = await demo.session.token();
    demo.session.adoptToken({ ...good, value: `gAAAAA${'z'.repeat(180)}` });
    const seq = demo.session.log.list().at(-1)?.seq ?? 0;
    const sent = await sendImageData(demo.image, img.id, src, 64 * MiB, 'file');
    const puts = demo.session.log.list({ sinceSeq: seq }).filter((e) => e.method === 'PUT');
    expect(puts.map((e) => e.status)).toEqual([401, 204]);
    expect(sent.hex).toBe(sha512);
    expect((await demo.images.get(img.id)).hashValue).toBe(sha512);
  });

  it('refuses a missing file as a storage error naming it, before creating anything', async () => {
    const missing = join(dir, 'absent.raw');
    const err = await caught(demo.images.upload(request('absent'), missing));
    expect(err).toMatchObject({ kind: 'storage', field: 'file' });
    expect(err.message).toContain(missing);
    expect(await demo.images.list({ name: request('absent').name })).toEqual([]);
  });
});

describe('edit, protect, share', () => {
  let id: string;
  const alt = clientFor('local-alt');

  beforeAll(async () => {
    const img = await demo.images.create({ ...request('edit'), properties: { os_distro: 'cirros', scratch: 'x' } });
    made.push(img.id);
    id = img.id;
  });
  afterAll(() => alt.close());

  it('patches only the changed fields and properties', async () => {
    const seq = demo.session.log.list().at(-1)?.seq ?? 0;
    const img = await demo.images.update(id, { minRamMb: 128, properties: { os_distro: 'ubuntu', os_version: '24.04', scratch: null } });
    expect(img.minRamMb).toBe(128);
    expect(img.properties).toMatchObject({ os_distro: 'ubuntu', os_version: '24.04' });
    expect(img.properties).not.toHaveProperty('scratch');
    const patches = demo.session.log.list({ sinceSeq: seq }).filter((e) => e.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(JSON.parse(patches[0]!.requestBody!)).toHaveLength(4);
    // nothing changed: no PATCH at all
    await demo.images.update(id, { minRamMb: 128 });
    expect(demo.session.log.list({ sinceSeq: seq }).filter((e) => e.method === 'PATCH')).toHaveLength(1);
  });

  it('refuses to delete a protected image, naming the reason', async () => {
    await demo.images.update(id, { protected: true });
    const err = await caught(demo.images.delete(id));
    expect(err).toMatchObject({ kind: 'conflict', field: 'protected' });
    expect(err.message).toMatch(/protected/);
    await demo.images.update(id, { protected: false });
  });

  it('shares with the alt project, which accepts it and then sees it', async () => {
    const altProject = (await alt.session.token()).project?.id;
    expect(altProject).toBeDefined();
    const m = await demo.images.addMember(id, altProject!);
    expect(m).toMatchObject({ memberId: altProject, status: 'pending' });
    expect((await demo.images.get(id)).visibility).toBe('shared');
    expect((await demo.images.listMembers(id)).map((x) => x.memberId)).toEqual([altProject]);
    expect((await alt.images.updateMember(id, undefined, 'accepted')).status).toBe('accepted');
    expect((await demo.images.list({ mine: true, name: request('edit').name })).map((i) => i.id)).toEqual([id]);
    expect(await alt.images.list({ mine: true, name: request('edit').name })).toEqual([]);
    expect(await demo.images.list({ mine: true, name: request('edit').name, diskFormat: 'qcow2' })).toEqual([]);
    expect(await demo.images.list({ mine: true, name: request('edit').name, diskFormat: 'raw', containerFormat: 'bare' })).toHaveLength(1);
    expect((await alt.images.list({ name: request('edit').name })).map((i) => i.id)).toEqual([id]);
    await demo.images.removeMember(id, altProject!);
    expect(await demo.images.listMembers(id)).toEqual([]);
  });
});
