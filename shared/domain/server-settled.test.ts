import { describe, expect, it } from 'vitest';
import { isTransitional } from './server-settled.js';

const row = (status: string, taskState?: string) => ({ status, taskState });

describe('isTransitional', () => {
  it.each(['BUILD', 'REBOOT', 'HARD_REBOOT', 'RESIZE', 'MIGRATING', 'REBUILD', 'SHELVING'])('%s is on its way', (status) => {
    expect(isTransitional(row(status))).toBe(true);
  });

  it.each(['ACTIVE', 'SHUTOFF', 'ERROR', 'VERIFY_RESIZE', 'SHELVED_OFFLOADED', 'DELETED'])('%s stays put', (status) => {
    expect(isTransitional(row(status))).toBe(false);
  });

  it('leaves a down cell (UNKNOWN) alone: polling cannot make it answer sooner', () => {
    expect(isTransitional(row('UNKNOWN'))).toBe(false);
  });

  it('any task in progress makes a settled status move, and case does not matter', () => {
    expect(isTransitional(row('ACTIVE', 'rebooting'))).toBe(true);
    expect(isTransitional(row('active'))).toBe(false);
  });
});
