// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { api } from '../lib/api.js';
import { askForFirstScreen } from './first-screen.js';

let asked: Array<[string, unknown]> = [];

beforeEach(() => {
  asked = [];
  Object.defineProperty(window, 'novadesk', {
    configurable: true,
    value: {
      invoke: (channel: string, input: unknown) => {
        asked.push([channel, input]);
        return Promise.resolve({ ok: true, value: channel === 'clouds.cachedList' ? { items: [{ id: 's1' }] } : [] });
      },
      on: () => () => undefined,
    },
  });
  localStorage.setItem('novadesk.currentCloud', 'p1');
});

describe('the first screen’s calls', () => {
  it('opening on the servers: the profiles, their statuses and the remembered cloud’s saved list go out at once, and the screen’s own calls take those answers', async () => {
    window.location.hash = '#/servers';
    askForFirstScreen();
    expect(asked.map(([c]) => c).sort()).toEqual(['clouds.cachedList', 'clouds.statuses', 'profiles.list']);
    expect(asked.find(([c]) => c === 'clouds.cachedList')?.[1]).toEqual({ cloud: 'p1', kind: 'servers' });
    // what the list store sends for that cloud is answered without asking main again
    await expect(api.invoke('clouds.cachedList', { cloud: 'p1', kind: 'servers' })).resolves.toEqual({ ok: true, value: { items: [{ id: 's1' }] } });
    await api.invoke('profiles.list', {});
    expect(asked).toHaveLength(3);
  });

  it('opening on another screen: no saved servers list is asked for', () => {
    window.location.hash = '#/images';
    askForFirstScreen();
    expect(asked.map(([c]) => c)).not.toContain('clouds.cachedList');
  });
});
