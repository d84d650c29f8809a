/**
 * Starts the real Novadesk (browser host, built) as its own process against the real local
 * cloud, with a fresh data dir seeded from the cloud's clouds.yaml.
 *
 * Launch links work once and for 30 s, so a spec asks for a fresh one when it opens a page:
 * `await app.open(page)`. The host prints one on stdout for each line it reads on stdin
 * (`--no-open`); pipes are private to this process, unlike a command line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CLOUDS_YAML } from './local-cloud.js';

export interface RunningApp {
  origin: string;
  dataDir: string;
  output: () => string;
  /** a fresh one-time launch link (it retires any earlier unused one) */
  launchLink(): Promise<string>;
  /**
   * Signs `page`'s context in with a fresh link and waits for the app at `/`; then goes to
   * `route` (a hash route such as '#/profiles') when given.
   */
  open(page: Page, route?: string): Promise<void>;
  stop(): Promise<void>;
}

const LINK = /(http:\/\/127\.0\.0\.1:\d+\/launch\?code=[\w-]+)/g;

export interface StartOptions {
  /** profiles from the local cloud's clouds.yaml (default), from another clouds.yaml, or none */
  seed?: boolean | string;
  /** an existing data folder, kept at stop (profiles and cached lists from an earlier run) */
  dataDir?: string;
  /** what the host's process gets besides this one's (a file picker program, NOVADESK_FILE_PICKER) */
  env?: Record<string, string>;
}

export async function startNovadesk(opts: StartOptions = {}): Promise<RunningApp> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'novadesk-e2e-'));
  // NOVADESK_E2E_CLI: a private build (proving a spec red against changed sources without
  // touching the dist/ that others' runs use)
  const args = [process.env.NOVADESK_E2E_CLI ?? 'dist/main/shell/browser/cli.js', '--no-open', '--data-dir', dataDir];
  if (opts.seed !== false) args.push('--seed-clouds', typeof opts.seed === 'string' ? opts.seed : CLOUDS_YAML);
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}) });
  let out = '';
  let stdout = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const links = () => [...stdout.matchAll(LINK)].map((m) => m[1]!);

  /** The link numbered `n` (0-based) in what the host printed. */
  const nthLink = (n: number, what: string) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`Novadesk printed no ${what}:\n${out}`)), 30_000);
      const check = () => {
        const link = links()[n];
        if (link) done(undefined, link);
      };
      const exited = (code: number | null) => done(new Error(`Novadesk exited with ${code}:\n${out}`));
      function done(err?: Error, link?: string) {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        child.off('exit', exited);
        if (err) reject(err);
        else resolve(link!);
      }
      child.stdout?.on('data', check);
      child.once('exit', exited);
      check();
    });

  // the link printed at start only tells the origin: it may expire before a page opens
  const origin = new URL(await nthLink(0, 'launch link')).origin;
  // one request at a time, so each caller gets the link its own line asked for
  let queue: Promise<unknown> = Promise.resolve();
  const launchLink = () => {
    const next = queue.then(() => {
      const n = links().length;
      child.stdin?.write('\n');
      return nthLink(n, 'fresh launch link');
    });
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    origin,
    dataDir,
    output: () => out,
    launchLink,
    async open(page, route = '') {
      await page.goto(await launchLink());
      // the launch page moves on to / by itself (and the session cookie goes with it)
      await page.waitForURL(`${origin}/`);
      if (route) await page.goto(`${origin}/${route}`);
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
