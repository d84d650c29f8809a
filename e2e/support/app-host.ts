/**
 * Starts the real Novadesk (browser host, built) as its own process against the real local
 * cloud, with a fresh data dir seeded from the cloud's clouds.yaml.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOUDS_YAML } from './local-cloud.js';

export interface RunningApp {
  launchUrl: string;
  origin: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function startNovadesk(opts: { seed?: boolean } = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'novadesk-e2e-'));
  const args = ['dist/main/shell/browser/cli.js', '--no-open', '--data-dir', dataDir];
  if (opts.seed !== false) args.push('--seed-clouds', CLOUDS_YAML);
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Novadesk did not start:\n${out}`)), 30_000);
    const check = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/launch\?code=\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`Novadesk exited with ${code}:\n${out}`)));
  });
  return {
    launchUrl,
    origin: new URL(launchUrl).origin,
    dataDir,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
