/**
 * In-page timing shared by every contender of the task cases (T1–T3): times are taken in the
 * page, in epoch milliseconds (performance.timeOrigin + now), so they carry across a full page
 * load (Horizon's filter reloads the page) and Playwright's round trips are never inside them.
 *   - the last user input (keydown or click) is the start of a task step;
 *   - a watch marks the frame in which a condition on the DOM first holds;
 *   - fetch and XHR are counted, so "every lookup has landed" is the end of the last one.
 */
import type { Page } from '@playwright/test';

interface Probe {
  input: number;
  pending: number;
  lastStart: number;
  lastDone: number;
  marks: Record<string, number>;
}

declare global {
  interface Window {
    __probe?: Probe;
    __watch?: (name: string, test: string, arg: unknown) => void;
  }
}

const WATCH_KEY = 'novadesk-bench-watch';
const INPUT_KEY = 'novadesk-bench-input';

/** Runs in the page before its own scripts (addInitScript). */
function install(keys: { watch: string; input: string }): void {
  const now = () => performance.timeOrigin + performance.now();
  const probe: Probe = (window.__probe = { input: Number(sessionStorage.getItem(keys.input) ?? 0), pending: 0, lastStart: 0, lastDone: 0, marks: {} });
  const onInput = () => {
    probe.input = now();
    sessionStorage.setItem(keys.input, String(probe.input));
  };
  window.addEventListener('keydown', (e) => e.key !== 'Control' && onInput(), { capture: true });
  window.addEventListener('mousedown', onInput, { capture: true });
  const started = () => {
    probe.pending++;
    probe.lastStart = now();
  };
  const done = () => {
    probe.pending--;
    probe.lastDone = now();
  };
  const fetch0 = window.fetch.bind(window);
  window.fetch = (input, init) => {
    started();
    return fetch0(input, init).finally(done);
  };
  const send0 = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
    started();
    this.addEventListener('loadend', done, { once: true });
    return send0.call(this, body);
  };
  window.__watch = (name, test, arg) => {
    // a screen that stays (a single-page app) is watched again each round
    delete probe.marks[name];
    const holds = new Function('arg', `return (${test})(arg)`).bind(null, arg) as () => boolean;
    const check = () => {
      if (!holds()) return false;
      mo.disconnect();
      requestAnimationFrame(() => (probe.marks[name] = now()));
      return true;
    };
    const mo = new MutationObserver(check);
    if (!check()) mo.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  const carried = sessionStorage.getItem(keys.watch);
  if (carried) {
    sessionStorage.removeItem(keys.watch);
    const { name, test, arg } = JSON.parse(carried) as { name: string; test: string; arg: unknown };
    window.__watch(name, test, arg);
  }
}

/** Into every page `target` opens from now on (a page, or a whole browser context). */
export async function installProbe(target: Pick<Page, 'addInitScript'>): Promise<void> {
  // tsx (esbuild keepNames) wraps named inner functions in __name(); functions handed to the
  // page carry those calls along, so the page needs the helper too
  await target.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await target.addInitScript(install, { watch: WATCH_KEY, input: INPUT_KEY });
}

/** A condition on the page's DOM; it runs in the page, so it can use nothing but `arg`. */
export type PageTest<A> = (arg: A) => boolean;

/** Watches `test` in this page from now on. */
export async function watch<A>(page: Page, name: string, test: PageTest<A>, arg: A): Promise<void> {
  await page.evaluate(({ name, test, arg }) => window.__watch!(name, test, arg), { name, test: test.toString(), arg });
}

/** Watches `test` in the page the next navigation loads (set before the navigation starts). */
export async function watchNextPage<A>(page: Page, name: string, test: PageTest<A>, arg: A): Promise<void> {
  const value = JSON.stringify({ name, test: test.toString(), arg });
  await page.evaluate(({ key, value }) => sessionStorage.setItem(key, value), { key: WATCH_KEY, value });
}

/** Watches `test` from the start of every page `context` opens (after installProbe). */
export async function watchEveryPage<A>(context: Pick<Page, 'addInitScript'>, name: string, test: PageTest<A>, arg: A): Promise<void> {
  await context.addInitScript(({ name, test, arg }) => window.__watch!(name, test, arg), { name, test: test.toString(), arg });
}

/** Epoch ms of the frame in which the watch `name` first held. */
export async function markOf(page: Page, name: string, timeoutMs = 120_000): Promise<number> {
  const h = await page.waitForFunction((n) => window.__probe?.marks[n], name, { timeout: timeoutMs, polling: 50 });
  return (await h.jsonValue()) as number;
}

/** Epoch ms of the last user input. */
export async function lastInput(page: Page): Promise<number> {
  return page.evaluate(() => window.__probe!.input);
}

/** Epoch ms at which this page's navigation started. */
export async function navigationStart(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin);
}

/**
 * Waits until no fetch or XHR has been in flight for `quietMs`, and returns when the last one
 * ended: the moment every lookup had landed (the quiet period itself is not counted).
 */
export async function lookupsLanded(page: Page, quietMs = 1500, timeoutMs = 120_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const p = await page.evaluate(() => ({ ...window.__probe!, at: performance.timeOrigin + performance.now() }));
    if (p.pending === 0 && p.at - Math.max(p.lastDone, p.lastStart) >= quietMs) return p.lastDone;
    if (Date.now() > end) throw new Error(`requests still in flight after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
