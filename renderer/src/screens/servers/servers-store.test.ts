import { beforeEach, describe, expect, it } from 'vitest';
import type { Server } from '../../../../shared/domain/server.js';
import type { Result } from '../../../../shared/errors.js';
import { EMPTY_FILTERS, toListFilters } from './server-filters.js';
import { runAction } from '../../kit/run-action.js';
import { serverAction } from './server-actions.js';
import { toRow } from './server-rows.js';
import { serverRows, useServers } from './servers-store.js';
import { testServer } from './test-server.js';

/**
 * Issue 13: after Confirm resize the row went back to "Resized · Confirm · Revert" for about
 * 30 s, because a poll sent before the action landed after the action's re-read. A row's state
 * after an action is Nova's answer to the re-read, never an older read landing later.
 */

const cloud = 'c1';
const waiting = testServer({ status: 'VERIFY_RESIZE', updated: '2026-12-07T08:00:00Z' });
const confirmed = testServer({ status: 'ACTIVE', flavor: { ...waiting.flavor, name: 'm1.micro' }, updated: '2026-12-07T08:00:05Z' });

type Pending = { resolve(r: Result<Server>): void };
let gets: Pending[];
let answerNow: Record<string, (input: Record<string, unknown>) => Result<unknown>>;
let watched: number;

beforeEach(() => {
  gets = [];
  watched = 0;
  answerNow = {
    'clouds.cachedList': () => ({ ok: true, value: undefined }),
    'clouds.refreshList': () => ({ ok: true, value: { items: [waiting], fetchedAt: '2026-12-07T08:00:01Z' } }),
    'images.namesByIds': () => ({ ok: true, value: {} }),
    'servers.confirmResize': () => ({ ok: true, value: null }),
    'servers.watch': () => {
      watched++;
      return { ok: true, value: null };
    },
  };
  (globalThis as { window?: unknown }).window = {
    novadesk: {
      invoke: (channel: string, input: Record<string, unknown>) =>
        channel === 'servers.get' ? new Promise((resolve) => gets.push({ resolve })) : Promise.resolve(answerNow[channel]?.(input) ?? { ok: false, error: { kind: 'internal', message: channel } }),
      on: () => () => {},
      version: { app: 'test', host: 'browser' },
    },
  };
  useServers.setState({ lists: {}, pending: {}, rowErrors: {} });
});

const shown = () => useServers.getState().lists[cloud]?.items[0];
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('a row after an action', () => {
  it('keeps the re-read after Confirm resize when a poll sent before it lands later', async () => {
    await useServers.getState().load(cloud, toListFilters(EMPTY_FILTERS).filters);
    expect(shown()?.status).toBe('VERIFY_RESIZE');

    // a poll of the moving row leaves first…
    const poll = useServers.getState().refreshRows(cloud, [waiting.id]);
    // …then the user confirms; the action's re-read leaves after it
    const row = toRow(cloud, shown()!, { cloudName: 'c', imageNames: {}, flavorNames: {} });
    const action = runAction(serverRows, serverAction('confirmResize'), cloud, row);
    await flush();
    expect(gets).toHaveLength(2);
    // the re-read answers first: ACTIVE on the new flavor
    gets[1]!.resolve({ ok: true, value: confirmed });
    await action;
    expect(shown()?.status).toBe('ACTIVE');
    // the older poll lands afterwards: dropped
    gets[0]!.resolve({ ok: true, value: waiting });
    await poll;
    expect(shown()?.status).toBe('ACTIVE');
    expect(shown()?.flavor.name).toBe('m1.micro');
    // and the cloud's watcher is asked to follow the server closely
    expect(watched).toBe(1);
  });

  it("drops a watcher event older than the row (Nova's `updated`), applies a newer one", async () => {
    await useServers.getState().load(cloud, toListFilters(EMPTY_FILTERS).filters);
    useServers.getState().applyChanges(cloud, [confirmed], []);
    expect(shown()?.status).toBe('ACTIVE');
    // the watcher's poll had left before the confirm
    useServers.getState().applyChanges(cloud, [waiting], [], '2026-12-07T08:00:06Z');
    expect(shown()?.status).toBe('ACTIVE');
    const later = { ...confirmed, status: 'SHUTOFF', updated: '2026-12-07T08:01:00Z' };
    useServers.getState().applyChanges(cloud, [later], []);
    expect(shown()?.status).toBe('SHUTOFF');
  });

  it('asks Nova with the filters (not main’s cache) and drops a changed server that no longer matches them', async () => {
    const asked: Array<Record<string, unknown>> = [];
    answerNow['servers.list'] = (input) => {
      asked.push(input);
      return { ok: true, value: [confirmed] };
    };
    await useServers.getState().load(cloud, { status: 'ACTIVE' });
    expect(asked).toEqual([{ cloud, status: 'ACTIVE' }]);
    expect(shown()?.status).toBe('ACTIVE');
    useServers.getState().applyChanges(cloud, [{ ...confirmed, status: 'SHUTOFF', updated: '2026-12-07T08:01:00Z' }], []);
    expect(useServers.getState().lists[cloud]?.items).toEqual([]);
  });
});
