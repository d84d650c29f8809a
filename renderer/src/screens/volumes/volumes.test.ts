import { describe, expect, it } from 'vitest';
import { sampleVolume } from '../../../../shared/domain/volume-sample.js';
import { CHANNELS } from '../../../../shared/ipc/contract.js';
import { availability, needsProductionGuard, requestChannels } from '../../kit/action-table.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { volumeRequest } from './CreateVolumeDialog.js';
import { attachTo, extendTo, renameTo, snapshotAs, VOLUME_ACTIONS } from './volume-actions.js';
import { attachableServers, attachChoice } from './attach-choice.js';
import { testServer } from '../servers/test-server.js';
import { attachedTo, utcTime } from './volume-columns.js';
import { isVolumeTransitional } from './volumes-store.js';

const vol = sampleVolume;
const onServer = vol({ status: 'in-use', attachments: [{ attachmentId: 'a1', serverId: 'srv-1', device: '/dev/vdb', hostName: undefined, attachedAt: undefined }] });
const byId = (id: string) => VOLUME_ACTIONS.actions.find((a) => a.id === id)!;

describe('the volume action table', () => {
  it('every action has its words in English and Chinese, and sends to a channel of the contract', () => {
    expect(missingLocaleKeys(VOLUME_ACTIONS)).toEqual([]);
    const sent = [...requestChannels(VOLUME_ACTIONS), extendTo(2), renameTo('a', ''), snapshotAs('s'), attachTo({ serverId: 's', attach: { volumeId: 'v' } })].map((c) => (typeof c === 'string' ? c : c.request!.channel));
    expect(sent.filter((c) => !(CHANNELS as readonly string[]).includes(c))).toEqual([]);
  });

  it('delete is refused while attached, with the reason; detach only when attached, with the production guard', () => {
    expect(availability(byId('delete'), onServer)).toMatchObject({ ok: false, reason: 'attached' });
    expect(availability(byId('delete'), vol({})).ok).toBe(true);
    expect(byId('delete')).toMatchObject({ confirm: { production: true }, danger: true });
    expect(availability(byId('detach'), vol({}))).toMatchObject({ ok: false, reason: 'notAttached', hidesInDrawer: true });
    expect(byId('detach').request?.input(onServer, 'c1')).toEqual({ cloud: 'c1', serverId: 'srv-1', volumeId: 'v1' });
    expect(needsProductionGuard(byId('detach'), true)).toBe(true);
  });

  it('extend and snapshot wait for a resting volume; the dialogs send what was chosen', () => {
    expect(availability(byId('extend'), vol({ status: 'creating' }))).toMatchObject({ ok: false, reason: 'busy', values: { status: 'creating' } });
    expect(extendTo(3).request?.input(vol({}), 'c1')).toEqual({ cloud: 'c1', id: 'v1', sizeGb: 3 });
    expect(snapshotAs('s1').request?.input(onServer, 'c1')).toEqual({ cloud: 'c1', snapshot: { volumeId: 'v1', name: 's1', force: true } });
    expect(snapshotAs('s1').request?.input(vol({}), 'c1')).toEqual({ cloud: 'c1', snapshot: { volumeId: 'v1', name: 's1' } });
    expect(renameTo('n', 'd').request?.input(vol({}), 'c1')).toEqual({ cloud: 'c1', id: 'v1', changes: { name: 'n', description: 'd' } });
  });
});

describe('volume rows', () => {
  it('follows volumes until Cinder has settled them', () => {
    expect(['creating', 'downloading', 'attaching', 'detaching', 'extending', 'deleting'].every((s) => isVolumeTransitional(vol({ status: s })))).toBe(true);
    expect(['available', 'in-use', 'error'].some((s) => isVolumeTransitional(vol({ status: s })))).toBe(false);
  });

  it("reads Cinder's zoneless times as UTC and lists the servers a volume is on", () => {
    expect(utcTime('2026-12-07T13:58:20.000000').toISOString()).toBe('2026-12-07T13:58:20.000Z');
    expect(utcTime('2026-12-07T13:58:20+01:00').toISOString()).toBe('2026-12-07T12:58:20.000Z');
    expect(attachedTo(onServer)).toBe('srv-1');
  });
});

describe('the create form', () => {
  const form = { name: 'data', size: '2', source: 'blank' as const, imageId: '', volumeType: '' };
  it('a blank volume of the default type, or one from an image of a chosen type', () => {
    expect(volumeRequest(form)).toEqual({ ok: true, value: { name: 'data', sizeGb: 2 } });
    expect(volumeRequest({ ...form, source: 'image', imageId: 'img', volumeType: 'premium' })).toEqual({
      ok: true,
      value: { name: 'data', sizeGb: 2, volumeType: 'premium', imageId: 'img' },
    });
  });
  it('names the field that is wrong', () => {
    expect(volumeRequest({ ...form, name: ' ' })).toEqual({ ok: false, field: 'name' });
    expect(volumeRequest({ ...form, size: '0' })).toEqual({ ok: false, field: 'size' });
    expect(volumeRequest({ ...form, size: '1.5' })).toEqual({ ok: false, field: 'size' });
    expect(volumeRequest({ ...form, source: 'image' })).toEqual({ ok: false, field: 'imageId' });
  });
});

describe('attach to a server', () => {
  it('only an available volume; the dialog picks the server and the device', () => {
    expect(availability(byId('attach'), vol({})).ok).toBe(true);
    expect(availability(byId('attach'), onServer)).toMatchObject({ ok: false, reason: 'busy', values: { status: 'in-use' }, hidesInDrawer: true });
    expect(byId('attach')).toMatchObject({ dialog: 'attach' });
    expect(attachTo({ serverId: 'srv-2', attach: { volumeId: 'v1', device: '/dev/vdc' } }).request?.input(vol({}), 'c1')).toEqual({
      cloud: 'c1',
      serverId: 'srv-2',
      attach: { volumeId: 'v1', device: '/dev/vdc' },
    });
  });

  it('the form sends what was chosen, empty device and tag left out, and names the field that is wrong', () => {
    const f = { serverId: 's1', volumeId: 'v1', device: '', tag: '' };
    expect(attachChoice(f)).toEqual({ ok: true, value: { serverId: 's1', attach: { volumeId: 'v1' } } });
    expect(attachChoice({ ...f, device: ' /dev/vdb ', tag: 'logs' })).toEqual({ ok: true, value: { serverId: 's1', attach: { volumeId: 'v1', device: '/dev/vdb', tag: 'logs' } } });
    expect(attachChoice({ ...f, serverId: '' })).toEqual({ ok: false, field: 'serverId' });
    expect(attachChoice({ ...f, volumeId: '' })).toEqual({ ok: false, field: 'volumeId' });
    expect(attachChoice({ ...f, device: 'vdb' })).toEqual({ ok: false, field: 'device' });
    expect(attachChoice({ ...f, tag: 'a/b' })).toEqual({ ok: false, field: 'tag' });
  });

  it('offers running and stopped servers only', () => {
    const servers = ['ACTIVE', 'SHUTOFF', 'BUILD', 'ERROR', 'SHELVED_OFFLOADED'].map((status) => testServer({ id: status, status }));
    expect(attachableServers(servers).map((s) => s.id)).toEqual(['ACTIVE', 'SHUTOFF']);
  });
});
