/**
 * Navigation, redirect, new-window and webview guards for EVERY webContents the app ever
 * creates (windows, devtools, anything a future change adds), not only the main window: the
 * app listens to 'web-contents-created' once. Electron-free so that tests drive it with fakes;
 * the shapes below are the few members of Electron's App and WebContents it uses.
 */
import { externalLinkAllowed, navigationAllowed } from './policy.js';

export interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

export interface GuardableContents {
  on(event: 'will-navigate', listener: (e: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (e: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (e: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (e: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface ContentsSource {
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardableContents) => void): unknown;
}

/** Where else a given webContents may go: a console window, its console's origin (console-window.ts). */
export type AlsoAllowed = (contents: GuardableContents, url: string) => boolean;

/**
 * One webContents: it stays on app://novadesk (or, for a console window, its console's
 * origin), opens no window, attaches no webview.
 */
export function guardWebContents(contents: GuardableContents, openExternal: (url: string) => void, alsoAllowed: AlsoAllowed = () => false): void {
  const refuseLeaving = (e: NavigationEvent) => {
    if (!navigationAllowed(e.url) && !alsoAllowed(contents, e.url)) e.preventDefault();
  };
  contents.on('will-navigate', refuseLeaving);
  // subframes and a redirect of an allowed navigation would otherwise get past will-navigate
  contents.on('will-frame-navigate', refuseLeaving);
  contents.on('will-redirect', refuseLeaving);
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (externalLinkAllowed(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Guards each webContents as it is created; call once, before the first window. */
export function guardAllWebContents(app: ContentsSource, openExternal: (url: string) => void, alsoAllowed?: AlsoAllowed): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal, alsoAllowed));
}
