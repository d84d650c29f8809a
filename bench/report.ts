/** bench/results.md: the machine, the method, both tables, and what limits each case. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { goalsTable, resultsTable, type CaseResult } from './harness.js';
import type { Machine } from './machine.js';

/** Everything below this line in results.md is written by hand and kept across runs. */
const KEEP = '<!-- hand-written notes below: kept by npm run bench -->';

/** `horizon`: its package version, when it took part. */
export function writeResults(path: string, m: Machine, loadEnd: string, argv: string[], results: CaseResult[], horizon?: string): void {
  // everything after the first marker; a marker repeated by an old version is dropped, not its text
  const kept = existsSync(path) ? readFileSync(path, 'utf8').split(KEEP).slice(1).join('') : undefined;
  const text = [
    '# Benchmarks (issues 7 and 17)',
    '',
    `Written by \`npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}\` against the local cloud (e2e/cloud, OpenStack Zed on 127.0.0.1).`,
    'Contenders run alternately, in rotating order, for several rounds after one warm-up round; every number is a median.',
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpu}, ${m.cores} cores; RAM ${m.ramGb} GB`,
    `- Node ${m.node}; ${m.openstack}; ${m.curl}`,
    `- Novadesk ${m.versions.novadesk}; ${m.versions.chromium}${horizon ? `; Horizon: ${horizon}` : ''}`,
    `- the cloud: ${m.versions.openstack.join(', ')} (Debian 12 packages, OpenStack Zed)`,
    `- date ${m.date}`,
    `- load average (1, 5, 15 min): ${m.loadStart} at start, ${loadEnd} at the end. The machine is shared: the cloud itself and other engineers' tests run on it during the run, so the load moves the numbers; the contenders alternate so it moves them alike.`,
    '',
    '## Results',
    '',
    resultsTable(results),
    '',
    '## Goals (targets, not assertions)',
    '',
    goalsTable(results),
    '',
    '## What limits each case (from this run)',
    '',
    ...results.flatMap((r) => r.notes.map((n) => `- **${r.name}**: ${n}`)),
    '',
    KEEP,
    kept ?? '\n',
  ].join('\n');
  writeFileSync(path, text);
}
