import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RUN_PREFIX, clientFor } from '../../e2e/support/local-cloud.js';
import { NANO, deleteServers, imageId } from '../../e2e/support/server-fixtures.js';
import type { ServerChanges } from '../../shared/domain/server-changes.js';
import { ServerWatcher } from './server-watcher.js';

// The watcher's changes-since against the real Nova with this machine's clock set fast on
// purpose (Date faked for the whole process, advancing in real time): it comes from the cloud's
// clock (Date headers, and Keystone's issued_at where this Nova sends no Date), so a rename
// made between two refreshes is still seen (issue 12 item 12).
const P = `${RUN_PREFIX}-wclk`;
const demo = clientFor('local-demo');
let serverId: string;

beforeAll(async () => {
  const c = await demo.servers.create({ name: `${P}-0`, imageRef: await imageId(demo), flavorRef: NANO, networks: 'none' });
  serverId = c.id as string;
  // a server still building changes by itself; only the rename may be the change seen
  await demo.servers.waitFor(serverId, 'ACTIVE', { intervalMs: 500, timeoutMs: 120_000 });
});
afterAll(async () => {
  try {
    await deleteServers(demo, P);
  } finally {
    await demo.close();
  }
});

describe('changes-since in the cloud’s time', () => {
  afterEach(() => vi.useRealTimers());

  it.each([
    ['5 s', 5_000],
    ['60 s', 60_000],
  ])('a rename between two refreshes is seen with our clock %s fast', async (label, skewMs) => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: Date.now() + skewMs });
    const fast = clientFor('local-demo');
    const changes: ServerChanges[] = [];
    const watcher = new ServerWatcher({ cloud: 'local-demo', client: async () => fast, onChanges: (c) => changes.push(c), onError: (e) => changes.push({ error: e } as never) });
    try {
      await watcher.poke(); // the full list; the next refresh asks for changes since it began
      expect(watcher.servers().some((s) => s.id === serverId)).toBe(true);
      const name = `${P}-${label.replace(' ', '')}`;
      await demo.servers.update(serverId, { name });
      await watcher.poke();
      expect(changes.at(-1)).toMatchObject({ changed: [expect.objectContaining({ id: serverId, name })] });
      expect(watcher.servers().find((s) => s.id === serverId)?.name).toBe(name);
    } finally {
      watcher.stop();
      await fast.close();
    }
  });
});
