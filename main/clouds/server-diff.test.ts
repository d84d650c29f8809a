import { describe, expect, it } from 'vitest';
import type { Server } from '../../shared/domain/server.js';
import { isTransitional } from '../../shared/domain/server-settled.js';
import { pollDelayMs } from '../../shared/poll-pacing.js';
import { diffServers, nextDelayMs } from './server-diff.js';

const server = (id: string, status: string, extra: Partial<Server> = {}) => ({ id, name: id, status, taskState: undefined, ...extra }) as Server;

describe('server diff', () => {
  it('reports only new and changed rows, and deleted ones as removed', () => {
    const known = new Map([
      ['a', server('a', 'ACTIVE')],
      ['b', server('b', 'BUILD')],
      ['c', server('c', 'ACTIVE')],
    ]);
    const { changed, removed } = diffServers(known, [server('a', 'ACTIVE'), server('b', 'ACTIVE'), server('c', 'DELETED'), server('d', 'BUILD'), server('x', 'DELETED')]);
    expect(changed.map((s) => s.id)).toEqual(['b', 'd']);
    expect(removed).toEqual(['c']);
  });

  it('knows which rows are moving', () => {
    expect(isTransitional(server('a', 'BUILD'))).toBe(true);
    expect(isTransitional(server('a', 'ACTIVE', { taskState: 'rebooting' }))).toBe(true);
    expect(isTransitional(server('a', 'ACTIVE'))).toBe(false);
    expect(isTransitional(server('a', 'ERROR'))).toBe(false);
    // a down cell: the watcher used to poll it closely while the renderer did not
    expect(isTransitional(server('a', 'UNKNOWN'))).toBe(false);
  });

  it('polls from 2.5 s, backing off to 30 s as the renderer lists do, and idles at 30 s', () => {
    expect(nextDelayMs(true, 0)).toBe(2500);
    expect(nextDelayMs(true, 1)).toBe(pollDelayMs(2));
    expect(nextDelayMs(true, 1)).toBe(5000);
    expect(nextDelayMs(true, 20)).toBe(30_000);
    expect(nextDelayMs(false, 0)).toBe(30_000);
  });
});
