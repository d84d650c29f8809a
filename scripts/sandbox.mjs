#!/usr/bin/env node
// `npm run sandbox`: the local real cloud (brought up if needed), then Novadesk against it,
// with its own data dir and the cloud's four accounts imported as profiles.
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { E2E_PACKAGES, ensurePackages } from './prereqs.mjs';

const cloudsYaml = process.env.NOVADESK_CLOUDS_YAML ?? '/var/lib/novadesk-cloud/clouds.yaml';
const up = spawnSync('bash', ['e2e/cloud/up.sh'], { stdio: 'inherit' });
if (up.status !== 0) {
  console.error('novadesk sandbox: the local cloud did not come up (it needs Debian 12 and root); see the log above');
  process.exit(up.status ?? 1);
}
// the app window is Debian's Chromium where Electron cannot run; without it the host prints a link
const noBrowser = ensurePackages(E2E_PACKAGES.filter((p) => p.pkg === 'chromium'));
if (noBrowser) console.log(`novadesk sandbox: ${noBrowser}`);
const dataDir = process.env.NOVADESK_DATA_DIR ?? join(homedir(), '.config', 'novadesk-sandbox');
const start = spawnSync(
  process.execPath,
  ['scripts/start.mjs', '--build', '--seed-clouds', cloudsYaml, '--data-dir', dataDir, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(start.status ?? 0);
