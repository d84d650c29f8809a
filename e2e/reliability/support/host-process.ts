/**
 * The browser host (`node dist/main/shell/browser/cli.js`) as its own process, driven over
 * its HTTP IPC exactly as the bridge script drives it: one-time launch link → session cookie
 * → `POST /ipc/<channel>`, plus the `/events` stream. stdout and stderr are kept apart so a
 * test can search what the process printed.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { request, type IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import type { Result } from '../../../shared/errors.js';

const REPO = new URL('../../../', import.meta.url).pathname;
/** A private build, so the test runs the current sources and never races someone's `npm run build`. */
const OUT_DIR = new URL('../.build/', import.meta.url).pathname;
let built: Promise<string> | undefined;

/** `tsc -p tsconfig.main.json` into e2e/reliability/.build; resolves to the CLI's path. */
export function buildHost(): Promise<string> {
  built ??= promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.main.json', '--outDir', OUT_DIR], { cwd: REPO, maxBuffer: 16 << 20 })
    .catch((e: { stdout?: string }) => {
      // tsc emits even with type errors (someone mid-edit); only a missing CLI is fatal
      if (!e.stdout) throw e;
    })
    .then(() => `${OUT_DIR}main/shell/browser/cli.js`);
  return built;
}

export interface HostProcess {
  origin: string;
  stdout(): string;
  stderr(): string;
  /** every raw SSE frame received on /events */
  events: string[];
  ipc(channel: string, input: unknown): Promise<{ result: Result<unknown>; text: string }>;
  stop(): Promise<number | null>;
}

function send(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ res: IncomingMessage; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ res, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

export async function startHost(cli: string, args: string[]): Promise<HostProcess> {
  const child: ChildProcess = spawn(process.execPath, [cli, '--no-open', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start:\n${out}\n${err}`)), 60_000);
    const check = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/launch\?code=\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => reject(new Error(`the host exited with ${code}:\n${out}\n${err}`)));
  });
  const origin = new URL(launchUrl).origin;
  const launch = await send(launchUrl, {});
  const cookie = String(launch.res.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  if (!cookie) throw new Error(`launch gave no cookie (${launch.res.statusCode})`);

  const events: string[] = [];
  const stream = request(`${origin}/events`, { headers: { cookie } }, (res) => res.on('data', (d: Buffer) => events.push(d.toString())));
  stream.on('error', () => undefined);
  stream.end();

  return {
    origin,
    stdout: () => out,
    stderr: () => err,
    events,
    async ipc(channel, input) {
      const { text } = await send(`${origin}/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return { result: JSON.parse(text) as Result<unknown>, text };
    },
    async stop() {
      stream.destroy();
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
