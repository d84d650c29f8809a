/** What results.md records about the machine, so a number can be read against its hardware. */
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
  };
}
