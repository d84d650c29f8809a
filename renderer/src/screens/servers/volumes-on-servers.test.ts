import { beforeEach, describe, expect, it } from 'vitest';
import type { ServerVolume, Volume } from '../../../../shared/domain/volume.js';
import { CHANNELS } from '../../../../shared/ipc/contract.js';
import { availability, needsProductionGuard } from '../../kit/action-table.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { fakeBridge, unexpected } from '../../lib/test-bridge.js';
import { attachedVolumes, bootImageNames, isBootVolume } from './boot-volume.js';
import { attachVolume, detachVolume, SERVER_ACTIONS, serverAction } from './server-actions.js';
import { asRow } from './server-guards.js';
import { toRow } from './server-rows.js';
import { useServersView } from './servers-view.js';
import { testServer } from './test-server.js';
import { sampleVolume } from '../../../../shared/domain/volume-sample.js';

const vol = (over: Partial<Volume>) => sampleVolume({ status: 'in-use', ...over });
const on = (serverId: string, device: string) => [{ attachmentId: `a-${serverId}-${device}`, serverId, device, hostName: undefined, attachedAt: undefined }];
const att = (volumeId: string, device: string, tag?: string): ServerVolume => ({ id: volumeId, serverId: 's1', volumeId, device, tag, deleteOnTermination: false });
const bfv = testServer({ id: 's1', imageId: '' });
const fromImage = testServer({ id: 's2' });

describe('the boot volume', () => {
  it('is the first disk of a server booted from a volume; a server booted from an image has none', () => {
    expect(['/dev/vda', '/dev/sda', '/dev/xvda', '/dev/hda'].every((d) => isBootVolume(bfv, d))).toBe(true);
    expect(isBootVolume(bfv, '/dev/vdb')).toBe(false);
    expect(isBootVolume(bfv, undefined)).toBe(false);
    expect(isBootVolume(fromImage, '/dev/vda')).toBe(false);
  });

  it("joins Nova's attachments with Cinder's names and sizes, the boot volume first and marked; an unknown volume keeps its id", () => {
    const rows = attachedVolumes(bfv, [att('v2', '/dev/vdb', 'logs'), att('v1', '/dev/vda'), att('v3', '/dev/vdc')], {
      v1: vol({ id: 'v1', name: 'root', sizeGb: 2 }),
      v2: vol({ id: 'v2', name: 'logs', sizeGb: 5 }),
      v3: undefined,
    });
    expect(rows).toEqual([
      { volumeId: 'v1', name: 'root', sizeGb: 2, status: 'in-use', device: '/dev/vda', tag: undefined, boot: true },
      { volumeId: 'v2', name: 'logs', sizeGb: 5, status: 'in-use', device: '/dev/vdb', tag: 'logs', boot: false },
      { volumeId: 'v3', name: 'v3', sizeGb: undefined, status: undefined, device: '/dev/vdc', tag: undefined, boot: false },
    ]);
  });

  it("names each asked server's image from its boot volume's image metadata, not from a data volume", () => {
    const volumes = [
      vol({ id: 'root1', attachments: on('s1', '/dev/vda'), imageMetadata: { image_name: 'tiny-raw', image_id: 'img' } }),
      vol({ id: 'data1', attachments: on('s1', '/dev/vdb'), imageMetadata: { image_name: 'other' } }),
      vol({ id: 'root3', attachments: on('s3', '/dev/vda') }),
      vol({ id: 'rootX', attachments: on('not-asked', '/dev/vda'), imageMetadata: { image_name: 'x' } }),
    ];
    expect(bootImageNames(volumes, ['s1', 's3', 's4'])).toEqual({ s1: 'tiny-raw', s3: '', s4: '' });
  });
});

describe('image names of servers booted from a volume', () => {
  let asked: string[];
  beforeEach(() => {
    asked = [];
    useServersView.setState({ imageNames: {}, flavorNames: {}, bootImages: {} });
    fakeBridge((channel) => {
      asked.push(channel);
      if (channel === 'images.namesByIds') return { ok: true, value: { 'img-1': 'tiny-raw' } };
      if (channel === 'volumes.list') return { ok: true, value: [vol({ id: 'r1', attachments: on('b1', '/dev/vda'), imageMetadata: { image_name: 'cirros' } })] };
      return unexpected(channel);
    });
  });

  it("come from one volume list for the cloud's page, kept per cloud; building servers wait", async () => {
    const page = [testServer({ id: 'b1', imageId: '' }), testServer({ id: 'b2', imageId: '' }), testServer({ id: 'b3', imageId: '', status: 'BUILD' }), testServer({ id: 'i1' })];
    await useServersView.getState().resolveNames('c1', page);
    expect(asked.filter((c) => c === 'volumes.list')).toHaveLength(1);
    expect(useServersView.getState().bootImages).toEqual({ c1: { b1: 'cirros', b2: '' } });
    await useServersView.getState().resolveNames('c1', page.slice(0, 2));
    expect(asked.filter((c) => c === 'volumes.list')).toHaveLength(1);
    await useServersView.getState().resolveNames('c2', page.slice(0, 1));
    expect(asked.filter((c) => c === 'volumes.list')).toHaveLength(2);
  });

  it('show in the row, searchable, while the server still counts as booted from a volume', () => {
    const r = toRow('c1', testServer({ id: 'b1', imageId: '' }), { cloudName: 'Demo', imageNames: {}, flavorNames: {}, bootImages: { b1: 'cirros' } });
    expect(r).toMatchObject({ bootFromVolume: true, imageName: 'cirros' });
    expect(r.haystack).toContain('cirros');
    expect(toRow('c1', testServer({ id: 'b2', imageId: '' }), { cloudName: 'Demo', imageNames: {}, flavorNames: {}, bootImages: { b2: '' } }).imageName).toBeUndefined();
  });
});

describe('attach and detach from the server', () => {
  const r = asRow(testServer({ id: 's1', status: 'ACTIVE' }));
  it('attach opens the shared dialog where Nova takes it; detach of one volume is disruptive', () => {
    expect(missingLocaleKeys({ ...SERVER_ACTIONS, actions: [attachVolume({ volumeId: 'v' }), detachVolume('v')] })).toEqual([]);
    expect(serverAction('attachVolume')).toMatchObject({ dialog: 'attachVolume' });
    expect(availability(serverAction('attachVolume'), asRow(testServer({ status: 'SHELVED_OFFLOADED' }))).ok).toBe(true);
    expect(availability(serverAction('attachVolume'), asRow(testServer({ status: 'ERROR' })))).toMatchObject({ ok: false, reason: 'notVolumeAttachable' });
    expect(attachVolume({ volumeId: 'v1', device: '/dev/vdb', tag: 't' }).request?.input(r, 'c1')).toEqual({ cloud: 'c1', serverId: 's1', attach: { volumeId: 'v1', device: '/dev/vdb', tag: 't' } });
    expect(detachVolume('v1').request?.input(r, 'c1')).toEqual({ cloud: 'c1', serverId: 's1', volumeId: 'v1' });
    expect(needsProductionGuard(detachVolume('v1'), true)).toBe(true);
    expect(needsProductionGuard(attachVolume({ volumeId: 'v1' }), true)).toBe(false);
    expect([attachVolume({ volumeId: 'v' }), detachVolume('v')].map((a) => a.request!.channel).filter((c) => !(CHANNELS as readonly string[]).includes(c))).toEqual([]);
  });
});
