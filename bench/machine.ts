/** What results.md records about the machine, so a number can be read against its hardware. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { run } from './proc.js';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  openstack: string;
  curl: string;
  date: string;
  loadStart: string;
  /** what was measured: the app's commit and the packages each contender ran */
  versions: Versions;
}

export interface Versions {
  novadesk: string;
  chromium: string;
  /** the cloud's Debian packages, e.g. 'nova-api 2:26.2.2-1' */
  openstack: string[];
}

/** The cloud's services as Debian packaged them (e2e/cloud installs them with apt). */
const CLOUD_PACKAGES = ['keystone', 'nova-api', 'glance-api', 'neutron-server', 'cinder-api', 'placement-api'];

/** `package version` for each installed one of `packages`. */
export function debVersions(packages: string[]): string[] {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Version} ${db:Status-Abbrev}\n', ...packages], { encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .filter((l) => l.trim().endsWith('ii'))
    .map((l) => l.trim().split(' ').slice(0, 2).join(' '));
}

function gitCommit(): string {
  const r = spawnSync('git', ['log', '-1', '--format=%h %cI%n'], { encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim() !== '';
  return r.status === 0 ? `${r.stdout.trim()}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown';
}

export const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

function cpuModel(): string {
  const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
  return m?.[1] ?? cpus()[0]?.model ?? 'unknown';
}

export async function machine(): Promise<Machine> {
  const version = async (cmd: string) => {
    const r = await run(cmd, ['--version']);
    return (r.stdout || r.stderr).split('\n')[0]!.trim();
  };
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    openstack: `${await version('openstack')} (python3-openstackclient)`,
    curl: (await version('curl')).split(' ').slice(0, 2).join(' '),
    date: new Date().toISOString(),
    loadStart: load(),
    versions: {
      novadesk: gitCommit(),
      chromium: await version(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium').catch(() => 'not found'),
      openstack: debVersions(CLOUD_PACKAGES),
    },
  };
}
