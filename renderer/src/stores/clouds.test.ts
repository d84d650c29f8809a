// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Events } from '../../../shared/ipc/events.js';
import type { CloudStatus, ProfileView } from '../../../shared/schemas/profile.js';
import { testProfile } from '../lib/test-profile.js';
import { pickCurrent, subscribeClouds, useClouds } from './clouds.js';

const profile = (id: string, name = id): ProfileView => testProfile(id, { name });

const status = (profileId: string, state: CloudStatus['state']): CloudStatus => ({ profileId, state, since: '2026-01-01T00:00:00Z' });

/** A stand-in for the preload bridge: answers the two channels the store calls, records listeners. */
function installBridge(profiles: ProfileView[], statuses: CloudStatus[] = []) {
  const listeners: { [E in keyof Events]?: ((p: Events[E]) => void)[] } = {};
  window.novadesk = {
    version: { app: 'test', host: 'browser' },
    invoke: (async (channel: string) => {
      if (channel === 'profiles.list') return { ok: true, value: profiles };
      if (channel === 'clouds.statuses') return { ok: true, value: statuses };
      return { ok: false, error: { kind: 'internal', message: `unexpected ${channel}` } };
    }) as typeof window.novadesk.invoke,
    on: ((event: keyof Events, cb: (p: never) => void) => {
      (listeners[event] ??= [] as never[]).push(cb as never);
      return () => {};
    }) as typeof window.novadesk.on,
  };
  return {
    emit<E extends keyof Events>(event: E, payload: Events[E]) {
      for (const cb of (listeners[event] ?? []) as ((p: Events[E]) => void)[]) cb(payload);
    },
  };
}

beforeEach(() => {
  localStorage.clear();
  useClouds.setState({ profiles: [], currentId: undefined, statuses: {}, allClouds: false });
});

describe('pickCurrent', () => {
  const ps = [profile('a'), profile('b'), profile('c')];
  it('keeps the current cloud while it exists', () => expect(pickCurrent(ps, 'b', 'c')).toBe('b'));
  it('falls back to the remembered one, then the first', () => {
    expect(pickCurrent(ps, 'gone', 'c')).toBe('c');
    expect(pickCurrent(ps, undefined, 'gone')).toBe('a');
    expect(pickCurrent([], 'a', 'b')).toBeUndefined();
  });
});

describe('useClouds', () => {
  it('loads profiles and statuses and picks the first cloud', async () => {
    installBridge([profile('a'), profile('b')], [status('b', 'offline')]);
    await useClouds.getState().load();
    const s = useClouds.getState();
    expect(s.profiles.map((p) => p.id)).toEqual(['a', 'b']);
    expect(s.currentId).toBe('a');
    expect(s.statuses.b?.state).toBe('offline');
  });

  it('remembers the chosen cloud across a restart and ignores unknown ids', async () => {
    installBridge([profile('a'), profile('b')]);
    await useClouds.getState().load();
    useClouds.getState().setCurrent('b');
    useClouds.getState().setCurrent('nope');
    expect(useClouds.getState().currentId).toBe('b');
    // a new run: the store starts empty and finds the remembered cloud
    useClouds.setState({ currentId: undefined, profiles: [] });
    await useClouds.getState().load();
    expect(useClouds.getState().currentId).toBe('b');
  });

  it('moves to another cloud when the current one is deleted', async () => {
    installBridge([profile('a'), profile('b')]);
    await useClouds.getState().load();
    useClouds.getState().setCurrent('b');
    installBridge([profile('a')]);
    await useClouds.getState().load();
    expect(useClouds.getState().currentId).toBe('a');
  });

  it('follows clouds.status events and remembers the all-clouds toggle', () => {
    const bridge = installBridge([profile('a')]);
    const off = subscribeClouds();
    bridge.emit('clouds.status', status('a', 'connected'));
    expect(useClouds.getState().statuses.a?.state).toBe('connected');
    bridge.emit('clouds.status', status('a', 'needs_credentials'));
    expect(useClouds.getState().statuses.a?.state).toBe('needs_credentials');
    off();
    useClouds.getState().setAllClouds(true);
    expect(useClouds.getState().allClouds).toBe(true);
    expect(localStorage.getItem('novadesk.allClouds')).toBe('true');
  });
});
