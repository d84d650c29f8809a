import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';

// The real cli.ts as its own process (through tsx), as `npm start` runs it.
const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

interface Cli {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function runCli(args: string[], preload?: string): Cli {
  const tmp = mkdtempSync(join(tmpdir(), 'nd-cli-'));
  const imports = ['--import', 'tsx'];
  if (preload) {
    writeFileSync(join(tmp, 'preload.mjs'), preload);
    imports.push('--import', join(tmp, 'preload.mjs'));
  }
  const child = spawn(process.execPath, [...imports, CLI, '--no-open', '--data-dir', join(tmp, 'data'), ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, out: () => out, err: () => err, exited };
}

const LINK = /(http:\/\/127\.0\.0\.1:\d+\/launch\?code=[\w-]+)/g;
const links = (text: string) => [...text.matchAll(LINK)].map((m) => m[1]!);

describe('cli: failures at start', () => {
  let blocker: Server | undefined;
  afterEach(() => blocker?.close());

  it('a port in use: one clear line on stderr, no stack trace, exit code 1', async () => {
    blocker = createServer();
    await new Promise<void>((r) => blocker!.listen(0, '127.0.0.1', r));
    const cli = runCli(['--port', String((blocker.address() as AddressInfo).port)]);
    expect(await cli.exited).toBe(1);
    expect(cli.err().trim().split('\n')).toEqual([expect.stringMatching(/^novadesk: could not start the browser host: .*EADDRINUSE/)]);
    expect(cli.out()).not.toMatch(LINK);
  }, 60_000);

  it('createApp failing (data dir under a file): one clear line, exit code 1', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nd-cli-file-')), 'not-a-dir');
    writeFileSync(file, '');
    const cli = runCli(['--data-dir', join(file, 'data')]);
    expect(await cli.exited).toBe(1);
    expect(cli.err().trim().split('\n')).toEqual([expect.stringMatching(/^novadesk: could not start the browser host: ENOTDIR/)]);
  }, 60_000);
});

describe('cli: failures while running', () => {
  it('an unhandled rejection is logged redacted and the host keeps serving', async () => {
    // what a background reconcile() that fails looks like from outside: nobody awaits it
    const cli = runCli(
      [],
      `process.on('SIGUSR2', () => { Promise.reject(new Error('reconcile failed at http://admin:hunter2@keystone.test:5000/v3?token=gAAAAcanary')); });\n`,
    );
    await expect.poll(() => links(cli.out()).length, { timeout: 30_000 }).toBe(1);
    // once the host is up (the handlers are installed by then)
    cli.child.kill('SIGUSR2');
    await expect.poll(() => cli.err(), { timeout: 15_000 }).toContain('a background task failed');
    expect(cli.err()).toContain('reconcile failed at');
    expect(cli.err()).not.toContain('hunter2');
    expect(cli.err()).not.toContain('gAAAAcanary');
    expect(cli.child.exitCode).toBeNull();
    // still serving: a fresh link (a line on stdin) buys the session
    cli.child.stdin!.write('\n');
    await expect.poll(() => links(cli.out()).length, { timeout: 10_000 }).toBe(2);
    const r = await request(links(cli.out())[1]!);
    await r.body.dump();
    expect(r.statusCode).toBe(200);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  }, 60_000);

  it('an uncaught exception is logged redacted and stops the host with a non-zero code', async () => {
    const cli = runCli([], `process.on('SIGUSR2', () => { throw new Error('watcher broke on http://u:hunter2@nova.test/servers'); });\n`);
    await expect.poll(() => links(cli.out()).length, { timeout: 30_000 }).toBe(1);
    cli.child.kill('SIGUSR2');
    expect(await cli.exited).toBe(70);
    expect(cli.err()).toMatch(/novadesk: internal error, stopping: Error: watcher broke on http:\/\/u:\*\*\*@nova\.test\/servers/);
    expect(cli.err()).not.toContain('hunter2');
  }, 60_000);
});
