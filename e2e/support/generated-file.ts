import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';

const MiB = 1024 * 1024;

/**
 * A file of `size` bytes (a multiple of 1 MiB) that neither compresses nor repeats: one random
 * MiB, each copy stamped with its index. Written with backpressure, so memory stays flat.
 */
export async function generateFile(path: string, size: number): Promise<void> {
  const block = randomBytes(MiB);
  const out = createWriteStream(path);
  for (let i = 0; i < size / MiB; i++) {
    block.writeUInt32BE(i, 0);
    if (!out.write(Buffer.from(block))) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}
