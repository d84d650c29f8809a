// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exactNamePattern, NAME_CHECK_DELAY_MS, useNameInUse } from './name-in-use.js';

let calls: unknown[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  window.novadesk = {
    version: { app: 'test', host: 'browser' },
    invoke: (async (_channel: string, input: { name: string }) => {
      calls.push(input);
      // Nova's regex match can be looser than equality: only exact names count
      return { ok: true, value: [{ name: 'web.1' }, { name: 'web.1' }, { name: 'web.10' }] };
    }) as typeof window.novadesk.invoke,
    on: (() => () => {}) as typeof window.novadesk.on,
  };
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the name-in-use check', () => {
  it('anchors and escapes the name for Nova', () => {
    expect(exactNamePattern('web.1 (a)')).toBe('^web\\.1 \\(a\\)$');
  });

  it('asks once after typing pauses and counts exact names only', async () => {
    const { result, rerender } = renderHook(({ name }) => useNameInUse('c1', name, 0), { initialProps: { name: 'web' } });
    rerender({ name: 'web.' });
    rerender({ name: 'web.1' });
    expect(calls).toHaveLength(0);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(NAME_CHECK_DELAY_MS);
    });
    expect(calls).toEqual([{ cloud: 'c1', name: '^web\\.1$', maxItems: 10 }]);
    expect(result.current).toBe(2);
    rerender({ name: '' });
    expect(result.current).toBeUndefined();
  });
});
