import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installFailureHandlers, startOrFail, type FailureDeps } from './start-or-fail.js';

// fakes of dialog.showErrorBox, app.exit and the log, recording what happened in order
function fakes(o: { dialogThrows?: boolean } = {}) {
  const calls: string[] = [];
  const logged: string[] = [];
  const deps: FailureDeps = {
    showErrorBox: (title, content) => {
      calls.push(`dialog: ${title} | ${content}`);
      if (o.dialogThrows) throw new Error('no display');
    },
    exit: (code) => void calls.push(`exit ${code}`),
    log: (line) => void logged.push(line),
  };
  return { calls, logged, deps };
}

// an error as the client library might raise it: a secret in a URL, in a field, in a cause
function secretBearingError(): Error {
  const e = new Error('login failed at https://admin:hunter2@keystone.example:5000/v3/auth/tokens?token=tok-123');
  Object.assign(e, { status: 401, body: { auth: { identity: { password: { user: { password: 'hunter2' } } } } } });
  e.cause = Object.assign(new Error('upstream'), { headers: { 'x-auth-token': 'tok-123' }, token: 'tok-123' });
  return e;
}

describe('startOrFail', () => {
  it('does nothing more when the start succeeds', async () => {
    const f = fakes();
    expect(await startOrFail(async () => {}, f.deps)).toBe(true);
    expect(f.calls).toEqual([]);
    expect(f.logged).toEqual([]);
  });

  it('shows the error, then exits with status 1, when the start fails', async () => {
    const f = fakes();
    expect(await startOrFail(() => Promise.reject(new Error('profiles.json: EACCES')), f.deps)).toBe(false);
    expect(f.calls).toHaveLength(2);
    expect(f.calls[0]).toMatch(/^dialog: Novadesk: could not start \| profiles.json: EACCES\n/);
    expect(f.calls[1]).toBe('exit 1');
    expect(f.logged.join('\n')).toMatch(/could not start: Error: profiles.json: EACCES/);
  });

  it('exits even when the dialog cannot be shown', async () => {
    const f = fakes({ dialogThrows: true });
    await startOrFail(() => Promise.reject(new Error('boom')), f.deps).catch(() => undefined);
    expect(f.calls.at(-1)).toBe('exit 1');
  });

  it('logs and shows no secret from the error, its fields or its cause', async () => {
    const f = fakes();
    await startOrFail(() => Promise.reject(secretBearingError()), f.deps);
    const everything = [...f.logged, ...f.calls].join('\n');
    expect(everything).not.toMatch(/hunter2|tok-123/);
    expect(everything).toMatch(/keystone\.example/);
    expect(everything).toMatch(/"status":401/);
    expect(everything).toMatch(/caused by: Error: upstream/);
  });
});

describe('installFailureHandlers', () => {
  it('logs an unhandled rejection, redacted, and keeps running', () => {
    const proc = new EventEmitter();
    const f = fakes();
    installFailureHandlers(proc, f.deps);
    proc.emit('unhandledRejection', secretBearingError());
    proc.emit('unhandledRejection', { password: 'hunter2', reason: 'plain object' });
    expect(f.logged).toHaveLength(2);
    expect(f.logged[0]).toMatch(/^novadesk: unhandled rejection: Error: login failed/);
    expect(f.logged[1]).toMatch(/plain object/);
    expect(f.logged.join('\n')).not.toMatch(/hunter2|tok-123/);
    expect(f.calls).toEqual([]);
  });

  it('logs an uncaught exception, shows it and exits with status 1', () => {
    const proc = new EventEmitter();
    const f = fakes();
    installFailureHandlers(proc, f.deps);
    proc.emit('uncaughtException', secretBearingError());
    expect(f.logged[0]).toMatch(/^novadesk: unexpected error: Error: login failed/);
    expect(f.calls[0]).toMatch(/^dialog: Novadesk: unexpected error/);
    expect(f.calls[1]).toBe('exit 1');
    expect([...f.logged, ...f.calls].join('\n')).not.toMatch(/hunter2|tok-123/);
  });
});
