import type { Result } from '../../../shared/errors.js';

/**
 * For tests: puts a stand-in for main behind `window.novadesk` (the renderer's one boundary),
 * answering each `invoke` with `answer`; `on` subscribes to nothing.
 */
export function fakeBridge(answer: (channel: string, input: Record<string, unknown>) => Result<unknown> | Promise<Result<unknown>>): void {
  (globalThis as { window?: unknown }).window = {
    novadesk: {
      invoke: async (channel: string, input: Record<string, unknown>) => answer(channel, input),
      on: () => () => {},
      version: { app: 'test', host: 'browser' },
    },
  };
}

/** What a fake main answers for a channel the test did not expect. */
export const unexpected = (channel: string): Result<never> => ({ ok: false, error: { kind: 'internal', message: `no answer for ${channel}` } });
