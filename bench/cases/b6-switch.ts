/**
 * B6 switch: the cached list on screen after a cloud switch (goal ≤ 100 ms). A hook only:
 * it needs the servers screen and the cloud switcher. When they exist: start the app with
 * startNovadesk (e2e/support/app-host.ts), open two clouds once so each has a cached list,
 * then time from the switcher's click to the other cloud's first row (a Playwright
 * `waitForSelector` on a row of that cloud), alternating the two clouds over several rounds.
 */
import type { CaseResult } from '../harness.js';

export function b6Switch(): CaseResult {
  return {
    name: 'B6 switch',
    rows: [{ contender: 'cached list on screen after a cloud switch', median: '—', detail: 'not measured: needs the servers screen and cloud switcher' }],
    goals: [{ goal: '≤ 100 ms', measured: 'not measured yet', met: undefined }],
    notes: ['B6 waits for the servers screen and the cloud switcher, being built now; the hook is bench/cases/b6-switch.ts.'],
  };
}
