import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
// types only: the app's modules (the client library, zod, conf, undici) load after the host
// listens and Chromium is on its way, so the two starts overlap (issue 17, T5)
import type { AppOptions, NovadeskApp } from '../../app.js';
import type { Router } from '../../ipc/router.js';
import type { EventBus } from '../../events.js';
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
 *
 * The host listens and Chromium starts first; the app (profiles, the clouds' clients) loads
 * meanwhile, and IPC calls that come before it is ready wait for it. Resolves once the app is
 * up; if it cannot start, the window and the host are closed and the promise rejects.
 */
export async function runBrowserHost(o: RunOptions): Promise<RunningHost> {
  const print = o.print ?? ((line: string) => console.log(line));
  // consoles open in the app's Chromium, through a one-time link the host answers
  const consoleLinks = new ConsoleLinks();
  let launchPage: LaunchPage | undefined;
  let started: NovadeskApp | undefined;
  // settled once the app is up (or could not start); the host is given it before it loads
  let settle!: { resolve: (a: NovadeskApp) => void; reject: (e: unknown) => void };
  const appStart = new Promise<NovadeskApp>((resolve, reject) => (settle = { resolve, reject }));
  // a failure is reported below, once the window is open; never as an unhandled rejection
  appStart.catch(() => undefined);
  const router: Router = { dispatch: async (channel, input) => (await appStart).router.dispatch(channel, input) };
  const events: Pick<EventBus, 'subscribe'> = {
    subscribe(listener) {
      let off: (() => void) | undefined;
      let gone = false;
      void appStart.then(
        (a) => {
          if (!gone) off = a.events.subscribe(listener);
        },
        () => undefined,
      );
      return () => {
        gone = true;
        off?.();
      };
    },
  };

  const host = await startBrowserHost({
    router,
    events,
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
  void (async () => {
    const create = o.createApp ?? (await import('../../app.js')).createApp;
    const a = await create({ dataDir: o.dataDir, consoleWindows: consoleLinks });
    started = a;
    if (o.seedClouds) await seed(a, o.seedClouds, print);
    // the servers the window opens on are asked for while Chromium starts
    void a.warmUp();
    const notice = a.profiles.secretStorage().notice;
    if (notice) print(`novadesk: ${notice}`);
    return a;
  })().then(settle.resolve, settle.reject);

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
  const shutdown = () => {
    closing ??= (async () => {
      links?.close();
      await window?.close();
      launchPage?.remove();
      await host.close();
      await started?.close();
    })();
    return closing;
  };
  try {
    return { app: await appStart, host, ...(window ? { window } : {}), ...(launchPage ? { launchPage } : {}), shutdown };
  } catch (e) {
    await shutdown();
    throw e;
  }
}

async function seed(app: NovadeskApp, file: string, print: (line: string) => void): Promise<void> {
  const scan = await app.profiles.scanImportText({ path: file, text: readFileSync(file, 'utf8') });
  const replace = Object.fromEntries(scan.candidates.filter((c) => c.conflictsWith).map((c) => [c.name, { action: 'replace' as const }]));
  const applied = await app.profiles.applyImport({ scanId: scan.scanId, resolutions: replace });
  print(`novadesk: ${applied.created.length} profile(s) imported from ${file}, ${applied.replaced.length} refreshed`);
}
