/**
 * The Electron shell: one window, locked down (DESIGN.md decision 11). Everything behind the
 * router is shared with the browser host; only this folder and the preload import electron.
 */
import { app, BrowserWindow, dialog, ipcMain, net, protocol, safeStorage, session, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createApp } from '../../app.js';
import { CHANNELS } from '../../../shared/ipc/contract.js';
import { appProtocolHandler } from './app-protocol.js';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, WEB_PREFERENCES, senderAllowed } from './policy.js';
import { installFailureHandlers, startOrFail, type FailureDeps } from './start-or-fail.js';
import { ConsoleOrigins, consoleWindows } from './console-window.js';
import { guardAllWebContents } from './web-contents-guard.js';

// compiled to dist/main/shell/electron/main.js: dist/ holds renderer/ and preload/ too
const root = fileURLToPath(new URL('../../../', import.meta.url));
const rendererDir = join(root, 'renderer');
const preload = join(root, 'preload', 'preload.cjs');

// a failure must end the process: a windowless one would keep the single-instance lock
const failure: FailureDeps = {
  showErrorBox: (title, content) => dialog.showErrorBox(title, content),
  exit: (code) => app.exit(code),
  log: (line) => console.error(line),
};
installFailureHandlers(process, failure);

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// every webContents, from the first: windows, devtools, whatever opens later; a console
// window may also stay on its console's origin
const consoleOrigins = new ConsoleOrigins();
guardAllWebContents(app, (url) => void shell.openExternal(url), (contents, url) => consoleOrigins.allows(contents, url));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void startOrFail(start, failure);
}

async function start(): Promise<void> {
  await app.whenReady();
  const consoles = consoleWindows({ createWindow: (options) => new BrowserWindow(options), session: (partition) => session.fromPartition(partition) }, consoleOrigins);
  const novadesk = await createApp({
    dataDir: app.getPath('userData'),
    safeStorage,
    consoleWindows: consoles,
    filePicker: {
      openFile: async (title) => (await dialog.showOpenDialog({ title, properties: ['openFile'] })).filePaths[0],
      saveFile: async (title, defaultPath) => (await dialog.showSaveDialog({ title, defaultPath })).filePath || undefined,
    },
  });
  // the servers the window opens on are asked for while it loads
  void novadesk.warmUp();

  // the renderer is served from app://novadesk, never file://; the handler sets the CSP itself
  protocol.handle(APP_SCHEME, appProtocolHandler({ rendererDir, fetchFile: (fileUrl) => net.fetch(fileUrl) }));

  // for anything that is not app:// (the handler's answers never pass through here)
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
  const unsubscribe = novadesk.events.subscribe((event, payload) => {
    if (!win.isDestroyed()) win.webContents.send(event, payload);
  });
  win.once('ready-to-show', () => win.show());
  win.once('closed', () => consoles.closeAll());
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
