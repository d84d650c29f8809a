/**
 * Remote consoles in Electron: main opens a window of its own on the console URL (it carries
 * Nova's token, so the renderer never sees it). Electron-free, like web-contents-guard.ts:
 * main.ts passes the few members of BrowserWindow and Session used here, tests pass fakes.
 */
import type { ConsoleWindows } from '../../console/console-windows.js';
import { WEB_PREFERENCES } from './policy.js';

/**
 * Its own session: the default session's CSP header hook (made for the app) would break noVNC,
 * and its cookies and storage are none of the console page's business.
 */
export const CONSOLE_PARTITION = 'novadesk-console';

export interface ConsoleSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

export interface ConsoleContents {
  on(event: 'page-title-updated', listener: (e: { preventDefault(): void }) => void): unknown;
}

export interface ConsoleBrowserWindow {
  webContents: ConsoleContents;
  loadURL(url: string): Promise<void>;
  once(event: 'closed', listener: () => void): unknown;
  close(): void;
}

export interface ConsoleWindowOptions {
  width: number;
  height: number;
  title: string;
  autoHideMenuBar: boolean;
  webPreferences: typeof WEB_PREFERENCES & { partition: string };
}

export interface ConsoleWindowDeps {
  createWindow(options: ConsoleWindowOptions): ConsoleBrowserWindow;
  session(partition: string): ConsoleSession;
}

/** The console page's origin, per webContents: the one place besides the app its guard lets it go. */
export class ConsoleOrigins {
  private readonly origins = new WeakMap<object, string>();

  allow(contents: object, url: string): void {
    this.origins.set(contents, new URL(url).origin);
  }

  allows(contents: object, url: string): boolean {
    const origin = this.origins.get(contents);
    if (!origin) return false;
    try {
      const u = new URL(url);
      return /^https?:$/.test(u.protocol) && u.origin === origin;
    } catch {
      return false;
    }
  }
}

/**
 * No preload (no bridge: the console page cannot reach the router), sandboxed and isolated
 * like the app's window, its own partition where every permission is refused, and the
 * server's name as a title the page cannot replace.
 */
export function consoleWindows(deps: ConsoleWindowDeps, origins: ConsoleOrigins): ConsoleWindows & { closeAll(): void } {
  let sessionReady = false;
  const open = new Set<ConsoleBrowserWindow>();
  return {
    /** with the app's window: a console left open would keep the app running without it */
    closeAll() {
      for (const w of [...open]) w.close();
    },
    async open({ url, title }) {
      if (!sessionReady) {
        const s = deps.session(CONSOLE_PARTITION);
        s.setPermissionRequestHandler((_c, _p, callback) => callback(false));
        s.setPermissionCheckHandler(() => false);
        sessionReady = true;
      }
      const win = deps.createWindow({
        width: 1040,
        height: 820,
        title: `${title} — console`,
        autoHideMenuBar: true,
        webPreferences: { ...WEB_PREFERENCES, partition: CONSOLE_PARTITION },
      });
      open.add(win);
      win.once('closed', () => open.delete(win));
      // before loading: the guard every webContents has already refuses other origins
      origins.allow(win.webContents, url);
      win.webContents.on('page-title-updated', (e) => e.preventDefault());
      await win.loadURL(url);
      return {};
    },
  };
}
