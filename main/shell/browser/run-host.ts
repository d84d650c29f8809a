import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createApp, type AppOptions, type NovadeskApp } from '../../app.js';
import { openAppWindow, type AppWindow } from './chromium.js';
import { ConsoleLinks } from './console-links.js';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from './host.js';
import { LAUNCH_CODE_TTL_MS } from './launch-codes.js';
import { writeLaunchPage, type LaunchPage } from './launch-page.js';

export interface RunOptions {
  dataDir: string;
  rendererDir: string;
  bridgeFile: string;
  port?: number;
  /** a clouds.yaml imported as profiles, refreshing those of the same name */
  seedClouds?: string;
  /** the Chromium to open; none: print a link instead */
  chromium?: string;
  /** without Chromium: each line read here prints a fresh link (stdin: press Enter) */
  linkRequests?: NodeJS.ReadableStream;
  print?: (line: string) => void;
  createApp?: (o: Pick<AppOptions, 'dataDir' | 'consoleWindows'>) => Promise<NovadeskApp>;
  launchCodeTtlMs?: number;
  now?: () => number;
  peerCheck?: BrowserHostOptions['peerCheck'];
}

export interface RunningHost {
  app: NovadeskApp;
  host: BrowserHost;
  /** the Chromium window, when one was opened */
  window?: AppWindow;
  /** the file:// page Chromium was given, until it is redeemed or expires */
  launchPage?: LaunchPage;
  shutdown(): Promise<void>;
}

/**
 * The browser host's start, without the process around it (cli.ts adds arguments, signals
 * and exit codes). The launch link never goes on a command line: Chromium gets a private
 * file:// page holding it; without Chromium it is printed, and a fresh one on request.
 */
export async function runBrowserHost(o: RunOptions): Promise<RunningHost> {
  const print = o.print ?? ((line: string) => console.log(line));
  // consoles open in the app's Chromium, through a one-time link the host answers
  const consoleLinks = new ConsoleLinks();
  const app = await (o.createApp ?? createApp)({ dataDir: o.dataDir, consoleWindows: consoleLinks });
  let host: BrowserHost;
  let launchPage: LaunchPage | undefined;
  try {
    if (o.seedClouds) await seed(app, o.seedClouds, print);
    const notice = app.profiles.secretStorage().notice;
    if (notice) print(`novadesk: ${notice}`);
    host = await startBrowserHost({
      router: app.router,
      events: app.events,
      rendererDir: o.rendererDir,
      bridgeFile: o.bridgeFile,
      consoleLinks,
      ...(o.port !== undefined ? { port: o.port } : {}),
      ...(o.launchCodeTtlMs !== undefined ? { launchCodeTtlMs: o.launchCodeTtlMs } : {}),
      ...(o.now ? { now: o.now } : {}),
      ...(o.peerCheck !== undefined ? { peerCheck: o.peerCheck } : {}),
      // the page's only content is the code, spent now
      onLaunchRedeemed: () => launchPage?.remove(),
    });
  } catch (e) {
    await app.close();
    throw e;
  }

  let window: AppWindow | undefined;
  let links: ReturnType<typeof createInterface> | undefined;
  if (o.chromium) {
    launchPage = writeLaunchPage(host.issueLaunchUrl());
    // an expired code is worth nothing; its page goes too
    setTimeout(() => launchPage?.remove(), o.launchCodeTtlMs ?? LAUNCH_CODE_TTL_MS).unref();
    window = openAppWindow(o.chromium, launchPage.fileUrl);
    print(`novadesk: browser host on ${host.origin}, opened in ${o.chromium} (pid ${window.child.pid})`);
  } else {
    // stdout, unlike a command line, is ours alone; the link works once, for 30 s
    const ttl = Math.round((o.launchCodeTtlMs ?? LAUNCH_CODE_TTL_MS) / 1000);
    print(`novadesk: browser host on ${host.origin}; open this one-time link within ${ttl} s (Enter prints a new one): ${host.issueLaunchUrl()}`);
    if (o.linkRequests) {
      links = createInterface({ input: o.linkRequests, terminal: false });
      links.on('line', () => print(`novadesk: one-time link: ${host.issueLaunchUrl()}`));
    }
  }

  let closing: Promise<void> | undefined;
  return {
    app,
    host,
    ...(window ? { window } : {}),
    ...(launchPage ? { launchPage } : {}),
    shutdown() {
      closing ??= (async () => {
        links?.close();
        await window?.close();
        launchPage?.remove();
        await host.close();
        await app.close();
      })();
      return closing;
    },
  };
}

async function seed(app: NovadeskApp, file: string, print: (line: string) => void): Promise<void> {
  const scan = await app.profiles.scanImportText({ path: file, text: readFileSync(file, 'utf8') });
  const replace = Object.fromEntries(scan.candidates.filter((c) => c.conflictsWith).map((c) => [c.name, { action: 'replace' as const }]));
  const applied = await app.profiles.applyImport({ scanId: scan.scanId, resolutions: replace });
  print(`novadesk: ${applied.created.length} profile(s) imported from ${file}, ${applied.replaced.length} refreshed`);
}
