/**
 * The real app for the screen cases (B4 rendering, B6): the built browser host
 * (e2e/support/app-host.ts, needs `npm run build`) in Debian's Chromium, as the e2e specs run it.
 * Times are taken inside the page (performance.now(), requestAnimationFrame), so Playwright's
 * own round trips are never part of a measurement.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.js';
import { startNovadesk, type RunningApp } from '../e2e/support/app-host.js';
import { shortcutSlots } from '../shared/profile-shortcuts.js';

export interface AppInBrowser {
  app: RunningApp;
  browser: Browser;
  context: BrowserContext;
  /** the profiles, each with its Ctrl+n slot (shared/profile-shortcuts.ts) */
  profiles: Array<{ id: string; name: string; slot: number | undefined }>;
  /** a new page on the servers screen with `cloud` current (the app remembers it in localStorage) */
  serversPage(cloud: string): Promise<Page>;
  close(): Promise<void>;
}

export async function openApp(): Promise<AppInBrowser> {
  const app = await startNovadesk();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
  // tsx (esbuild keepNames) wraps named inner functions in __name(); functions handed to
  // the page carry those calls along, so the page needs the helper too
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const close = async () => {
    await browser.close();
    await app.stop();
  };
  try {
    // a one-time launch link leaves the session cookie in the context; the page opens on the
    // profiles screen, so it asks no cloud for its servers (T1's first look needs a cloud
    // whose list main has never fetched)
    const first = await context.newPage();
    await first.addInitScript(() => {
      if (location.pathname === '/' && !location.hash) history.replaceState(null, '', '/#/profiles');
    });
    await app.open(first);
    const list = await first.evaluate(() => window.novadesk.invoke('profiles.list', {}));
    if (!list.ok) throw new Error(list.error.message);
    await first.close();
    const slots = shortcutSlots(list.value);
    const profiles = list.value.map((p) => ({ id: p.id, name: p.label.trim() || p.name, slot: slots.get(p.id) }));
    const serversPage = async (cloud: string) => {
      const id = profiles.find((p) => p.name === cloud)?.id;
      if (!id) throw new Error(`no profile ${cloud}`);
      const page = await context.newPage();
      // before any script of the app runs, so no other cloud's list is ever asked for
      await page.addInitScript((id) => localStorage.setItem('novadesk.currentCloud', id), id);
      await page.goto(`${app.origin}/#/servers`);
      return page;
    };
    return { app, browser, context, profiles, serversPage, close };
  } catch (e) {
    await close();
    throw e;
  }
}
