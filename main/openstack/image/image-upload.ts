import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { OpenStackError } from '../errors.js';
import { pathSegment, type ServiceClient } from '../service-client.js';
import { hasherFor, hashFile, meteredHash } from './image-file.js';
import { TransferMeter, type TransferProgress } from './transfer-meter.js';

/** What a caller of a transfer can pass: a cancel, and where progress goes. */
export interface TransferOptions {
  signal?: AbortSignal;
  onProgress?: (p: TransferProgress) => void;
}

/** Glance's default `hashing_algorithm`: hashed while sending; another one costs a second read. */
export const LIKELY_HASH_ALGO = 'sha512';

/** The file's digest, as computed while it was sent. */
export interface SentData {
  algo: string;
  hex: string;
}

/**
 * Streams a file as an image's data: `PUT /v2/images/{id}/file`, or `/stage` for an import.
 * Read in 1 MiB chunks with backpressure, so memory stays flat whatever the size; the body
 * is reopened if the session replays the request after a re-auth.
 */
export async function sendImageData(
  image: ServiceClient,
  id: string,
  path: string,
  sizeBytes: number,
  target: 'file' | 'stage',
  opts: TransferOptions = {},
): Promise<SentData> {
  let hash = hasherFor(LIKELY_HASH_ALGO);
  let meter = new TransferMeter(sizeBytes);
  const body = (): Readable => {
    hash = hasherFor(LIKELY_HASH_ALGO);
    meter = new TransferMeter(sizeBytes);
    const counter = meteredHash(hash, meter, opts.onProgress);
    // errors reach the request through `counter`; the promise itself has nobody else to tell
    pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), counter).catch((e: unknown) => counter.destroy(e as Error));
    return counter;
  };
  await image.stream('PUT', `/images/${pathSegment(id)}/${target}`, {
    body,
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(sizeBytes) },
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  // the meter reports at most every 250 ms: the last bytes are said here
  opts.onProgress?.(meter.progress());
  return { algo: LIKELY_HASH_ALGO, hex: hash.digest('hex') };
}

/** The file's digest in Glance's algorithm: the one computed while sending, or a second read. */
export async function digestIn(algo: string, sent: SentData, path: string): Promise<string> {
  return algo === sent.algo ? sent.hex : hashFile(path, algo);
}

/** Glance's hash of what it stored against the file's: a mismatch means the data changed on the way. */
export function checkStoredHash(id: string, glance: { algo?: string; value?: string }, local: string): void {
  if (!glance.value) return;
  if (glance.value.toLowerCase() !== local.toLowerCase()) {
    throw new OpenStackError(
      'resource_failure',
      `image ${id}: Glance's ${glance.algo} of the uploaded data (${glance.value.slice(0, 16)}…) differs from the file's (${local.slice(0, 16)}…)`,
      { service: 'image' },
    );
  }
}
