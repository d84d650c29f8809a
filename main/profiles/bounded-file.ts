import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

export const MIB = 1024 * 1024;

/** Why a path given as a file (a CA bundle, a clouds.yaml) was not read; the caller adds the path and field. */
export class FileRefused extends Error {}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refusedFor(s: Stats, maxBytes: number): FileRefused | undefined {
  if (!s.isFile()) return new FileRefused(`is ${kindOf(s)}, not a regular file`);
  if (s.size > maxBytes) return new FileRefused(`is larger than ${maxBytes / MIB} MiB (${s.size} bytes)`);
  return undefined;
}

function whyUnreadable(e: unknown): FileRefused {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return new FileRefused('does not exist');
  if (code === 'EACCES') return new FileRefused('cannot be read (permission denied)');
  return new FileRefused(`cannot be read (${code ?? String(e)})`);
}

/**
 * Reads a path the user named as a file, refusing anything that is not a regular file under
 * `maxBytes`: `/dev/zero` would be read until Node's 2 GiB limit and a FIFO would block the
 * read forever. `stat` decides first (opening a device can have effects of its own); the open
 * is non-blocking and checked again, in case the path was swapped in between, and the read
 * stops one byte past the cap whatever the size said.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let before: Stats;
  try {
    before = await stat(path);
  } catch (e) {
    throw whyUnreadable(e);
  }
  const refused = refusedFor(before, maxBytes);
  if (refused) throw refused;
  let fh;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer (absent on Windows)
    fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw whyUnreadable(e);
  }
  try {
    const now = await fh.stat();
    const swapped = refusedFor(now, maxBytes);
    if (swapped) throw swapped;
    const buf = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new FileRefused(`is larger than ${maxBytes / MIB} MiB`);
    }
    return buf.subarray(0, length);
  } catch (e) {
    throw e instanceof FileRefused ? e : whyUnreadable(e);
  } finally {
    await fh.close();
  }
}
