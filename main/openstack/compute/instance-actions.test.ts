import { describe, expect, it } from 'vitest';
import { toInstanceAction } from './instance-actions.js';

describe('toInstanceAction', () => {
  it('maps an action with events as "Show Server Action Details" returns it at 2.62+', () => {
    const a = toInstanceAction({
      action: 'stop',
      instance_uuid: '4bf3473b-d550-4b65-9409-292d44ab14a2',
      message: null,
      project_id: '6f70656e737461636b20342065766572',
      request_id: 'req-0d819d5c-1527-4669-bdf0-ffad31b5105b',
      start_time: '2026-11-25T10:00:00.000000',
      updated_at: '2026-11-25T10:00:01.000000',
      user_id: 'admin',
      events: [
        {
          event: 'compute_stop_instance',
          finish_time: '2026-11-25T10:00:01.000000',
          result: 'Success',
          start_time: '2026-11-25T10:00:00.500000',
          traceback: null,
          hostId: '2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6',
        },
      ],
    });
    expect(a).toEqual({
      action: 'stop',
      requestId: 'req-0d819d5c-1527-4669-bdf0-ffad31b5105b',
      instanceId: '4bf3473b-d550-4b65-9409-292d44ab14a2',
      userId: 'admin',
      projectId: '6f70656e737461636b20342065766572',
      startTime: '2026-11-25T10:00:00.000000',
      updatedAt: '2026-11-25T10:00:01.000000',
      message: undefined,
      events: [
        {
          event: 'compute_stop_instance',
          startTime: '2026-11-25T10:00:00.500000',
          finishTime: '2026-11-25T10:00:01.000000',
          result: 'Success',
          traceback: undefined,
          hostId: '2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6',
        },
      ],
    });
  });

  it('leaves events undefined in list entries (no events key) rather than empty', () => {
    const a = toInstanceAction({ action: 'create', instance_uuid: 'i', request_id: 'r', start_time: 't' });
    expect(a.events).toBeUndefined();
    expect(a.updatedAt).toBeUndefined();
  });
});
