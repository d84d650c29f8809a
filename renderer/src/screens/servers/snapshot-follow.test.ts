import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FOLLOW_LIMIT_MS, useSnapshots } from './snapshot-follow.js';

// Glance through a fake `window.novadesk.invoke`: the statuses it gives, one per read.
let statuses: string[];
let reads: number;
beforeEach(() => {
  vi.useFakeTimers();
  reads = 0;
  useSnapshots.setState({ notes: [] });
  (globalThis as { window?: unknown }).window = {
    novadesk: {
      invoke: async (channel: string, input: { id: string }) => {
        expect(channel).toBe('images.get');
        const status = statuses[Math.min(reads++, statuses.length - 1)]!;
        return status === '404' ? { ok: false, error: { kind: 'not_found', message: 'gone', status: 404 } } : { ok: true, value: { id: input.id, status } };
      },
    },
  };
});
afterEach(() => vi.useRealTimers());

const note = () => useSnapshots.getState().notes[0];

describe('following a snapshot', () => {
  it('shows each status Glance gives until a final one', async () => {
    statuses = ['queued', 'saving', 'active'];
    const done = useSnapshots.getState().follow('c1', 'img-1', 'web-snap', 'web');
    await vi.advanceTimersByTimeAsync(0);
    expect(note()).toMatchObject({ imageId: 'img-1', status: 'queued', phase: 'following', name: 'web-snap', server: 'web' });
    await vi.advanceTimersByTimeAsync(2500);
    expect(note()).toMatchObject({ status: 'saving', phase: 'following' });
    await vi.advanceTimersByTimeAsync(5000);
    await done;
    expect(note()).toMatchObject({ status: 'active', phase: 'final' });
  });

  it('stops after the bound and keeps the status last seen (queued stays queued)', async () => {
    statuses = ['queued'];
    const done = useSnapshots.getState().follow('c1', 'img-2', 'snap', 'web');
    await vi.advanceTimersByTimeAsync(FOLLOW_LIMIT_MS + 30_000);
    await done;
    expect(note()).toMatchObject({ status: 'queued', phase: 'gaveUp' });
    const after = reads;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads).toBe(after);
  });

  it("says Glance's refusal, and stops when dismissed", async () => {
    statuses = ['404'];
    await useSnapshots.getState().follow('c1', 'img-3', 'snap', 'web');
    expect(note()).toMatchObject({ phase: 'failed', error: { kind: 'not_found' } });
    statuses = ['queued'];
    const done = useSnapshots.getState().follow('c1', 'img-4', 'snap', 'web');
    await vi.advanceTimersByTimeAsync(0);
    useSnapshots.getState().dismiss('img-4');
    await vi.advanceTimersByTimeAsync(10_000);
    await done;
    expect(reads).toBe(2);
  });
});
