import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandFilePicker } from './file-picker.js';
import { PickedFiles } from './picked-files.js';

let dir: string;
let script: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nd-picker-'));
  script = join(dir, 'picker.sh');
  // a picker program: `open` picks /data/disk.img, `save` the suggested name in /out, anything else is a closed dialog
  await writeFile(script, '#!/bin/sh\ncase "$1" in open) echo /data/disk.img;; save) echo "/out/$3";; *) exit 1;; esac\n');
  await chmod(script, 0o755);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('commandFilePicker', () => {
  it('runs NOVADESK_FILE_PICKER and reads the chosen path from its output', async () => {
    const picker = commandFilePicker({ NOVADESK_FILE_PICKER: script });
    expect(await picker.openFile('Pick')).toBe('/data/disk.img');
    expect(await picker.saveFile('Save', 'cirros.raw')).toBe('/out/cirros.raw');
  });

  it('a program that fails or prints nothing is a closed dialog', async () => {
    expect(await commandFilePicker({ NOVADESK_FILE_PICKER: '/bin/false' }).openFile('Pick')).toBeUndefined();
    expect(await commandFilePicker({ NOVADESK_FILE_PICKER: '/bin/true' }).openFile('Pick')).toBeUndefined();
  });

  it('without any picker program it says what to install, naming the file field', async () => {
    await expect(commandFilePicker({ NOVADESK_FILE_PICKER: join(dir, 'absent') }).openFile('Pick')).rejects.toMatchObject({ kind: 'internal', field: 'file' });
  });
});

describe('PickedFiles', () => {
  it('hands out a reference, good once and only for its use', () => {
    const picked = new PickedFiles();
    const a = picked.add('/data/disk.img', 'read');
    expect(a.fileName).toBe('disk.img');
    expect(() => picked.take(a.ref, 'write')).toThrow(/file/);
    expect(picked.take(a.ref, 'read')).toBe('/data/disk.img');
    expect(() => picked.take(a.ref, 'read')).toThrow(/pick it again/);
  });
});
