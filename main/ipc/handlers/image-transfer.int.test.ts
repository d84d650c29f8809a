import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppFixture } from '../../../e2e/reliability/support/app-fixture.js';
import { RUN_PREFIX } from '../../../e2e/support/local-cloud.js';
import type { ImageTransferProgress } from '../../../shared/domain/image.js';
import { hashFile } from '../../openstack/image/image-file.js';

/**
 * Upload and download through the router as the renderer drives them: main's file dialog
 * (here answering with files of the test's own) hands out references, progress arrives as
 * events, and the cancel channel stops a transfer.
 */
const MiB = 1024 * 1024;
let dir: string;
let f: AppFixture;
let cloud: string;
const answers: string[] = [];
const events: ImageTransferProgress[] = [];
const made: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'novadesk-ipc-image-'));
  f = await startApp({
    filePicker: { openFile: async () => answers.shift(), saveFile: async () => answers.shift() },
  });
  cloud = f.ids['local-demo'];
  f.app.events.subscribe((event, payload) => {
    if (event === 'images.transfer') events.push(payload as ImageTransferProgress);
  });
});

afterAll(async () => {
  for (const id of made) await f.call('images.delete', { cloud, id });
  await f?.close();
  await rm(dir, { recursive: true, force: true });
});

const image = (suffix: string) => ({ name: `${RUN_PREFIX}-ipc-${suffix}`, diskFormat: 'raw' as const, containerFormat: 'bare' as const, visibility: 'private' as const });

describe('image transfers over IPC', () => {
  let src: string;

  beforeAll(async () => {
    src = join(dir, 'disk.qcow2');
    const data = randomBytes(32 * MiB);
    data.set([0x51, 0x46, 0x49, 0xfb], 0);
    await writeFile(src, data);
  });

  it('picks a file by reference, guesses its format, uploads it with progress, downloads it back', async () => {
    answers.push(src);
    const picked = await f.ok('files.pickImage', {});
    expect(picked).toMatchObject({ fileName: 'disk.qcow2', sizeBytes: 32 * MiB, guessedDiskFormat: 'qcow2' });
    expect(JSON.stringify(picked)).not.toContain(dir);

    const up = await f.ok('images.upload', { cloud, transfer: 'up-1', file: picked!.ref, image: image('up') });
    made.push(up.id);
    expect(up).toMatchObject({ status: 'active', sizeBytes: 32 * MiB });
    const mine = events.filter((e) => e.transferId === 'up-1');
    expect(mine.some((e) => e.phase === 'sending' && e.bytes > 0 && e.totalBytes === 32 * MiB)).toBe(true);
    expect(mine.at(-1)).toMatchObject({ phase: 'done', imageId: up.id, direction: 'upload', bytes: 32 * MiB });

    // a reference is good for one transfer
    const again = await f.call('images.upload', { cloud, transfer: 'up-2', file: picked!.ref, image: image('again') });
    expect(again).toMatchObject({ ok: false, error: { kind: 'validation', field: 'file' } });

    const dest = join(dir, 'back.raw');
    answers.push(dest);
    const target = await f.ok('files.pickSaveTarget', { suggestedName: 'back.raw' });
    const down = await f.ok('images.download', { cloud, id: up.id, transfer: 'down-1', file: target!.ref });
    expect(down).toMatchObject({ bytes: 32 * MiB, verifiedWith: 'sha512' });
    expect(await hashFile(dest, 'sha512')).toBe(await hashFile(src, 'sha512'));
    expect(events.filter((e) => e.transferId === 'down-1').at(-1)).toMatchObject({ phase: 'done', direction: 'download', bytes: 32 * MiB });
    // a file picked to read cannot be written, nor the other way round
    answers.push(src);
    const readOnly = await f.ok('files.pickImage', {});
    expect(await f.call('images.download', { cloud, id: up.id, transfer: 'down-2', file: readOnly!.ref })).toMatchObject({ ok: false, error: { field: 'file' } });
  });

  it('a closed dialog is null, not an error', async () => {
    expect(await f.ok('files.pickImage', {})).toBeNull();
  });

  it('transfers.cancel stops an upload and its image is deleted', async () => {
    answers.push(src);
    const picked = await f.ok('files.pickImage', {});
    const sent = f.call('images.upload', { cloud, transfer: 'up-cancel', file: picked!.ref, image: image('cancel') });
    await new Promise<void>((resolve) => {
      const stop = f.app.events.subscribe((event, p) => {
        const e = p as ImageTransferProgress;
        if (event !== 'images.transfer' || e.transferId !== 'up-cancel' || !e.imageId) return;
        stop();
        resolve();
      });
    });
    expect(await f.ok('transfers.cancel', { transfer: 'up-cancel' })).toBe(true);
    expect(await sent).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    const last = events.filter((e) => e.transferId === 'up-cancel').at(-1)!;
    expect(last.phase).toBe('cancelled');
    expect(await f.call('images.get', { cloud, id: last.imageId! })).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    expect(await f.ok('transfers.cancel', { transfer: 'up-cancel' })).toBe(false);
    expect(existsSync(src)).toBe(true);
  });
});
