import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../shared/log.js';
import { matchCommands, type Command } from './commands.js';
import { MAX_LOG_ENTRIES, mergeEntries } from './log-store.js';
import { routeFromHash } from '../lib/routes.js';

const entry = (seq: number): LogEntry => ({ seq, at: '2026-01-01T00:00:00Z', method: 'GET', url: `http://x/${seq}`, service: 'compute', elapsedMs: 1, attempt: 1 });

describe('routeFromHash', () => {
  it('reads the screen and falls back to servers', () => {
    expect(routeFromHash('#/profiles')).toBe('profiles');
    expect(routeFromHash('#/launch?x=1')).toBe('launch');
    expect(routeFromHash('')).toBe('servers');
    expect(routeFromHash('#/nope')).toBe('servers');
  });
});

describe('mergeEntries', () => {
  it('appends newer entries once, in order, and caps the total', () => {
    const a = mergeEntries([], [entry(2), entry(1)], 0);
    expect(a.entries.map((e) => e.seq)).toEqual([1, 2]);
    const b = mergeEntries(a.entries, [entry(2), entry(3)], a.lastSeq);
    expect(b.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    const many = Array.from({ length: MAX_LOG_ENTRIES + 10 }, (_, i) => entry(i + 1));
    const c = mergeEntries([], many, 0);
    expect(c.entries).toHaveLength(MAX_LOG_ENTRIES);
    expect(c.lastSeq).toBe(MAX_LOG_ENTRIES + 10);
  });
});

describe('matchCommands', () => {
  const cmd = (title: string, group: string): Command => ({ id: title, title, group, run: () => {} });
  const all = [cmd('Go to Servers', 'Navigate'), cmd('Switch to local-demo', 'Cloud'), cmd('Use the dark theme', 'View')];
  it('matches every word, in any order and case', () => {
    expect(matchCommands(all, '').length).toBe(3);
    expect(matchCommands(all, 'DARK').map((c) => c.title)).toEqual(['Use the dark theme']);
    expect(matchCommands(all, 'demo switch').map((c) => c.title)).toEqual(['Switch to local-demo']);
    expect(matchCommands(all, 'cloud servers')).toEqual([]);
  });
});
