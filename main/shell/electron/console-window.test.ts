import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CONSOLE_PARTITION, ConsoleOrigins, consoleWindows, type ConsoleSession, type ConsoleWindowOptions } from './console-window.js';
import { WEB_PREFERENCES } from './policy.js';
import { FakeContents } from '../../../e2e/support/fake-web-contents.js';
import { guardAllWebContents } from './web-contents-guard.js';

const CONSOLE_URL = 'http://127.0.0.1:6080/vnc_lite.html?path=%3Ftoken%3D6a3c1e0b-5b8e-4b6e-9d0f-2c1f3a7d9e11';

/** Electron as far as the console window uses it: every webContents is guarded on creation, as main.ts does. */
function setUp() {
  const app = new EventEmitter();
  const origins = new ConsoleOrigins();
  guardAllWebContents(app, () => undefined, (c, url) => origins.allows(c, url));
  const windows: Array<{ options: ConsoleWindowOptions; contents: FakeContents; loaded: string[]; closed: boolean }> = [];
  const sessions: Array<{ partition: string; granted: boolean[]; check: () => boolean }> = [];
  const deps = {
    createWindow(options: ConsoleWindowOptions) {
      const contents = new FakeContents();
      app.emit('web-contents-created', {}, contents);
      const events = new EventEmitter();
      const w = { options, contents, loaded: [] as string[], closed: false };
      windows.push(w);
      return {
        webContents: contents,
        loadURL: async (url: string) => void w.loaded.push(url),
        once: (event: 'closed', listener: () => void) => events.once(event, listener),
        close: () => {
          w.closed = true;
          events.emit('closed');
        },
      };
    },
    session(partition: string): ConsoleSession {
      const s = { partition, granted: [] as boolean[], check: () => true };
      sessions.push(s);
      return {
        setPermissionRequestHandler: (h) => h({}, 'media', (g) => s.granted.push(g)),
        setPermissionCheckHandler: (h) => (s.check = h),
      };
    },
  };
  return { app, origins, windows, sessions, consoles: consoleWindows(deps, origins) };
}

describe('console windows (Electron)', () => {
  it("opens a locked-down window of its own on the URL, titled with the server's name, and gives no link", async () => {
    const { windows, consoles } = setUp();
    expect(await consoles.open({ url: CONSOLE_URL, title: 'web-1' })).toEqual({});
    const [w] = windows;
    expect(w?.loaded).toEqual([CONSOLE_URL]);
    expect(w?.options.title).toBe('web-1 — console');
    expect(w?.options.webPreferences).toEqual({ ...WEB_PREFERENCES, partition: CONSOLE_PARTITION });
    expect(w?.options.webPreferences).not.toHaveProperty('preload');
  });

  it('uses its own partition, where every permission is refused', async () => {
    const { sessions, consoles } = setUp();
    await consoles.open({ url: CONSOLE_URL, title: 'a' });
    await consoles.open({ url: CONSOLE_URL, title: 'b' });
    expect(sessions.map((s) => s.partition)).toEqual([CONSOLE_PARTITION]);
    expect(sessions[0]?.granted).toEqual([false]);
    expect(sessions[0]?.check()).toBe(false);
  });

  it("closes the consoles still open with the app's window, and only those", async () => {
    const { windows, consoles } = setUp();
    await consoles.open({ url: CONSOLE_URL, title: 'a' });
    await consoles.open({ url: CONSOLE_URL, title: 'b' });
    consoles.closeAll();
    expect(windows.map((w) => w.closed)).toEqual([true, true]);
    await consoles.open({ url: CONSOLE_URL, title: 'c' });
    consoles.closeAll();
    expect(windows.map((w) => w.closed)).toEqual([true, true, true]);
  });

  it('keeps the title: the page cannot replace it', async () => {
    const { windows, consoles } = setUp();
    await consoles.open({ url: CONSOLE_URL, title: 'web-1' });
    expect(windows[0]?.contents.prevented('page-title-updated', '')).toBe(true);
  });

  it("the guard every webContents has lets the console window stay on its console's origin, and nowhere else", async () => {
    const { windows, consoles } = setUp();
    await consoles.open({ url: CONSOLE_URL, title: 'web-1' });
    const contents = windows[0]!.contents;
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.prevented(event, 'http://127.0.0.1:6080/vnc_lite.html?x'), event).toBe(false);
      expect(contents.prevented(event, 'http://127.0.0.1:6081/'), event).toBe(true);
      expect(contents.prevented(event, 'https://evil.example/'), event).toBe(true);
      expect(contents.prevented(event, 'file:///etc/passwd'), event).toBe(true);
    }
  });

  it("another webContents does not get the console's origin", async () => {
    const { app, consoles } = setUp();
    await consoles.open({ url: CONSOLE_URL, title: 'web-1' });
    const other = new FakeContents();
    app.emit('web-contents-created', {}, other);
    expect(other.prevented('will-navigate', 'http://127.0.0.1:6080/vnc_lite.html')).toBe(true);
    expect(other.prevented('will-navigate', 'app://novadesk/#/servers')).toBe(false);
  });
});
