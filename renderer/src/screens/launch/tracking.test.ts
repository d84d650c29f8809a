import { describe, expect, it } from 'vitest';
import { launchPollDelay, runSettled, summarise, type TrackedServer } from './tracking.js';

const server = (status: string, taskState?: string): TrackedServer => ({ id: status, name: status, status, taskState, fault: undefined, addresses: [] });

describe('a launch run', () => {
  it('settles by the shared rule: a landed status with no task in progress', () => {
    expect(runSettled({ count: 2, servers: [server('ACTIVE'), server('ERROR')] })).toBe(true);
    // ACTIVE while Nova still works on it (the shared rule counts the task), and a build under way
    expect(runSettled({ count: 1, servers: [server('ACTIVE', 'spawning')] })).toBe(false);
    expect(runSettled({ count: 1, servers: [server('BUILD')] })).toBe(false);
    // a down cell's UNKNOWN: polling cannot make it answer sooner
    expect(runSettled({ count: 1, servers: [server('UNKNOWN')] })).toBe(true);
    // multi-create: the servers not yet listed are not settled
    expect(runSettled({ count: 3, servers: [server('ACTIVE')] })).toBe(false);
  });

  it('counts what is still building by the same rule', () => {
    expect(summarise({ servers: [server('ACTIVE'), server('BUILD'), server('SHUTOFF', 'powering-on'), server('ERROR')] })).toEqual({
      active: 1,
      error: 1,
      building: 2,
      other: 0,
    });
  });

  it('polls on the shared pacing from a brisk start: 1 s more each time, at most 5 s', () => {
    expect([1, 2, 3, 4, 5, 6, 40].map(launchPollDelay)).toEqual([1000, 2000, 3000, 4000, 5000, 5000, 5000]);
  });
});
