/**
 * `npm start` where Electron cannot start: the browser host. Options:
 *   --no-open           print a one-time launch URL instead of opening Chromium (a line on
 *                       stdin prints a fresh one: each works once, for 30 s)
 *   --port N            listen on this loopback port (default: a random one)
 *   --chromium PATH     the Chromium to open (default: CHROMIUM_PATH or /usr/bin/chromium)
 *   --seed-clouds FILE  import this clouds.yaml as profiles, refreshing those of the same name (their secrets too)
 *   --data-dir DIR      profiles and cache (default: NOVADESK_DATA_DIR or ~/.config/novadesk)
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findChromium } from './chromium.js';
import { describeFailure, failureSummary } from '../../failure-text.js';
import { installCrashHandlers } from './crash-log.js';
import { runBrowserHost, type RunningHost } from './run-host.js';

/** the host as it starts: it listens (and prints its link) before the app has loaded */
let starting: Promise<RunningHost> | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // a hung close must not keep a dead host around
    setTimeout(() => process.exit(code), 10_000).unref();
    // a start that fails closes what it opened itself
    const running = await starting?.catch(() => undefined);
    await running?.shutdown().catch((e: unknown) => console.error(`novadesk: while stopping: ${describeFailure(e)}`));
  }
  process.exit(code);
}

installCrashHandlers({ log: (line) => console.error(line), onFatal: () => void shutdown(70) });
// from the start: a signal while the app loads still closes the host and the window
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const { values } = parseArgs({
    options: {
      'no-open': { type: 'boolean', default: false },
      port: { type: 'string' },
      chromium: { type: 'string' },
      'seed-clouds': { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new Error(`--port ${values.port} is not a port number`);

  const dist = fileURLToPath(new URL('../../../', import.meta.url));
  const chromium = values['no-open'] ? undefined : findChromium(values.chromium);
  starting = runBrowserHost({
    dataDir: values['data-dir'] ?? process.env.NOVADESK_DATA_DIR ?? join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'novadesk'),
    rendererDir: join(dist, 'renderer'),
    bridgeFile: join(dist, 'browser-bridge', 'bridge.js'),
    ...(port !== undefined ? { port } : {}),
    ...(values['seed-clouds'] ? { seedClouds: values['seed-clouds'] } : {}),
    ...(chromium ? { chromium } : { linkRequests: process.stdin }),
  });
  const running = await starting;
  // closing the window ends the app, as with a desktop app
  void running.window?.exited.then(() => shutdown(0));
} catch (e) {
  // one line a user can act on; no stack trace for a busy port or an unreadable file
  console.error(`novadesk: could not start the browser host: ${failureSummary(e)}`);
  await shutdown(1);
}
