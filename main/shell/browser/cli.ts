/**
 * `npm start` where Electron cannot start: the browser host. Options:
 *   --no-open           print the one-time launch URL instead of opening Chromium
 *   --port N            listen on this loopback port (default: a random one)
 *   --chromium PATH     the Chromium to open (default: CHROMIUM_PATH or /usr/bin/chromium)
 *   --seed-clouds FILE  import this clouds.yaml as profiles, refreshing those of the same name (their secrets too)
 *   --data-dir DIR      profiles and cache (default: NOVADESK_DATA_DIR or ~/.config/novadesk)
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../../app.js';
import { openAppWindow, findChromium } from './chromium.js';
import { startBrowserHost } from './host.js';

const { values } = parseArgs({
  options: {
    'no-open': { type: 'boolean', default: false },
    port: { type: 'string' },
    chromium: { type: 'string' },
    'seed-clouds': { type: 'string' },
    'data-dir': { type: 'string' },
  },
});

const dist = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = values['data-dir'] ?? process.env.NOVADESK_DATA_DIR ?? join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'novadesk');

const app = await createApp({ dataDir });
if (values['seed-clouds']) {
  const file = values['seed-clouds'];
  const scan = await app.profiles.scanImportText({ path: file, text: readFileSync(file, 'utf8') });
  const replace = Object.fromEntries(scan.candidates.filter((c) => c.conflictsWith).map((c) => [c.name, { action: 'replace' as const }]));
  const applied = await app.profiles.applyImport({ scanId: scan.scanId, resolutions: replace });
  console.log(`novadesk: ${applied.created.length} profile(s) imported from ${file}, ${applied.replaced.length} refreshed`);
}
const secretNotice = app.profiles.secretStorage().notice;
if (secretNotice) console.log(`novadesk: ${secretNotice}`);

const host = await startBrowserHost({
  router: app.router,
  events: app.events,
  rendererDir: join(dist, 'renderer'),
  bridgeFile: join(dist, 'browser-bridge', 'bridge.js'),
  ...(values.port ? { port: Number(values.port) } : {}),
});

const chromium = values['no-open'] ? undefined : findChromium(values.chromium);
if (chromium) {
  const child = openAppWindow(chromium, host.launchUrl);
  console.log(`novadesk: browser host on ${host.origin}, opened in ${chromium} (pid ${child.pid})`);
  child.on('exit', () => void shutdown());
} else {
  console.log(`novadesk: browser host on ${host.origin}; open this one-time link in a browser: ${host.launchUrl}`);
}

async function shutdown(): Promise<void> {
  await host.close();
  await app.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
