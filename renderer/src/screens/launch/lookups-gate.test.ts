// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useLaunch } from './launch-store.js';

/** The bridge answers the compute version with or without Cinder, and records what was asked. */
function bridge(blockStorage: boolean): string[] {
  const asked: string[] = [];
  window.novadesk = {
    version: { app: 'test', host: 'browser' },
    invoke: (async (channel: string) => {
      asked.push(channel);
      if (channel === 'clouds.computeVersion') return { ok: true, value: { min: '2.1', max: '2.93', negotiated: '2.93', endpoint: 'http://nova', blockStorage } };
      return { ok: true, value: [] };
    }) as typeof window.novadesk.invoke,
    on: (() => () => {}) as typeof window.novadesk.on,
  };
  return asked;
}

const CINDER = ['volumes.list', 'volumeSnapshots.list', 'volumeTypes.list', 'volumeTypes.default', 'volumeQuotas.usage'];
const settled = async (cloud: string) => {
  for (let i = 0; i < 50 && Object.values(useLaunch.getState().lookups[cloud] ?? {}).some((l) => l?.state === 'loading'); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("the wizard's Cinder lookups", () => {
  it('are asked once the compute version says the catalog has block storage', async () => {
    const asked = bridge(true);
    useLaunch.getState().loadLookups('with-cinder');
    await settled('with-cinder');
    expect(asked).toEqual(expect.arrayContaining(CINDER));
    expect(useLaunch.getState().lookups['with-cinder']?.volumes?.state).toBe('ok');
  });

  it('are never asked of a cloud without it, not even by a reload', async () => {
    const asked = bridge(false);
    useLaunch.getState().loadLookups('no-cinder');
    await settled('no-cinder');
    await useLaunch.getState().reloadLookup('no-cinder', 'volumes');
    expect(asked).toContain('clouds.computeVersion');
    expect(asked.filter((c) => CINDER.includes(c))).toEqual([]);
    expect(useLaunch.getState().lookups['no-cinder']?.volumes).toBeUndefined();
  });
});
