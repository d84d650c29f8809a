import { describe, expect, it } from 'vitest';
import { availability, isTransitional, pollDelayMs, ROW_ACTIONS, type RowAction } from './server-state.js';
import { testServer } from './test-server.js';

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

describe('availability', () => {
  const s = (status: string, taskState?: string, locked = false) => testServer({ status, taskState, locked });

  it('starts only stopped servers and stops running or failed ones', () => {
    expect(availability(s('SHUTOFF'), 'start').ok).toBe(true);
    expect(availability(s('ACTIVE'), 'start')).toEqual({ ok: false, why: 'notStopped' });
    expect(availability(s('ACTIVE'), 'stop').ok).toBe(true);
    expect(availability(s('ERROR'), 'stop').ok).toBe(true);
    expect(availability(s('SHUTOFF'), 'stop')).toEqual({ ok: false, why: 'notRunning' });
  });

  it('soft reboots only ACTIVE servers; hard reboots the states Nova allows', () => {
    expect(availability(s('SHUTOFF'), 'reboot').ok).toBe(false);
    expect(availability(s('SHUTOFF'), 'hardReboot').ok).toBe(true);
    expect(availability(s('BUILD'), 'hardReboot').ok).toBe(false);
    // a stuck soft reboot may be forced
    expect(availability(s('REBOOT', 'rebooting'), 'hardReboot').ok).toBe(true);
  });

  it('refuses state changes while a task runs, but still offers delete and the logs', () => {
    const busy = s('ACTIVE', 'powering-off');
    expect(availability(busy, 'stop')).toEqual({ ok: false, why: 'busy' });
    expect(availability(busy, 'delete').ok).toBe(true);
    expect(availability(busy, 'consoleLog').ok).toBe(true);
  });

  it('offers nothing but the logs for a server being deleted', () => {
    const going = s('ACTIVE', 'deleting');
    expect(availability(going, 'delete')).toEqual({ ok: false, why: 'deleting' });
    expect(availability(going, 'actionLog').ok).toBe(true);
  });

  it('confirms or reverts only a resize waiting for it', () => {
    expect(availability(s('VERIFY_RESIZE'), 'confirmResize').ok).toBe(true);
    expect(availability(s('VERIFY_RESIZE'), 'revertResize').ok).toBe(true);
    expect(availability(s('ACTIVE'), 'confirmResize').ok).toBe(false);
    expect(availability(s('ACTIVE'), 'resize').ok).toBe(true);
    expect(availability(s('ERROR'), 'resize').ok).toBe(false);
  });

  it('offers lock or unlock by the current lock', () => {
    expect(availability(s('ACTIVE', undefined, true), 'lock')).toEqual({ ok: false, why: 'alreadyLocked' });
    expect(availability(s('ACTIVE', undefined, true), 'unlock').ok).toBe(true);
    expect(availability(s('ACTIVE'), 'unlock')).toEqual({ ok: false, why: 'notLocked' });
  });
});

describe('availability of a locked server', () => {
  const locked = (over: Parameters<typeof testServer>[0] = {}) => testServer({ locked: true, lockedReason: 'maintenance window', ...over });
  const open = (s: ReturnType<typeof testServer>) => ROW_ACTIONS.filter((a) => availability(s, a).ok);

  it("refuses what Nova's check_instance_lock refuses, with the lock's reason", () => {
    const s = locked();
    for (const a of ['stop', 'reboot', 'hardReboot', 'resize', 'delete'] satisfies RowAction[]) {
      expect(availability(s, a)).toEqual({ ok: false, why: 'locked', reason: 'maintenance window' });
    }
  });

  it('still offers unlock and the logs, and not lock', () => {
    expect(open(locked())).toEqual(['unlock', 'consoleLog', 'actionLog']);
    expect(availability(locked(), 'lock')).toEqual({ ok: false, why: 'alreadyLocked' });
  });

  it('says only "locked" when the lock has no reason (before compute 2.73, or none given)', () => {
    expect(availability(locked({ lockedReason: undefined }), 'stop')).toEqual({ ok: false, why: 'locked' });
  });

  it('names the state, not the lock, where the state already rules the action out', () => {
    expect(availability(locked(), 'start')).toEqual({ ok: false, why: 'notStopped' });
    expect(availability(locked({ status: 'SHUTOFF', powerState: 'SHUTDOWN' }), 'start')).toMatchObject({ why: 'locked' });
    expect(availability(locked({ taskState: 'powering-off' }), 'stop')).toEqual({ ok: false, why: 'busy' });
    expect(availability(locked({ taskState: 'deleting' }), 'delete')).toEqual({ ok: false, why: 'deleting' });
  });

  it('guards a waiting resize too: confirm and revert are refused while locked', () => {
    const s = locked({ status: 'VERIFY_RESIZE' });
    expect(availability(s, 'confirmResize')).toMatchObject({ ok: false, why: 'locked' });
    expect(availability(s, 'revertResize')).toMatchObject({ ok: false, why: 'locked' });
  });

  it('offers lock, and every state-allowed action, once unlocked', () => {
    expect(open(testServer())).toEqual(['stop', 'reboot', 'hardReboot', 'resize', 'lock', 'consoleLog', 'actionLog', 'delete']);
  });
});
