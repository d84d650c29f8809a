import type { Result } from '../../../shared/errors.js';
import type { EventName, Events } from '../../../shared/ipc/events.js';

let listeners: Array<{ event: string; callback: (payload: unknown) => void }> = [];

/**
 * For tests: puts a stand-in for main behind `window.novadesk` (the renderer's one boundary),
 * answering each `invoke` with `answer`; `on` hears what `emitEvent` sends.
 */
export function fakeBridge(answer: (channel: string, input: Record<string, unknown>) => Result<unknown> | Promise<Result<unknown>>): void {
  listeners = [];
  (globalThis as { window?: unknown }).window = {
    novadesk: {
      invoke: async (channel: string, input: Record<string, unknown>) => answer(channel, input),
      on: (event: string, callback: (payload: unknown) => void) => {
        const l = { event, callback };
        listeners.push(l);
        return () => {
          listeners = listeners.filter((x) => x !== l);
        };
      },
      version: { app: 'test', host: 'browser' },
    },
  };
}

/** What a fake main answers for a channel the test did not expect. */
export const unexpected = (channel: string): Result<never> => ({ ok: false, error: { kind: 'internal', message: `no answer for ${channel}` } });

/** An event from the fake main to whoever listens to it now. */
export function emitEvent<E extends EventName>(event: E, payload: Events[E]): void {
  for (const l of listeners.filter((x) => x.event === event)) l.callback(payload);
}
