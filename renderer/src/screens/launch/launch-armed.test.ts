// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ServerCreateRequest } from '../../../../shared/schemas/server-create.js';
import { useLaunch } from './launch-store.js';

beforeEach(() => {
  window.novadesk = {
    version: { app: 'test', host: 'browser' },
    invoke: (async (channel: string) => {
      if (channel === 'servers.create') return { ok: true, value: { id: 'srv-1', reservationId: undefined } };
      return { ok: false, error: { kind: 'network', message: 'not in this test' } };
    }) as typeof window.novadesk.invoke,
    on: (() => () => {}) as typeof window.novadesk.on,
  };
});

describe('the launch form after a launch', () => {
  it('is disarmed until "launch another like this", and a reset disarms nothing left', async () => {
    const request = { name: 'web-1' } as ServerCreateRequest;
    expect(useLaunch.getState().launched.c1).toBeUndefined();
    await useLaunch.getState().launch('c1', request);
    expect(useLaunch.getState().launched.c1).toBe('web-1');
    useLaunch.getState().rearm('c1');
    expect(useLaunch.getState().launched.c1).toBeUndefined();
    await useLaunch.getState().launch('c1', request);
    useLaunch.getState().resetDraft('c1');
    expect(useLaunch.getState().launched.c1).toBeUndefined();
  });

  it('stays armed when the launch was refused', async () => {
    window.novadesk.invoke = (async () => ({ ok: false, error: { kind: 'bad_request', message: 'no' } })) as typeof window.novadesk.invoke;
    await useLaunch.getState().launch('c2', { name: 'x' } as ServerCreateRequest);
    expect(useLaunch.getState().launched.c2).toBeUndefined();
  });

  it("pokes the cloud's watcher once Nova has the server, so the servers list follows it; a refused launch does not", async () => {
    const asked: Array<{ channel: string; input: unknown }> = [];
    const answer = window.novadesk.invoke;
    window.novadesk.invoke = (async (channel: string, input: unknown) => {
      asked.push({ channel, input });
      return answer(channel as never, input as never);
    }) as typeof window.novadesk.invoke;
    await useLaunch.getState().launch('c3', { name: 'web-3' } as ServerCreateRequest);
    expect(asked).toContainEqual({ channel: 'servers.watch', input: { cloud: 'c3', watch: true } });
    asked.length = 0;
    window.novadesk.invoke = (async (channel: string, input: unknown) => {
      asked.push({ channel, input });
      return { ok: false, error: { kind: 'bad_request', message: 'no' } };
    }) as typeof window.novadesk.invoke;
    await useLaunch.getState().launch('c3', { name: 'web-4' } as ServerCreateRequest);
    expect(asked.map((a) => a.channel)).toEqual(['servers.create']);
  });
});
