import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/errors.js';
import { emitEvent, fakeBridge, unexpected } from '../lib/test-bridge.js';
import { appendPage, createListStore, rowKey } from './list-store.js';
import { request } from './request.js';
import { runAction } from './run-action.js';
import { THING_ACTIONS, thing, type Thing } from './test-table.js';

/**
 * The store against a fake `window.novadesk.invoke`: the renderer's one boundary, so these
 * tests stand in for main, not for OpenStack. Each answer is given per channel.
 */
type Answer = (input: Record<string, unknown>) => Result<unknown> | Promise<Result<unknown>>;
let answers: Record<string, Answer>;
let calls: Array<{ channel: string; input: Record<string, unknown> }>;

beforeEach(() => {
  calls = [];
  answers = {};
  fakeBridge((channel, input) => {
    calls.push({ channel, input });
    const a = answers[channel];
    return a ? a(input) : unexpected(channel);
  });
});
afterEach(() => {
  vi.useRealTimers();
});

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const notFound: Result<never> = { ok: false, error: { kind: 'not_found', message: 'gone', status: 404 } };

// a fake resource riding on real channel names (the store only passes them through)
function things(over: { cached?: boolean; transitional?: boolean } = {}) {
  return createListStore<Thing>({
    list: request('serverGroups.list', (cloud: string) => ({ cloud })) as never,
    get: request('serverGroups.get', (cloud: string, id: string) => ({ cloud, id })) as never,
    ...(over.cached ? { cachedKind: 'keypairs' as const } : {}),
    idOf: (t) => t.id,
    ...(over.transitional ? { isTransitional: (t: Thing) => t.state === 'busy' } : {}),
  });
}

describe('createListStore', () => {
  it('loads a cloud through the list channel and keeps lists per cloud', async () => {
    answers['serverGroups.list'] = ({ cloud }) => ok(cloud === 'c1' ? [thing()] : [thing({ id: 't9', name: 'other' })]);
    const store = things();
    await store.getState().load('c1');
    await store.getState().load('c2');
    expect(store.getState().lists.c1?.items.map((t) => t.id)).toEqual(['t1']);
    expect(store.getState().lists.c2?.items.map((t) => t.id)).toEqual(['t9']);
    expect(store.getState().lists.c1?.loading).toBe(false);
    expect(calls.map((c) => c.channel)).toEqual(['serverGroups.list', 'serverGroups.list']);
  });

  it("shows main's cached list first, then the refreshed one, when the resource has a cached kind", async () => {
    const seen: string[][] = [];
    answers['clouds.cachedList'] = () => ok({ fetchedAt: '2026-01-01T00:00:00Z', items: [thing({ name: 'old' })] });
    let release!: () => void;
    answers['clouds.refreshList'] = () =>
      new Promise((r) => {
        release = () => r(ok({ fetchedAt: '2026-12-07T00:00:00Z', items: [thing({ name: 'new' })] }));
      });
    const store = things({ cached: true });
    store.subscribe((s) => seen.push((s.lists.c1?.items ?? []).map((t) => t.name)));
    const done = store.getState().load('c1');
    await vi.waitFor(() => expect(store.getState().lists.c1?.fromCache).toBe(true));
    expect(store.getState().lists.c1?.items[0]?.name).toBe('old');
    release();
    await done;
    expect(store.getState().lists.c1).toMatchObject({ fromCache: false, fetchedAt: '2026-12-07T00:00:00Z' });
    expect(seen.at(-1)).toEqual(['new']);
    expect(calls.map((c) => c.input.kind)).toEqual(['keypairs', 'keypairs']);
  });

  it('a failed refresh keeps the older list and says why', async () => {
    answers['serverGroups.list'] = () => ok([thing()]);
    const store = things();
    await store.getState().load('c1');
    answers['serverGroups.list'] = () => ({ ok: false, error: { kind: 'network', message: 'down' } });
    await store.getState().load('c1');
    expect(store.getState().lists.c1).toMatchObject({ loading: false, error: { kind: 'network' } });
    expect(store.getState().lists.c1?.items).toHaveLength(1);
  });

  it("a row read sent earlier and answering later than another read of it is dropped (a poll after an action's re-read)", async () => {
    answers['serverGroups.list'] = () => ok([thing({ state: 'busy' })]);
    const pending: Array<(r: Result<unknown>) => void> = [];
    answers['serverGroups.get'] = () => new Promise((r) => pending.push(r));
    const store = things();
    await store.getState().load('c1');
    const poll = store.getState().refreshRows('c1', ['t1']);
    const reread = store.getState().refreshRows('c1', ['t1']);
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[1]!(ok(thing({ state: 'ready', name: 'after' })));
    await reread;
    pending[0]!(ok(thing({ state: 'busy', name: 'before' })));
    await poll;
    expect(store.getState().lists.c1?.items[0]).toMatchObject({ state: 'ready', name: 'after' });
  });

  it('an older load answering last is dropped', async () => {
    const pending: Array<(r: Result<unknown>) => void> = [];
    answers['serverGroups.list'] = () => new Promise((r) => pending.push(r));
    const store = things();
    const first = store.getState().load('c1');
    const second = store.getState().load('c1');
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[1]!(ok([thing({ name: 'newer' })]));
    await second;
    pending[0]!(ok([thing({ name: 'older' })]));
    await first;
    expect(store.getState().lists.c1?.items.map((t) => t.name)).toEqual(['newer']);
  });

  it("refreshRows replaces a row with the get channel's answer, keeps what the answer leaves out, and removes a 404", async () => {
    answers['serverGroups.list'] = () => ok([thing(), thing({ id: 't2', name: 'beta' })]);
    const store = things();
    await store.getState().load('c1');
    answers['serverGroups.get'] = ({ id }) => (id === 't1' ? ok({ ...thing({ size: 99 }), name: undefined }) : notFound);
    await store.getState().refreshRows('c1', ['t1', 't2']);
    expect(store.getState().lists.c1?.items).toEqual([thing({ size: 99 })]);
  });

  it('an action marks the row pending, then re-reads it; a refusal stays on the row', async () => {
    answers['serverGroups.list'] = () => ok([thing()]);
    const store = things();
    await store.getState().load('c1');
    const stop = THING_ACTIONS.actions.find((a) => a.id === 'stop')!;
    let send!: (r: Result<unknown>) => void;
    answers['servers.stop'] = () => new Promise((r) => (send = r));
    answers['serverGroups.get'] = () => ok(thing({ state: 'busy' }));
    const running = runAction(store, stop, 'c1', thing());
    await vi.waitFor(() => expect(store.getState().pending[rowKey('c1', 't1')]?.action).toBe('stop'));
    send(ok(null));
    expect(await running).toBeUndefined();
    expect(store.getState().pending).toEqual({});
    expect(store.getState().lists.c1?.items[0]?.state).toBe('busy');
    expect(calls.find((c) => c.channel === 'servers.stop')?.input).toEqual({ cloud: 'c1', id: 't1' });

    answers['servers.stop'] = () => ({ ok: false, error: { kind: 'conflict', message: 'locked', status: 409 } });
    const error = await runAction(store, stop, 'c1', thing());
    expect(error?.kind).toBe('conflict');
    expect(store.getState().rowErrors[rowKey('c1', 't1')]).toMatchObject({ action: 'stop', error: { kind: 'conflict' } });
  });

  it("hands the cloud's answer to the action's `after` once sent, never after a refusal", async () => {
    answers['serverGroups.list'] = () => ok([thing()]);
    answers['serverGroups.get'] = () => ok(thing());
    const store = things();
    await store.getState().load('c1');
    const heard: unknown[] = [];
    const snap = { ...THING_ACTIONS.actions.find((a) => a.id === 'stop')!, after: (answer: unknown, row: Thing, cloud: string) => heard.push([answer, row.id, cloud]) };
    answers['servers.stop'] = () => ok('image-1');
    expect(await runAction(store, snap, 'c1', thing())).toBeUndefined();
    expect(heard).toEqual([['image-1', 't1', 'c1']]);
    answers['servers.stop'] = () => ({ ok: false, error: { kind: 'conflict', message: 'no', status: 409 } });
    await runAction(store, snap, 'c1', thing());
    expect(heard).toHaveLength(1);
  });

  it('polls rows on the move, paced, until they settle', async () => {
    vi.useFakeTimers();
    answers['serverGroups.list'] = () => ok([thing({ state: 'busy' }), thing({ id: 't2', name: 'still' })]);
    let gets = 0;
    answers['serverGroups.get'] = () => ok(thing({ state: ++gets >= 2 ? 'ready' : 'busy' }));
    const store = things({ transitional: true });
    await store.getState().load('c1');
    expect(gets).toBe(0);
    await vi.advanceTimersByTimeAsync(2500);
    expect(gets).toBe(1);
    // the second poll waits longer (2.5 s × attempt)
    await vi.advanceTimersByTimeAsync(2500);
    expect(gets).toBe(1);
    await vi.advanceTimersByTimeAsync(2500);
    expect(gets).toBe(2);
    expect(store.getState().lists.c1?.items[0]?.state).toBe('ready');
    // settled: no more polls; only the moving row was ever asked for
    await vi.advanceTimersByTimeAsync(60_000);
    expect(gets).toBe(2);
    expect(calls.filter((c) => c.channel === 'serverGroups.get').map((c) => c.input.id)).toEqual(['t1', 't1']);
  });
});

describe('createListStore with list args (a filter bar) and live changes', () => {
  type Filter = { state?: Thing['state'] };
  // a fake filtered resource: filtered lists go to the list channel, unfiltered ones through main's cache
  function filtered(over: { onItems?: (cloud: string, items: readonly Thing[]) => void; afterAction?: (cloud: string, id: string) => void } = {}) {
    return createListStore<Thing, Filter>({
      list: request('serverGroups.list', (cloud: string, f: Filter) => ({ cloud, ...f })) as never,
      get: request('serverGroups.get', (cloud: string, id: string) => ({ cloud, id })) as never,
      cachedKind: 'keypairs',
      cachedWhen: (f) => !f?.state,
      argsKey: (f) => JSON.stringify(f),
      idOf: (t) => t.id,
      olderThan: (a, b) => a.size < b.size,
      merge: (items, changed, removed, f) => {
        const keep = (t: Thing) => !f?.state || t.state === f.state;
        const byId = new Map(changed.map((t) => [t.id, t]));
        const next = items.filter((t) => !removed.includes(t.id)).map((t) => byId.get(t.id) ?? t);
        return [...changed.filter((t) => !items.some((i) => i.id === t.id)), ...next].filter(keep);
      },
      ...over,
    });
  }

  it('asks the list channel with the args when they filter, not through the cache, and remembers them for a refresh', async () => {
    answers['serverGroups.list'] = ({ state }) => ok([thing({ state: state as Thing['state'] })]);
    const store = filtered();
    await store.getState().load('c1', { state: 'busy' });
    expect(calls.map((c) => c.channel)).toEqual(['serverGroups.list']);
    expect(calls[0]?.input).toEqual({ cloud: 'c1', state: 'busy' });
    expect(store.getState().lists.c1).toMatchObject({ args: { state: 'busy' }, argsKey: '{"state":"busy"}', fromCache: false });
    await store.getState().load('c1');
    expect(calls[1]?.input).toEqual({ cloud: 'c1', state: 'busy' });
  });

  it('takes unfiltered lists through main’s cache', async () => {
    answers['clouds.cachedList'] = () => ok(undefined);
    answers['clouds.refreshList'] = () => ok({ fetchedAt: '2026-12-07T00:00:00Z', items: [thing()] });
    const store = filtered();
    await store.getState().load('c1', {});
    expect(calls.map((c) => c.channel)).toEqual(['clouds.cachedList', 'clouds.refreshList']);
    expect(store.getState().lists.c1).toMatchObject({ argsKey: '{}', fetchedAt: '2026-12-07T00:00:00Z' });
  });

  it('applies changes through `merge` with the list’s args, drops older ones, and an answer time makes the list current', async () => {
    answers['serverGroups.list'] = () => ok([thing({ state: 'busy', size: 10 })]);
    const seen: string[][] = [];
    const store = filtered({ onItems: (_c, items) => seen.push(items.map((t) => t.id)) });
    // nothing shown yet: the first load brings everything
    store.getState().applyChanges('c1', [thing({ id: 't0' })], []);
    expect(store.getState().lists.c1).toBeUndefined();
    await store.getState().load('c1', { state: 'busy' });
    store.getState().applyChanges('c1', [thing({ state: 'busy', size: 5, name: 'older' })], []);
    expect(store.getState().lists.c1?.items[0]?.name).toBe('alpha');
    store.getState().applyChanges('c1', [thing({ id: 't2', state: 'busy', size: 1 })], [], '2026-12-07T09:00:00Z');
    expect(store.getState().lists.c1?.items.map((t) => t.id)).toEqual(['t2', 't1']);
    expect(store.getState().lists.c1?.fetchedAt).toBe('2026-12-07T09:00:00Z');
    // no longer matching the list's filter: leaves
    store.getState().applyChanges('c1', [thing({ state: 'ready', size: 20 })], ['t2']);
    expect(store.getState().lists.c1?.items).toEqual([]);
    expect(seen).toEqual([['t1'], ['t2'], ['t1']]);
  });

  it('calls `afterAction` once an action succeeded and its row was re-read', async () => {
    answers['serverGroups.list'] = () => ok([thing()]);
    answers['serverGroups.get'] = () => ok(thing());
    answers['servers.stop'] = () => ok(null);
    const after: string[] = [];
    const store = filtered({ afterAction: (cloud, id) => after.push(rowKey(cloud, id)) });
    await store.getState().load('c1', { state: 'ready' });
    await runAction(store, THING_ACTIONS.actions.find((a) => a.id === 'stop')!, 'c1', thing());
    expect(after).toEqual(['c1/t1']);
  });

  it("runs the action's `after` with the row as it was, before the re-read, and only after a success", async () => {
    answers['serverGroups.list'] = () => ok([thing()]);
    answers['serverGroups.get'] = () => ok(thing({ name: 'after' }));
    const order: string[] = [];
    const store = filtered();
    await store.getState().load('c1', { state: 'ready' });
    const stop = THING_ACTIONS.actions.find((a) => a.id === 'stop')!;
    const withDone = { ...stop, after: (_answer: unknown, t: Thing, cloud: string) => order.push(`done ${cloud} ${t.name} after ${calls.filter((c) => c.channel === 'serverGroups.get').length} reads`) };
    answers['servers.stop'] = () => ok(null);
    await runAction(store, withDone, 'c1', thing());
    expect(order).toEqual(['done c1 alpha after 0 reads']);
    answers['servers.stop'] = () => notFound;
    await runAction(store, withDone, 'c1', thing());
    expect(order).toHaveLength(1);
  });
});

describe('a long list streams in while it loads (lists.page)', () => {
  /** refreshList held open: the test sends pages, then lets the whole list answer */
  function held() {
    let answer!: (items: Thing[]) => void;
    answers['clouds.refreshList'] = () =>
      new Promise((r) => {
        answer = (items) => r(ok({ fetchedAt: '2026-12-07T00:00:00Z', items }));
      });
    return { answer: (items: Thing[]) => answer(items) };
  }
  const page = (cloud: string, ...items: Thing[]) => emitEvent('lists.page', { cloud, kind: 'keypairs', items: items as never });
  const names = (store: ReturnType<typeof things>) => (store.getState().lists.c1?.items ?? []).map((t) => t.name);

  it('an empty list shows each page as it lands, in order, before the list answers; the answer then stands', async () => {
    answers['clouds.cachedList'] = () => ok(null);
    const refresh = held();
    const store = things({ cached: true });
    const done = store.getState().load('c1');
    await vi.waitFor(() => expect(calls.map((c) => c.channel)).toContain('clouds.refreshList'));
    page('c1', thing({ id: 'a', name: 'newest' }), thing({ id: 'b', name: 'second' }));
    expect(names(store)).toEqual(['newest', 'second']);
    expect(store.getState().lists.c1?.loading).toBe(true);
    // another cloud's pages and a repeated row change nothing but that row
    page('c2', thing({ id: 'x', name: 'elsewhere' }));
    page('c1', thing({ id: 'b', name: 'second, renamed' }), thing({ id: 'c', name: 'oldest' }));
    expect(names(store)).toEqual(['newest', 'second, renamed', 'oldest']);
    refresh.answer([thing({ id: 'a', name: 'newest' }), thing({ id: 'c', name: 'oldest' })]);
    await done;
    expect(names(store)).toEqual(['newest', 'oldest']);
    expect(store.getState().lists.c1).toMatchObject({ loading: false, fromCache: false, fetchedAt: '2026-12-07T00:00:00Z' });
    // pages after the answer belong to no load of this store
    page('c1', thing({ id: 'z', name: 'late' }));
    expect(names(store)).toEqual(['newest', 'oldest']);
  });

  it('a list already shown (the cached one) takes pages as changes: its other rows stay until the answer', async () => {
    answers['clouds.cachedList'] = () => ok({ fetchedAt: '2026-01-01T00:00:00Z', items: [thing({ id: 'a', name: 'a old' }), thing({ id: 'b', name: 'b old' })] });
    const refresh = held();
    const store = things({ cached: true });
    const done = store.getState().load('c1');
    await vi.waitFor(() => expect(calls.map((c) => c.channel)).toContain('clouds.refreshList'));
    page('c1', thing({ id: 'b', name: 'b new' }));
    expect(names(store)).toEqual(['a old', 'b new']);
    refresh.answer([thing({ id: 'b', name: 'b new' })]);
    await done;
    expect(names(store)).toEqual(['b new']);
  });

  it('appendPage replaces rows it has where they are and adds new ones after them', () => {
    const idOf = (t: Thing) => t.id;
    const shown = [thing({ id: 'a' }), thing({ id: 'b' })];
    expect(appendPage(shown, [thing({ id: 'b', name: 'b2' }), thing({ id: 'c' })], idOf).map((t) => `${t.id}:${t.name}`)).toEqual(['a:alpha', 'b:b2', 'c:alpha']);
    expect(appendPage([], [thing({ id: 'c' })], idOf).map(idOf)).toEqual(['c']);
  });
});
