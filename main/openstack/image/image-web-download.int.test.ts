import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caught } from '../../../e2e/support/caught.js';
import { generateFile } from '../../../e2e/support/generated-file.js';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import { hashFile } from './image-file.js';

const demo = clientFor('local-demo');
const MiB = 1024 * 1024;
let dir: string;
let src: string;
let files: Server;
let base: string;
/** paths the file server was asked for: proves Glance, not this process, fetched the data */
const fetched: string[] = [];
const made: string[] = [];

const request = (suffix: string) => ({ name: `${RUN_PREFIX}-web-${suffix}`, diskFormat: 'raw' as const, containerFormat: 'bare' as const, visibility: 'private' as const });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'novadesk-web-'));
  src = join(dir, 'web.raw');
  await generateFile(src, 8 * MiB);
  // where Glance fetches from: 127.0.0.1 is allowed by the local cloud's import filter (e2e/cloud/README.md)
  files = createServer((req, res) => {
    fetched.push(req.url ?? '');
    if (req.url === '/web.raw') {
      // Zed's web-download reads Content-Length and fails without it (a chunked answer)
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': 8 * MiB });
      createReadStream(src).pipe(res);
    } else {
      res.writeHead(404).end('no such file');
    }
  });
  await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await Promise.all(made.map((id) => demo.images.delete(id).catch(() => undefined)));
  await new Promise((r) => files.close(r));
  await rm(dir, { recursive: true, force: true });
  await demo.close();
});

describe('web-download: Glance fetches the image itself', () => {
  it('is offered by the local Glance', async () => {
    expect(await demo.images.importMethods()).toContain('web-download');
  });

  it('imports from a URL: active, the size and the hash of the served file', { timeout: 180_000 }, async () => {
    const img = await demo.images.importFromUrl(request('ok'), `${base}/web.raw`, { onCreated: (id) => made.push(id) });
    expect(fetched).toContain('/web.raw');
    expect(img).toMatchObject({ status: 'active', sizeBytes: (await stat(src)).size, hashAlgo: 'sha512', hashValue: await hashFile(src, 'sha512') });
  });

  it('a URL that answers 404 fails naming the url, with Glance\'s reason, and leaves no image', { timeout: 180_000 }, async () => {
    let id: string | undefined;
    const err = await caught(demo.images.importFromUrl(request('missing'), `${base}/missing.raw`, { onCreated: (c) => ((id = c), made.push(c)) }));
    expect(err.kind).toBe('resource_failure');
    expect(err.field).toBe('url');
    expect(fetched).toContain('/missing.raw');
    // Glance's own words, from the image's import task (it says no more than this for a 404)
    expect(err.message).toMatch(/: Task failed/);
    expect((await caught(demo.images.get(id!))).kind).toBe('not_found');
  });

  it('a URL the cloud\'s import filter refuses is a bad request naming the url, and leaves no image', async () => {
    let id: string | undefined;
    // TEST-NET-1: never routed, and not among the hosts the local cloud allows
    const err = await caught(demo.images.importFromUrl(request('refused'), 'http://192.0.2.1/x.raw', { onCreated: (c) => ((id = c), made.push(c)) }));
    expect(err).toMatchObject({ kind: 'bad_request', field: 'url' });
    expect(err.message).toMatch(/filtering/);
    expect((await caught(demo.images.get(id!))).kind).toBe('not_found');
  });

  it('cancelled while Glance imports, the image is deleted', { timeout: 180_000 }, async () => {
    const abort = new AbortController();
    let id: string | undefined;
    const err = await caught(
      demo.images.importFromUrl(request('cancel'), `${base}/web.raw`, {
        signal: abort.signal,
        onCreated: (c) => ((id = c), made.push(c), abort.abort()),
      }),
    );
    expect(err.kind).toBe('cancelled');
    expect((await caught(demo.images.get(id!))).kind).toBe('not_found');
  });
});
