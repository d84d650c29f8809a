import { describe, expect, it } from 'vitest';
import { sampleImage } from '../../../../shared/domain/image-sample.js';
import { CHANNELS } from '../../../../shared/ipc/contract.js';
import { ImageChanges } from '../../../../shared/schemas/image.js';
import { availability, localeKeys, requestChannels } from '../../kit/action-table.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { IMAGE_ACTIONS } from './image-actions.js';
import { formOf, imageChanges } from './image-form.js';
import { formatEta, transferFigures } from './transfer-text.js';
import { nameFromImageFile } from './UploadDialog.js';

const image = sampleImage({ owner: 'p1', sizeBytes: 1024, properties: { os_distro: 'cirros', scratch: 'x' } });
const action = (id: string) => IMAGE_ACTIONS.actions.find((a) => a.id === id)!;

describe('image actions', () => {
  it('every action has its words in English and Chinese, and sends only contract channels', () => {
    expect(localeKeys(IMAGE_ACTIONS)).toContain('action.launch');
    expect(missingLocaleKeys(IMAGE_ACTIONS)).toEqual([]);
    for (const c of requestChannels(IMAGE_ACTIONS)) expect(CHANNELS).toContain(c);
  });

  it('delete is refused while the image is protected, with the reason', () => {
    expect(availability(action('delete'), image)).toEqual({ ok: true });
    expect(availability(action('delete'), { ...image, protected: true })).toMatchObject({ ok: false, reason: 'protected' });
  });

  it('launch and download need an active image; accept and reject a shared one', () => {
    expect(availability(action('launch'), { ...image, status: 'queued' })).toMatchObject({ ok: false, reason: 'notActive', values: { status: 'queued' } });
    expect(availability(action('download'), { ...image, status: 'saving' })).toMatchObject({ ok: false, reason: 'notActive' });
    expect(availability(action('accept'), image)).toMatchObject({ ok: false, reason: 'notShared' });
    expect(action('accept').request?.input({ ...image, visibility: 'shared' } as never, 'c1')).toEqual({ cloud: 'c1', id: image.id, status: 'accepted' });
  });
});

describe('the edit form', () => {
  it('an untouched form gives the current values (main sends none of them) and keeps the properties', () => {
    const edit = imageChanges(image, formOf(image));
    expect(edit).toEqual({ changes: { name: 'cirros', visibility: 'private', protected: false, minDiskGb: 1, minRamMb: 64, properties: { os_distro: 'cirros', scratch: 'x' } } });
    expect(ImageChanges.safeParse('changes' in edit && edit.changes).success).toBe(true);
  });

  it('a removed property row is sent as null, a new one as its value', () => {
    const form = { ...formOf(image), properties: [{ key: 'os_distro', value: 'ubuntu' }, { key: 'os_version', value: '24.04' }] };
    expect(imageChanges(image, form)).toMatchObject({ changes: { properties: { os_distro: 'ubuntu', os_version: '24.04', scratch: null } } });
  });

  it('a repeated key is a problem of its row; a blank number is refused naming the field', () => {
    const form = { ...formOf(image), properties: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] };
    expect(imageChanges(image, form)).toEqual({ row: 1, problem: 'keyRepeated' });
    const blank = imageChanges(image, { ...formOf(image), minRamMb: '' });
    const parsed = ImageChanges.safeParse('changes' in blank && blank.changes);
    expect(parsed.error?.issues[0]?.path).toEqual(['minRamMb']);
  });

  it('a custom property cannot take the name of an image field', () => {
    const edit = imageChanges(image, { ...formOf(image), properties: [{ key: 'visibility', value: 'public' }] });
    expect(ImageChanges.safeParse('changes' in edit && edit.changes).error?.issues[0]?.path).toEqual(['properties', 'visibility']);
  });
});

describe('transfer words', () => {
  it('says bytes, rate, time left and percentage', () => {
    expect(transferFigures({ bytes: 512 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024, bytesPerSecond: 64 * 1024 * 1024, etaSeconds: 8 })).toEqual({
      done: '512 MiB',
      total: '1 GiB',
      rate: '64 MiB/s',
      eta: '0:08',
      percent: 50,
    });
    expect(formatEta(3723)).toBe('1:02:03');
    expect(formatEta(undefined)).toBe('—');
  });

  it("a disk image file's name becomes the image name", () => {
    expect(nameFromImageFile('jammy-server.qcow2')).toBe('jammy-server');
    expect(nameFromImageFile('notes.txt')).toBe('notes.txt');
  });
});
