import { describe, expect, it } from 'vitest';
import { mergeServers } from './list-merge.js';
import { testServer } from './test-server.js';

const a = testServer({ id: 'a', name: 'a', created: '2025-01-01T00:00:00Z', updated: '2025-01-02T00:00:00Z' });
const b = testServer({ id: 'b', name: 'b', created: '2025-01-01T00:00:01Z', updated: '2025-01-03T00:00:00Z' });

describe('mergeServers', () => {
  it('keeps the same array when nothing changed, so React does not re-render', () => {
    const list = [b, a];
    expect(mergeServers(list, [])).toBe(list);
    expect(mergeServers(list, [a])).toBe(list);
  });

  it('replaces changed rows in place and puts new ones first, newest first', () => {
    const a2 = { ...a, status: 'SHUTOFF' };
    const c = testServer({ id: 'c', created: '2025-02-01T00:00:00Z' });
    const d = testServer({ id: 'd', created: '2025-03-01T00:00:00Z' });
    expect(mergeServers([b, a], [a2, c, d]).map((s) => [s.id, s.status])).toEqual([
      ['d', 'ACTIVE'],
      ['c', 'ACTIVE'],
      ['b', 'ACTIVE'],
      ['a', 'SHUTOFF'],
    ]);
  });

  it('drops removed ids and rows Nova reports DELETED (changes-since includes them)', () => {
    expect(mergeServers([b, a], [], ['a']).map((s) => s.id)).toEqual(['b']);
    expect(mergeServers([b, a], [{ ...b, status: 'DELETED' }]).map((s) => s.id)).toEqual(['a']);
  });

  it('drops a row that no longer matches the list filters, and adds only sure matches', () => {
    const active = (s: { status: string }) => s.status === 'ACTIVE';
    expect(mergeServers([b, a], [{ ...a, status: 'SHUTOFF' }], [], active).map((s) => s.id)).toEqual(['b']);
    expect(mergeServers([b], [testServer({ id: 'x', status: 'ERROR' })], [], active).map((s) => s.id)).toEqual(['b']);
    // a row already shown stays when the filter cannot tell; a new one waits for a full load
    const unsure = () => undefined;
    expect(mergeServers([b], [{ ...b, name: 'b2' }, testServer({ id: 'y' })], [], unsure).map((s) => s.name)).toEqual(['b2']);
  });
});

describe('mergeServers and faults', () => {
  const fault = { code: 500, message: 'No valid host was found. ', details: undefined, created: undefined };
  const failed = testServer({ id: 'e', status: 'ERROR', fault });

  it('keeps the fault a GET brought when a list answer (which has none) updates the row', () => {
    const fromList = { ...failed, fault: undefined, updated: '2025-05-05T00:00:00Z' };
    const [merged] = mergeServers([failed], [fromList]);
    expect(merged?.fault).toEqual(fault);
    expect(merged?.updated).toBe('2025-05-05T00:00:00Z');
  });

  it('drops it once the server has moved to another state', () => {
    const restarted = { ...failed, status: 'ACTIVE', fault: undefined };
    expect(mergeServers([failed], [restarted])[0]?.fault).toBeUndefined();
  });
});
