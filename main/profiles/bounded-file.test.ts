import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isOpenStackError } from '../openstack/errors.js';
import { readCaFile } from './ca-file.js';
import { scanCloudsConfig } from './clouds-yaml-read.js';

/**
 * Issue 12 item 9: a CA file or clouds.yaml path that is no regular file, or too big, is
 * refused at once with the field and path named: never read until Node's 2 GiB limit
 * (/dev/zero) or blocked forever (a FIFO).
 */

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const dirs: string[] = [];
const fifos: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nd-bounded-'));
  dirs.push(d);
  return d;
}
function fifo(): string {
  const path = join(tempDir(), 'pipe');
  execFileSync('mkfifo', [path]);
  fifos.push(path);
  return path;
}
afterEach(() => {
  // a reader stuck on a FIFO (the bug) is released by a writer that opens and closes at once
  for (const f of fifos.splice(0)) {
    try {
      closeSync(openSync(f, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // no reader waiting: nothing to release
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Settles within `ms` or fails the test instead of hanging it. */
function soon<T>(p: Promise<T>, ms = 3000): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still reading after ${ms} ms`)), ms))]);
}

async function caFailure(path: string): Promise<{ kind?: string; field?: string; message: string }> {
  try {
    await soon(readCaFile(path));
  } catch (e) {
    if (isOpenStackError(e)) return { kind: e.kind, ...(e.field ? { field: e.field } : {}), message: e.message };
    return { message: String(e) };
  }
  throw new Error('expected a refusal');
}

describe('CA bundle paths', () => {
  it.each([
    ['/dev/zero', () => '/dev/zero', /\/dev\/zero is a character device, not a regular file/],
    ['a FIFO', fifo, /pipe is a named pipe \(FIFO\), not a regular file/],
    ['a directory', tempDir, /is a directory, not a regular file/],
    [
      'a file over 1 MiB',
      () => {
        const p = join(tempDir(), 'big.pem');
        writeFileSync(p, PEM.padEnd(1024 * 1024 + 1, 'A'));
        return p;
      },
      /big\.pem is larger than 1 MiB \(1048577 bytes\)/,
    ],
  ])('refuses %s on tls.caFile, naming the path', async (_what, make, message) => {
    const path = make();
    const err = await caFailure(path);
    expect(err).toMatchObject({ kind: 'validation', field: 'tls.caFile' });
    expect(err.message).toMatch(message);
    expect(err.message).toContain(path);
  });

  it('still reads a real bundle', async () => {
    const p = join(tempDir(), 'ca.pem');
    writeFileSync(p, PEM);
    expect(await soon(readCaFile(p))).toBe(PEM);
  });
});

describe('clouds.yaml paths', () => {
  const scan = (env: NodeJS.ProcessEnv) => {
    const empty = tempDir();
    return soon(scanCloudsConfig({ env, cwd: empty, home: empty }));
  };

  it.each([
    ['/dev/zero', () => '/dev/zero'],
    ['a FIFO', fifo],
    ['a directory', tempDir],
  ])('says OS_CLIENT_CONFIG_FILE naming %s is not a regular file', async (_what, make) => {
    const path = make();
    const r = await scan({ OS_CLIENT_CONFIG_FILE: path });
    expect(r.problems).toContainEqual({ file: path, message: expect.stringMatching(new RegExp(`^OS_CLIENT_CONFIG_FILE names ${path}, which is not a regular file`)) });
    expect(r.candidates).toEqual([]);
  });

  it('does not read a clouds.yaml over 1 MiB', async () => {
    const dir = tempDir();
    const path = join(dir, 'clouds.yaml');
    writeFileSync(path, `clouds: {}\n${'#'.repeat(1024 * 1024)}\n`);
    const r = await scan({ OS_CLIENT_CONFIG_FILE: path });
    expect(r.problems).toContainEqual({ file: path, message: expect.stringMatching(/is larger than 1 MiB \(\d+ bytes\); not read$/) });
  });

  it('refuses a CA file that is a FIFO named by clouds.yaml, without hanging', async () => {
    const dir = tempDir();
    const pipe = fifo();
    const path = join(dir, 'clouds.yaml');
    writeFileSync(path, `clouds:\n  lab:\n    auth: {auth_url: 'http://127.0.0.1:5000/v3', user_id: u, project_id: p}\n    cacert: ${pipe}\n`);
    const r = await scan({ OS_CLIENT_CONFIG_FILE: path });
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'cacert', message: expect.stringContaining(`${pipe} is a named pipe (FIFO)`) }));
  });
});
