/**
 * Child processes, timed from spawn to exit: that is what a user waits for when typing
 * `openstack server list` or running a script.
 */
import { spawn } from 'node:child_process';

export interface ProcResult {
  ms: number;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr.slice(-800)}`));
      else resolve({ ms, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}

/**
 * Runs under GNU time, which appends the child's peak resident set (KB) as the last line of
 * stderr: the same meter for a Node child and for Python's `openstack`.
 */
export async function runWithMaxRss(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<ProcResult & { maxRssMb: number }> {
  const r = await run('/usr/bin/time', ['-f', '%M', cmd, ...args], env ? { env } : {});
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return { ...r, maxRssMb: kb / 1024 };
}
