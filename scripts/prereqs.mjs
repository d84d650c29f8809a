// What the test suites and the sandbox need from Debian beyond npm packages, and how to get it.
// `npm ci && npm test` must work on a fresh machine: as root we install what is missing (as
// e2e/cloud/up.sh does for the cloud); otherwise we stop at once with one line that says what
// is missing and the command that installs it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian package → how to tell it is there without asking dpkg (a path it installs). */
export const E2E_PACKAGES = [
  // Playwright drives Debian's Chromium; its own browser download cannot work here
  { pkg: 'chromium', present: (env) => existsSync(env.CHROMIUM_PATH || '/usr/bin/chromium') },
  // the Electron smoke spec needs a display where an Electron binary exists
  { pkg: 'xvfb', present: () => existsSync('/usr/bin/xvfb-run') },
  // zh-CN screenshots show text, not boxes
  { pkg: 'fonts-wqy-microhei', present: () => existsSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc') },
];

export const APT_INSTALL = ['apt-get', 'install', '-y', '-q', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600'];

/**
 * The decision, pure: nothing missing → ok; root with apt → install; otherwise → stop with
 * one line naming the packages and the command.
 */
export function planPrereqs(missing, { isRoot, hasApt }) {
  if (missing.length === 0) return { action: 'ok' };
  if (isRoot && hasApt) return { action: 'install', packages: missing };
  const how = hasApt ? `sudo apt-get install -y ${missing.join(' ')}` : `install ${missing.join(', ')} from your distribution`;
  return { action: 'stop', line: `missing for the end-to-end tests: ${missing.join(', ')}; install with: ${how}` };
}

/** Installs what is missing when it can; returns undefined when ready, else the one line. */
export function ensurePackages(wanted = E2E_PACKAGES, env = process.env) {
  const missing = wanted.filter((w) => !w.present(env)).map((w) => w.pkg);
  const plan = planPrereqs(missing, { isRoot: process.getuid?.() === 0, hasApt: existsSync('/usr/bin/apt-get') });
  if (plan.action === 'ok') return undefined;
  if (plan.action === 'stop') return plan.line;
  console.log(`installing ${plan.packages.join(', ')} from Debian's archive`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-q', '-o', 'DPkg::Lock::Timeout=600'], { stdio: 'inherit', env: aptEnv });
  const install = update.status === 0 && spawnSync(APT_INSTALL[0], [...APT_INSTALL.slice(1), ...plan.packages], { stdio: 'inherit', env: aptEnv });
  const still = wanted.filter((w) => !w.present(env)).map((w) => w.pkg);
  if (install && install.status === 0 && still.length === 0) return undefined;
  return `could not install ${still.join(', ')} (apt-get failed, see above); install with: apt-get install -y ${still.join(' ')}`;
}
