import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../lib/api.js';
import { rowKey, useServers } from '../../stores/servers.js';
import { runAction, type ChangeAction } from './run-action.js';

// Each row action is one IPC call with the right input; the e2e spec (servers.spec.ts) shows
// what Nova does with it. Nova records a soft and a hard reboot alike ("reboot"), so the
// reboot type is checked here, where it is chosen.
const invoke = vi.spyOn(api, 'invoke');
const target = { cloud: 'c1', server: { id: 's1', name: 'web-1' } };

beforeEach(() => {
  invoke.mockReset();
  invoke.mockImplementation((channel: string) =>
    Promise.resolve(channel === 'servers.get' ? { ok: false, error: { kind: 'not_found', message: 'gone' } } : { ok: true, value: null }),
  );
});

const sent = () => invoke.mock.calls.find(([channel]) => channel !== 'servers.get' && channel !== 'servers.watch');

describe('runAction', () => {
  it.each<[ChangeAction, string, Record<string, unknown>]>([
    ['start', 'servers.start', {}],
    ['stop', 'servers.stop', {}],
    ['reboot', 'servers.reboot', { type: 'SOFT' }],
    ['hardReboot', 'servers.reboot', { type: 'HARD' }],
    ['confirmResize', 'servers.confirmResize', {}],
    ['revertResize', 'servers.revertResize', {}],
    ['lock', 'servers.lock', {}],
    ['unlock', 'servers.unlock', {}],
    ['delete', 'servers.delete', {}],
  ])('%s sends %s', async (action, channel, extra) => {
    expect(await runAction(target, action)).toBeUndefined();
    expect(sent()).toEqual([channel, { cloud: 'c1', id: 's1', ...extra }]);
    // the row follows the server from now on
    expect(invoke).toHaveBeenCalledWith('servers.get', { cloud: 'c1', id: 's1' });
    expect(invoke).toHaveBeenCalledWith('servers.watch', { cloud: 'c1', watch: true });
  });

  it('resize sends the chosen flavor', async () => {
    await runAction(target, 'resize', { flavorRef: '84' });
    expect(sent()).toEqual(['servers.resize', { cloud: 'c1', id: 's1', flavorRef: '84' }]);
  });

  it("keeps Nova's refusal on the row, and no progress mark", async () => {
    const error = { kind: 'conflict' as const, status: 409, message: 'Instance s1 is locked' };
    invoke.mockResolvedValueOnce({ ok: false, error });
    expect(await runAction(target, 'stop')).toEqual(error);
    const key = rowKey('c1', 's1');
    expect(useServers.getState().rowErrors[key]).toEqual({ action: 'stop', error });
    expect(useServers.getState().pending[key]).toBeUndefined();
  });
});
