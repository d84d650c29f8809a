import { describe, expect, it } from 'vitest';
import { pollDelayMs } from '../../../../shared/poll-pacing.js';
import { isTransitional } from './server-state.js';

describe('isTransitional', () => {
  it.each(['BUILD', 'REBOOT', 'HARD_REBOOT', 'RESIZE', 'MIGRATING', 'REBUILD', 'REVERT_RESIZE', 'PASSWORD'])('polls %s', (status) => {
    expect(isTransitional({ status, taskState: undefined })).toBe(true);
  });

  it.each(['ACTIVE', 'SHUTOFF', 'ERROR', 'PAUSED', 'SUSPENDED', 'SHELVED_OFFLOADED', 'VERIFY_RESIZE', 'UNKNOWN'])('leaves %s alone', (status) => {
    expect(isTransitional({ status, taskState: undefined })).toBe(false);
  });

  it('polls a settled status while a task runs (stopping, deleting an ERROR server)', () => {
    expect(isTransitional({ status: 'ACTIVE', taskState: 'powering-off' })).toBe(true);
    expect(isTransitional({ status: 'ERROR', taskState: 'deleting' })).toBe(true);
  });

  it('treats a status Nova adds later as moving, so it is watched rather than missed', () => {
    expect(isTransitional({ status: 'SOMETHING_NEW', taskState: undefined })).toBe(true);
  });
});

describe('pollDelayMs', () => {
  it('grows 2.5 s per poll and stops at 30 s (Horizon)', () => {
    expect([1, 2, 3, 4, 12, 13, 50].map((n) => pollDelayMs(n))).toEqual([2500, 5000, 7500, 10000, 30000, 30000, 30000]);
    expect(pollDelayMs(0)).toBe(2500);
  });
});
