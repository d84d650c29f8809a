// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLaunch } from './launch-store.js';
import { LOOKUP_FRESH_MS, LOOKUP_KEYS } from './lookups.js';

/**
 * The wizard's lookups against a fake `window.novadesk` (the renderer's boundary; these
 * tests stand in for main, not for OpenStack): a second open within LOOKUP_FRESH_MS asks
 * the cloud nothing, an older answer is asked again, Refresh asks everything.
 */
let asked: string[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  asked = [];
  window.novadesk = {
    version: { app: 'test', host: 'browser' },
    invoke: (async (channel: string) => {
      asked.push(channel);
      // a catalog with block storage, so Cinder's lookups are asked too (after this answer)
      return { ok: true, value: channel === 'clouds.computeVersion' ? { min: '2.1', max: '2.95', negotiated: '2.95', endpoint: 'e', blockStorage: true } : [] };
    }) as typeof window.novadesk.invoke,
    on: (() => () => {}) as typeof window.novadesk.on,
  };
  useLaunch.setState({ lookups: {} });
});
afterEach(() => {
  vi.useRealTimers();
});

const settled = () => vi.waitFor(() => expect(Object.values(useLaunch.getState().lookups.c1 ?? {}).every((l) => l?.state !== 'loading')).toBe(true));

describe('the launch lookups, per cloud', () => {
  it('the first open asks every lookup; a second open soon after asks none and shows the same answers', async () => {
    useLaunch.getState().loadLookups('c1');
    await settled();
    expect(asked).toHaveLength(LOOKUP_KEYS.length);
    const shown = useLaunch.getState().lookups.c1;
    vi.setSystemTime(Date.now() + LOOKUP_FRESH_MS - 1000);
    useLaunch.getState().loadLookups('c1');
    expect(asked).toHaveLength(LOOKUP_KEYS.length);
    expect(useLaunch.getState().lookups.c1).toBe(shown);
  });

  it('answers older than LOOKUP_FRESH_MS are asked again, keeping their data on screen meanwhile', async () => {
    useLaunch.getState().loadLookups('c1');
    await settled();
    vi.setSystemTime(Date.now() + LOOKUP_FRESH_MS + 1);
    useLaunch.getState().loadLookups('c1');
    expect(useLaunch.getState().lookups.c1?.flavors).toMatchObject({ state: 'loading', data: [] });
    await settled();
    expect(asked).toHaveLength(2 * LOOKUP_KEYS.length);
  });

  it('Refresh (force) asks every lookup however fresh, and another cloud has its own', async () => {
    useLaunch.getState().loadLookups('c1');
    await settled();
    useLaunch.getState().loadLookups('c1', true);
    await settled();
    expect(asked).toHaveLength(2 * LOOKUP_KEYS.length);
    useLaunch.getState().loadLookups('c2');
    await vi.waitFor(() => expect(asked).toHaveLength(3 * LOOKUP_KEYS.length));
  });
});
