import { describe, expect, it } from 'vitest';
import { planPrereqs } from './prereqs.mjs';

describe('what npm test does about missing Debian packages', () => {
  it('goes on when nothing is missing', () => {
    expect(planPrereqs([], { isRoot: false, hasApt: true })).toEqual({ action: 'ok' });
  });

  it('installs as root where apt exists', () => {
    expect(planPrereqs(['chromium'], { isRoot: true, hasApt: true })).toEqual({ action: 'install', packages: ['chromium'] });
  });

  it('stops with one line naming each package and the command, when it cannot install', () => {
    const plan = planPrereqs(['chromium', 'fonts-wqy-microhei'], { isRoot: false, hasApt: true });
    expect(plan.action).toBe('stop');
    expect(plan.line).not.toContain('\n');
    expect(plan.line).toContain('sudo apt-get install -y chromium fonts-wqy-microhei');
  });

  it('names the packages without an apt command where there is no apt', () => {
    const plan = planPrereqs(['chromium'], { isRoot: true, hasApt: false });
    expect(plan).toMatchObject({ action: 'stop' });
    expect(plan.line).toContain('chromium');
    expect(plan.line).not.toContain('apt-get');
  });
});
