import { describe, expect, it } from 'vitest';
import type { Server } from '../../../shared/domain/server.js';
import { OpenStackError } from '../errors.js';
import { findLaunched, isUnclearFailure } from './server-launch-recovery.js';
import { toServer } from './server-mapper.js';
import { pollServer, pollUntilGone } from './server-wait.js';

const server = (over: Partial<Server> & { status: string }): Server => ({
  ...toServer({ id: 'id-1', name: 'vm', status: 'BUILD', tenant_id: 'p', user_id: 'u', created: '2026-11-25T10:00:00Z', updated: '2026-11-25T10:00:00Z' }),
  ...over,
});

/** Answers each poll with the next server of the sequence (repeating the last). */
const sequence = (states: Server[]) => {
  let i = 0;
  return async () => states[Math.min(i++, states.length - 1)] as Server;
};

describe('pollServer', () => {
  it('returns the first server that matches a status', async () => {
    const seen: string[] = [];
    const s = await pollServer(sequence([server({ status: 'BUILD' }), server({ status: 'BUILD' }), server({ status: 'ACTIVE' })]), 'ACTIVE', {
      intervalMs: 1,
      onPoll: (x) => seen.push(x.status),
    });
    expect(s.status).toBe('ACTIVE');
    expect(seen).toEqual(['BUILD', 'BUILD', 'ACTIVE']);
  });

  it('fails on ERROR with the fault message', async () => {
    const err = server({ status: 'ERROR', fault: { code: 500, message: 'No valid host was found.', details: undefined, created: undefined } });
    await expect(pollServer(sequence([server({ status: 'BUILD' }), err]), 'ACTIVE', { intervalMs: 1 })).rejects.toMatchObject({
      kind: 'resource_failure',
      message: expect.stringContaining('No valid host was found.'),
    });
  });

  it('returns an ERROR server when ERROR is what was asked for', async () => {
    await expect(pollServer(sequence([server({ status: 'ERROR' })]), 'ERROR')).resolves.toMatchObject({ status: 'ERROR' });
  });

  it('times out naming the last status and task', async () => {
    await expect(
      pollServer(sequence([server({ status: 'BUILD', taskState: 'spawning' })]), 'ACTIVE', { intervalMs: 5, timeoutMs: 20 }),
    ).rejects.toMatchObject({ kind: 'timeout', message: expect.stringContaining('BUILD/spawning') });
  });

  it('takes a predicate, e.g. for a lock flag', async () => {
    const s = await pollServer(sequence([server({ status: 'ACTIVE' }), server({ status: 'ACTIVE', locked: true })]), (x) => x.locked, { intervalMs: 1 });
    expect(s.locked).toBe(true);
  });

  it('stops when aborted', async () => {
    const ac = new AbortController();
    const p = pollServer(sequence([server({ status: 'BUILD' })]), 'ACTIVE', { intervalMs: 10_000, signal: ac.signal });
    ac.abort(new Error('closed'));
    await expect(p).rejects.toThrow('closed');
  });
});

describe('pollUntilGone', () => {
  it('ends on a 404 only (DELETED shows for a moment first) and rethrows anything else', async () => {
    let n = 0;
    await pollUntilGone(
      async () => {
        if (++n === 1) return server({ status: 'ACTIVE', taskState: 'deleting' });
        if (n === 2) return server({ status: 'DELETED' });
        throw new OpenStackError('not_found', 'gone', { status: 404 });
      },
      { intervalMs: 1 },
    );
    expect(n).toBe(3);
    await expect(pollUntilGone(async () => Promise.reject(new OpenStackError('forbidden', 'no')))).rejects.toMatchObject({ kind: 'forbidden' });
  });
});

describe('isUnclearFailure', () => {
  it('treats no answer, timeouts and 5xx as unclear, 4xx as a clear refusal', () => {
    expect(isUnclearFailure(new OpenStackError('network', 'reset'))).toBe(true);
    expect(isUnclearFailure(new OpenStackError('timeout', 'slow'))).toBe(true);
    expect(isUnclearFailure(new OpenStackError('server_error', 'boom', { status: 503 }))).toBe(true);
    expect(isUnclearFailure(new OpenStackError('bad_request', 'no', { status: 400 }))).toBe(false);
    expect(isUnclearFailure(new OpenStackError('over_limit', 'quota', { status: 403 }))).toBe(false);
    // a redirect is an answer: whatever answered it did not create a server
    expect(isUnclearFailure(new OpenStackError('server_error', 'redirect', { status: 302 }))).toBe(false);
  });
});

describe('findLaunched', () => {
  const sent = new Date('2026-11-25T10:00:10.500Z');

  it('asks for the exact name changed since shortly before the request', async () => {
    const calls: unknown[] = [];
    await findLaunched(async (f) => (calls.push(f), []), 'web.1', sent, false, [0]);
    expect(calls).toEqual([{ name: '^web\\.1$', changesSince: new Date('2026-11-25T10:00:05.500Z') }]);
  });

  it('matches multi-create names and returns the first by number', async () => {
    const calls: Array<{ name?: string }> = [];
    const found = await findLaunched(
      async (f) => {
        calls.push(f);
        return [
          server({ status: 'BUILD', id: 'b', name: 'web-10', created: '2026-11-25T10:00:10Z' }),
          server({ status: 'BUILD', id: 'a', name: 'web-2', created: '2026-11-25T10:00:10Z' }),
        ];
      },
      'web',
      sent,
      true,
      [0],
    );
    expect(calls[0]?.name).toBe('^web(-[0-9]+)?$');
    expect(found?.id).toBe('a');
  });

  it('ignores older servers that only changed, and deleted ones; tries again later', async () => {
    let tries = 0;
    const found = await findLaunched(
      async () => {
        tries++;
        const old = server({ status: 'ACTIVE', id: 'old', created: '2026-11-20T00:00:00Z' });
        const deleted = server({ status: 'DELETED', id: 'del', created: '2026-11-25T10:00:10Z' });
        return tries < 2 ? [old, deleted] : [old, server({ status: 'BUILD', id: 'new', created: '2026-11-25T10:00:10Z' })];
      },
      'vm',
      sent,
      false,
      [0, 1],
    );
    expect(tries).toBe(2);
    expect(found?.id).toBe('new');
  });
});
