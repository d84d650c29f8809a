import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Image } from '../../../shared/domain/image.js';
import { OpenStackError, isOpenStackError } from '../errors.js';
import { cancelled, headerOf } from '../http/transport.js';
import { pathSegment, type ServiceClient } from '../service-client.js';
import { feedFile, fileError, hasherFor, meteredHash } from './image-file.js';
import { TransferMeter } from './transfer-meter.js';
import type { TransferOptions } from './image-upload.js';

export interface DownloadResult {
  bytes: number;
  /** the algorithm the bytes were checked with; undefined when Glance reported no hash */
  verifiedWith: string | undefined;
  /** bytes that were already on disk from an interrupted download and not fetched again */
  resumedFrom: number;
}

/** The `.part` file a download is written to until its checksum is right. */
export const partPathOf = (dest: string) => `${dest}.part`;

const sizeOnDisk = async (path: string): Promise<number> => {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
};

/** Where the answer to a `Range: bytes=N-` request starts: 206 with `Content-Range: bytes N-…`. */
function resumesAt(status: number, contentRange: string | undefined): number {
  if (status !== 206) return 0;
  const m = /^bytes (\d+)-/.exec(contentRange ?? '');
  return m ? Number(m[1]) : -1;
}

/**
 * Streams an image's data to `dest`: written to `dest.part`, hashed on the way with Glance's
 * `os_hash_algo` (md5 `checksum` for images from before multihash), renamed to `dest` only
 * when the digest matches. A `.part` left by an interrupted download is resumed with a
 * `Range` request where Glance answers 206. A mismatch or a cancel removes the `.part`; a
 * dropped connection keeps it for the next try and says so.
 */
export async function downloadImageData(image: ServiceClient, img: Image, dest: string, opts: TransferOptions = {}): Promise<DownloadResult> {
  if (img.status !== 'active') {
    throw new OpenStackError('conflict', `image ${img.id} is ${img.status}: only an active image has data to download`, { service: 'image' });
  }
  const algo = img.hashValue ? img.hashAlgo ?? 'sha512' : img.checksum ? 'md5' : undefined;
  const expected = img.hashValue ?? img.checksum;
  const part = partPathOf(dest);
  let have = await sizeOnDisk(part);
  if (img.sizeBytes !== undefined && have >= img.sizeBytes) have = 0;
  const path = `/images/${pathSegment(img.id)}/file`;
  const res = await image.stream('GET', path, {
    ...(have > 0 ? { headers: { range: `bytes=${have}-` } } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const body = res.body!;
  const start = have > 0 ? resumesAt(res.status, headerOf(res.headers, 'content-range')) : 0;
  if (start !== 0 && start !== have) {
    body.destroy();
    throw new OpenStackError('server_error', `image ${img.id}: asked for bytes from ${have}, Glance sent them from ${start}`, { service: 'image' });
  }
  // a 200 to a Range request is the whole file again: start over
  const resumedFrom = start === have ? have : 0;
  // without a hash from Glance there is nothing to compare with; sha512 keeps one code path
  const hash = hasherFor(algo ?? 'sha512');
  if (resumedFrom > 0) await feedFile(hash, part, resumedFrom);
  const meter = new TransferMeter(img.sizeBytes, undefined, resumedFrom);
  try {
    await pipeline(
      body,
      meteredHash(hash, meter, opts.onProgress),
      createWriteStream(part, { flags: resumedFrom > 0 ? 'a' : 'w' }),
      ...(opts.signal ? [{ signal: opts.signal }] : []),
    );
  } catch (e) {
    if (opts.signal?.aborted) {
      await rm(part, { force: true });
      throw cancelled({ method: 'GET', url: await image.url(path), service: 'image' });
    }
    if (isOpenStackError(e)) throw e;
    const kept = await sizeOnDisk(part);
    const code = (e as { code?: string }).code ?? '';
    if (/^E(NOSPC|ACCES|PERM|ROFS|ISDIR|NOENT)$/.test(code)) throw fileError(part, e);
    throw new OpenStackError(
      'network',
      `download of image ${img.id} broke off after ${kept} bytes (${code || (e as Error).message}); they are kept in ${part} and the next download resumes from there`,
      { service: 'image' },
    );
  }
  opts.onProgress?.(meter.progress());
  const got = hash.digest('hex');
  if (algo && expected && got.toLowerCase() !== expected.toLowerCase()) {
    await rm(part, { force: true });
    throw new OpenStackError(
      'resource_failure',
      `image ${img.id}: the downloaded data's ${algo} (${got.slice(0, 16)}…) differs from Glance's (${expected.slice(0, 16)}…); the file was removed`,
      { service: 'image' },
    );
  }
  try {
    await rename(part, dest);
  } catch (e) {
    throw fileError(dest, e);
  }
  return { bytes: meter.progress().bytes, verifiedWith: algo, resumedFrom };
}
