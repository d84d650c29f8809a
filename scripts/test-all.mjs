#!/usr/bin/env node
// `npm test`: every suite, against the real local cloud (brought up first when needed).
// Prints one "<suite>: N passed, N failed" line per runner; exits non-zero if anything
// failed or no test ran at all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { ensurePackages } from './prereqs.mjs';

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const started = Date.now();
const summaries = [];
let failed = false;

function run(label, cmd, args, env = {}) {
  const t = Date.now();
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  console.log(`=== ${label} finished in ${secs} s (exit ${r.status})`);
  if (r.status !== 0) failed = true;
  return r.status === 0;
}

function vitestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const j = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + (j.numTodoTests ?? 0) };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: s.expected + (s.flaky ?? 0), failed: s.unexpected, skipped: s.skipped };
}

// Before anything else, so that a machine that lacks the browser learns it in one line at once
// rather than after twenty minutes of other suites.
if (want('e2e')) {
  const missing = ensurePackages();
  if (missing) {
    console.error(`npm test: ${missing}`);
    process.exit(1);
  }
}

mkdirSync('reports', { recursive: true });

if (want('static')) {
  run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
  run('lint', 'npm', ['run', '--silent', 'lint']);
}
if (want('unit')) {
  run('unit', 'npx', ['vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json']);
  summaries.push(['vitest unit', vitestCounts('reports/unit.json')]);
}
let cloudDown = false;
if (want('integration') || want('e2e')) {
  cloudDown = !run('local cloud', 'bash', ['e2e/cloud/up.sh']);
  if (cloudDown) summaries.push(['local cloud', { passed: 0, failed: 1, skipped: 0 }]);
}
// Without the cloud every integration and e2e test would fail on ECONNREFUSED and bury
// up.sh's own error (printed above) under hundreds of lines.
if (cloudDown) {
  console.error('the local cloud did not come up (see up.sh above); integration and e2e tests not run');
} else if (want('integration')) {
  run('integration', 'npx', ['vitest', 'run', '--project', 'integration', '--reporter=default', '--reporter=json', '--outputFile.json=reports/integration.json']);
  summaries.push(['vitest integration', vitestCounts('reports/integration.json')]);
}
if (!cloudDown && want('e2e')) {
  run('build', 'npm', ['run', '--silent', 'build']);
  run('e2e', 'npx', ['playwright', 'test']);
  summaries.push(['playwright e2e', playwrightCounts('reports/e2e.json')]);
}

console.log('\n=== summary');
let total = 0;
for (const [label, c] of summaries) {
  total += c.passed + c.failed;
  if (c.failed > 0) failed = true;
  console.log(`${label}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
}
console.log(`all suites: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (total === 0) {
  console.error('no test executed');
  process.exit(1);
}
process.exit(failed ? 1 : 0);
