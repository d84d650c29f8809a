import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HEAD_BYTES, TAIL_BYTES, guessDiskFormat, type GuessedDiskFormat } from '../../../shared/image/disk-format.js';
import { OpenStackError } from '../errors.js';
import { TransferMeter, type TransferProgress } from './transfer-meter.js';

/** A local image file as the upload dialog shows it before anything is sent. */
export interface ImageFileFacts {
  fileName: string;
  sizeBytes: number;
  guessedDiskFormat: GuessedDiskFormat;
}

/** A file Novadesk cannot read or write: `storage`, naming the file (DESIGN decision 3). */
export function fileError(path: string, e: unknown): OpenStackError {
  const code = (e as { code?: string }).code;
  return new OpenStackError('storage', `${path}: ${code ?? (e as Error).message ?? String(e)}`, { field: 'file' });
}

/** Reads the first and last bytes only, whatever the file's size. */
export async function imageFileFacts(path: string): Promise<ImageFileFacts> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new OpenStackError('validation', `file: ${path} is not a regular file`, { field: 'file' });
    const fh = await open(path, 'r');
    try {
      const head = Buffer.alloc(Math.min(HEAD_BYTES, info.size));
      await fh.read(head, 0, head.length, 0);
      const tail = Buffer.alloc(Math.min(TAIL_BYTES, info.size));
      await fh.read(tail, 0, tail.length, info.size - tail.length);
      return { fileName: basename(path), sizeBytes: info.size, guessedDiskFormat: guessDiskFormat(head, tail) };
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw e instanceof OpenStackError ? e : fileError(path, e);
  }
}

/** Hashes and counts the bytes passing through, reporting progress as the meter allows. */
export function meteredHash(hash: Hash, meter: TransferMeter, onProgress?: (p: TransferProgress) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      if (meter.add(chunk.length)) onProgress?.(meter.progress());
      done(null, chunk);
    },
  });
}

/** Feeds a file's first `length` bytes (all of it without) into `hash`, streamed. */
export async function feedFile(hash: Hash, path: string, length?: number): Promise<void> {
  if (length === 0) return;
  try {
    await pipeline(createReadStream(path, length === undefined ? {} : { end: length - 1 }), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) hash.update(chunk);
    });
  } catch (e) {
    throw fileError(path, e);
  }
}

export async function hashFile(path: string, algo: string): Promise<string> {
  const hash = hasherFor(algo);
  await feedFile(hash, path);
  return hash.digest('hex');
}

/** Node names the algorithms as Glance does (sha512, sha256, md5...); anything else is refused up front. */
export function hasherFor(algo: string): Hash {
  try {
    return createHash(algo);
  } catch {
    throw new OpenStackError('server_error', `Glance hashes images with ${algo}, which Novadesk cannot compute`, { service: 'image' });
  }
}
