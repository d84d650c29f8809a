/** Debian's Horizon, installed on first use; its daemons are never started by the install. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const PACKAGES = ['openstack-dashboard', 'openstack-dashboard-apache'];
const POLICY = '/usr/sbin/policy-rc.d';

function installed(): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}\n', ...PACKAGES], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().split('\n').every((l) => l.startsWith('ii'));
}

/** Installs what is missing; the time it took, or undefined when nothing was. */
export function ensureHorizonPackages(): number | undefined {
  if (installed()) return undefined;
  const t0 = performance.now();
  // without systemd, the maintainer scripts would start Debian's Apache on every address
  const ownPolicy = !existsSync(POLICY);
  if (ownPolicy) writeFileSync(POLICY, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', ...PACKAGES], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    // openstack-dashboard's postinst can fail once in `manage.py compress --force`; configuring again completes it
    if (apt.status !== 0) execFileSync('dpkg', ['--configure', '-a'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  } finally {
    if (ownPolicy) rmSync(POLICY, { force: true });
  }
  if (!installed()) throw new Error(`could not install ${PACKAGES.join(' ')} with apt-get`);
  return performance.now() - t0;
}
