/**
 * The Electron shell: one window, locked down (DESIGN.md decision 11). Everything behind the
 * router is shared with the browser host; only this folder and the preload import electron.
 */
import { app, BrowserWindow, ipcMain, net, protocol, safeStorage, session, shell } from 'electron';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, normalize, sep } from 'node:path';
import { createApp } from '../../app.js';
import { CHANNELS } from '../../../shared/ipc/contract.js';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  WEB_PREFERENCES,
  externalLinkAllowed,
  navigationAllowed,
  senderAllowed,
} from './policy.js';

// compiled to dist/main/shell/electron/main.js: dist/ holds renderer/ and preload/ too
const root = fileURLToPath(new URL('../../../', import.meta.url));
const rendererDir = join(root, 'renderer');
const preload = join(root, 'preload', 'preload.cjs');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const novadesk = await createApp({ dataDir: app.getPath('userData'), safeStorage });

  // the renderer is served from app://novadesk, never file://
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('not found', { status: 404 });
    const file = normalize(join(rendererDir, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
    if (!file.startsWith(rendererDir + sep)) return new Response('not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!senderAllowed(event.senderFrame)) {
        return { ok: false, error: { kind: 'forbidden', message: 'IPC from an unexpected frame' } };
      }
      return novadesk.router.dispatch(channel, input);
    });
  }

  const win = new BrowserWindow({ width: 1280, height: 820, show: false, webPreferences: { ...WEB_PREFERENCES, preload } });
  win.webContents.on('will-navigate', (e, url) => {
    if (!navigationAllowed(url)) e.preventDefault();
  });
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (externalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const unsubscribe = novadesk.events.subscribe((event, payload) => {
    if (!win.isDestroyed()) win.webContents.send(event, payload);
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(`${APP_ORIGIN}/index.html`);

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    unsubscribe();
    void novadesk.close().finally(() => app.quit());
  });
}
