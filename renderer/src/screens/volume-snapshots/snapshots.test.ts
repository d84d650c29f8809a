import { describe, expect, it } from 'vitest';
import type { VolumeSnapshot } from '../../../../shared/domain/volume.js';
import { CHANNELS } from '../../../../shared/ipc/contract.js';
import { availability, requestChannels } from '../../kit/action-table.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { ROUTES } from '../../lib/routes.js';
import { volumeRequest } from '../volumes/CreateVolumeDialog.js';
import { SNAPSHOT_ACTIONS } from './snapshot-actions.js';
import { volumeLabel } from './snapshot-columns.js';
import { isSnapshotTransitional } from './snapshots-store.js';

const snap = (over: Partial<VolumeSnapshot> = {}): VolumeSnapshot => ({
  id: 'sn1',
  name: 'nightly',
  description: '',
  status: 'available',
  sizeGb: 2,
  volumeId: 'v1',
  projectId: 'p1',
  createdAt: '2026-12-07T13:58:20.000000',
  ...over,
});
const byId = (id: string) => SNAPSHOT_ACTIONS.actions.find((a) => a.id === id)!;

describe('the volume snapshots screen', () => {
  it('is a screen of its own (navigation and palette come from the routes); every action is worded and sends to the contract', () => {
    expect(ROUTES).toContain('volume-snapshots');
    expect(missingLocaleKeys(SNAPSHOT_ACTIONS)).toEqual([]);
    expect(requestChannels(SNAPSHOT_ACTIONS).filter((c) => !(CHANNELS as readonly string[]).includes(c))).toEqual([]);
  });

  it('makes a volume only from an available snapshot; delete asks first', () => {
    expect(availability(byId('createVolume'), snap()).ok).toBe(true);
    expect(availability(byId('createVolume'), snap({ status: 'creating' }))).toMatchObject({ ok: false, reason: 'notAvailable', values: { status: 'creating' } });
    expect(byId('delete')).toMatchObject({ confirm: { production: true }, danger: true });
    expect(byId('delete').request?.input(snap(), 'c1')).toEqual({ cloud: 'c1', id: 'sn1' });
  });

  it('follows snapshots until Cinder has settled them; names the volume where Cinder lists it', () => {
    expect(['creating', 'deleting'].every((s) => isSnapshotTransitional(snap({ status: s })))).toBe(true);
    expect(['available', 'error'].some((s) => isSnapshotTransitional(snap({ status: s })))).toBe(false);
    expect(volumeLabel(snap(), { v1: 'data' })).toBe('data');
    expect(volumeLabel(snap(), {})).toBe('v1');
  });

  it('a volume from a snapshot is at least the size of the snapshot', () => {
    const form = { name: 'restored', size: '2', source: 'snapshot' as const, imageId: '', volumeType: '', snapshotId: 'sn1', minSizeGb: 2 };
    expect(volumeRequest(form)).toEqual({ ok: true, value: { name: 'restored', sizeGb: 2, snapshotId: 'sn1' } });
    expect(volumeRequest({ ...form, size: '3', volumeType: 'premium' })).toEqual({ ok: true, value: { name: 'restored', sizeGb: 3, volumeType: 'premium', snapshotId: 'sn1' } });
    expect(volumeRequest({ ...form, size: '1' })).toEqual({ ok: false, field: 'size' });
  });
});
