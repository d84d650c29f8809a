import { describe, expect, it } from 'vitest';
import type { InstanceAction } from '../../../../shared/domain/server.js';
import { isResizing, resizeEnd, resizeFailure } from './resize-outcome.js';

const action = (over: Partial<InstanceAction>): InstanceAction => ({
  action: 'resize',
  requestId: 'req-1',
  instanceId: 'i1',
  userId: 'u',
  projectId: 'p',
  startTime: '2026-12-07T08:00:00Z',
  updatedAt: undefined,
  message: undefined,
  events: [],
  ...over,
});

describe('a resize that ends back where it was', () => {
  it('watches a resize on its way, not a confirm or revert', () => {
    expect(isResizing({ status: 'RESIZE', taskState: 'resize_migrating' })).toBe(true);
    expect(isResizing({ status: 'ACTIVE', taskState: 'resize_prep' })).toBe(true);
    expect(isResizing({ status: 'VERIFY_RESIZE', taskState: 'resize_confirming' })).toBe(false);
    expect(isResizing({ status: 'REVERT_RESIZE', taskState: 'resize_reverting' })).toBe(false);
  });

  it('ends waiting for the user (it worked) or back ACTIVE (look in the action log)', () => {
    expect(resizeEnd({ status: 'VERIFY_RESIZE', taskState: undefined })).toBe('verify');
    expect(resizeEnd({ status: 'ACTIVE', taskState: 'resize_prep' })).toBe('moving');
    expect(resizeEnd({ status: 'ACTIVE', taskState: undefined })).toBe('back');
  });

  it("names the failed event with its traceback's last line (the exception), else the action's message", () => {
    const failed = action({
      message: 'Error',
      events: [
        {
          event: 'conductor_migrate_server',
          result: 'Error',
          startTime: undefined,
          finishTime: undefined,
          hostId: undefined,
          traceback: 'Traceback (most recent call last):\n  File "x"\nnova.exception.NoValidHost: No valid host was found. \n',
        },
      ],
    });
    expect(resizeFailure([failed])).toEqual({ event: 'conductor_migrate_server', message: 'nova.exception.NoValidHost: No valid host was found.' });
    const noTrace = action({ message: 'Error', events: [{ event: 'conductor_migrate_server', result: 'Error', startTime: undefined, finishTime: undefined, hostId: undefined, traceback: undefined }] });
    expect(resizeFailure([noTrace])).toEqual({ event: 'conductor_migrate_server', message: 'Error' });
  });

  it('says nothing when the newest resize succeeded', () => {
    const old = action({ startTime: '2026-12-07T07:00:00Z', message: 'Error' });
    const ok = action({ startTime: '2026-12-07T08:00:00Z', events: [{ event: 'compute_resize_instance', result: 'Success', startTime: undefined, finishTime: undefined, hostId: undefined, traceback: undefined }] });
    expect(resizeFailure([old, ok])).toBeUndefined();
    expect(resizeFailure([action({ action: 'create' })])).toBeUndefined();
  });
});
