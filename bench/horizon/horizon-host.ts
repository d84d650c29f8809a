/**
 * Horizon as a contender (issue 17): Debian 12's openstack-dashboard (Zed) under Apache and
 * mod_wsgi, on 127.0.0.1 only, for the length of a bench run. Apache runs from a config of our
 * own (never Debian's sites, which listen on every address); Horizon keeps Debian's settings,
 * its LocMem cache and sessions and API_RESULT_PAGE_SIZE of 20, with one file added to
 * local_settings.d for the local cloud's Keystone, removed again on stop. Needs root.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apacheConfig, HORIZON_SETTINGS } from './horizon-config.js';
import { ensureHorizonPackages } from './horizon-packages.js';

const SETTINGS_FILE = '/etc/openstack-dashboard/local_settings.d/_9000_novadesk_bench.py';

export interface HorizonHost {
  /** e.g. http://127.0.0.1:40123/horizon */
  base: string;
  /** apt install, when the packages were missing (first run on a machine) */
  installMs: number | undefined;
  /** from `apache2 -k start` to the login page answering (Django's import included) */
  startMs: number;
  /** resident memory of Apache and its mod_wsgi daemon, MB */
  rssMb(): number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The pids of a process and all its descendants. */
function tree(root: number): number[] {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, ppid] of rows) if (ppid === out[i]) out.push(pid);
  return out;
}

function rssMbOf(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '');
    kb += m ? Number(m[1]) : 0;
  }
  return kb / 1024;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) }).then((r) => r.status, () => 0);
    if (status === 200) return;
    if (Date.now() > end) throw new Error(`Horizon did not answer ${url} within ${timeoutMs / 1000} s (last status ${status})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function startHorizon(): Promise<HorizonHost> {
  if (process.getuid?.() !== 0) throw new Error('Horizon needs root: it is installed with apt and run by Apache');
  const installMs = ensureHorizonPackages();
  const dir = mkdtempSync(join(tmpdir(), 'novadesk-horizon-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const conf = join(dir, 'httpd.conf');
  writeFileSync(SETTINGS_FILE, HORIZON_SETTINGS);
  writeFileSync(conf, apacheConfig(dir, port));
  const apache = (verb: 'start' | 'stop') => execFileSync('apache2', ['-f', conf, '-k', verb], { stdio: ['ignore', 'ignore', 'pipe'] });
  const t0 = performance.now();
  apache('start');
  const pidFile = join(dir, 'apache2.pid');
  const base = `http://127.0.0.1:${port}/horizon`;
  const stop = async () => {
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : undefined;
    try {
      if (pid) apache('stop');
      for (let i = 0; pid && i < 60 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 250));
    } finally {
      rmSync(SETTINGS_FILE, { force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await waitFor(`${base}/auth/login/`, 120_000);
  } catch (e) {
    const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8').slice(-1500) : '';
    await stop();
    throw new Error(`${(e as Error).message}\n${log}`);
  }
  const startMs = performance.now() - t0;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return { base, installMs, startMs, rssMb: () => rssMbOf(tree(pid)), stop };
}
