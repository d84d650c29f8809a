/**
 * The tasks as a person does them in Novadesk (the built browser host in Chromium), timed in
 * the page like Horizon's (bench/page-probe.ts): keyboard switch between clouds, the quick
 * filter and the drawer, the launch wizard.
 */
import type { Page } from '@playwright/test';
import { listQuiet, ROWS, TITLE } from './app-dom.js';
import type { LaunchChoice } from './context.js';
import { lastInput, lookupsLanded, markOf, watch } from './page-probe.js';

export class NovadeskUi {
  constructor(
    readonly page: Page,
    readonly profiles: ReadonlyArray<{ name: string; slot: number | undefined }>,
  ) {}

  private key(cloud: string): string {
    const slot = this.profiles.find((p) => p.name === cloud)?.slot;
    if (slot === undefined) throw new Error(`${cloud} holds no Ctrl+n slot`);
    return `Control+${slot}`;
  }

  /** T1: Ctrl+n to `cloud` → the frame with its title and one of `names` (servers only it has). */
  async seeServers(cloud: string, names: string[]): Promise<number> {
    await watch(
      this.page,
      'rows',
      ({ title, names, rows, titleAt }) => {
        const known = new Set(names);
        return (
          document.querySelector(titleAt)?.textContent?.trim() === title &&
          Array.from(document.querySelectorAll(`${rows} button`)).some((b) => known.has(b.textContent?.trim() ?? ''))
        );
      },
      { title: `Servers · ${cloud}`, names, rows: ROWS, titleAt: TITLE },
    );
    await this.page.keyboard.press(this.key(cloud));
    return (await markOf(this.page, 'rows')) - (await lastInput(this.page));
  }

  /** Switches without timing, and waits for the list's refresh. */
  async switchTo(cloud: string): Promise<void> {
    await this.page.keyboard.press(this.key(cloud));
    await this.page.getByRole('heading', { level: 1, name: `Servers · ${cloud}` }).waitFor();
    await listQuiet(this.page);
  }

  /** T2: the quick filter's last keystroke → the one row; then its name → the drawer. */
  async findServer(name: string): Promise<{ filterMs: number; detailMs: number }> {
    const p = this.page;
    const box = p.getByRole('searchbox', { name: 'Quick filter' });
    await box.fill(name.slice(0, -1));
    await watch(
      p,
      'filtered',
      ({ n, rows }) => {
        const shown = document.querySelectorAll(rows);
        return shown.length === 1 && Array.from(shown[0]!.querySelectorAll('button')).some((b) => b.textContent?.trim() === n);
      },
      { n: name, rows: ROWS },
    );
    await box.press(name.slice(-1));
    const filterMs = (await markOf(p, 'filtered')) - (await lastInput(p));
    await watch(p, 'drawer', (n: string) => Array.from(document.querySelectorAll('[role="dialog"] h2')).some((h) => h.textContent?.trim() === n), name);
    await p.locator(ROWS).getByRole('button', { name, exact: true }).click();
    const detailMs = (await markOf(p, 'drawer')) - (await lastInput(p));
    await p.getByRole('button', { name: 'Close details' }).click();
    await box.fill('');
    return { filterMs, detailMs };
  }

  /** T3 from the servers screen: Launch → the wizard shown and every lookup landed. */
  async readyToLaunch(): Promise<number> {
    const p = this.page;
    await watch(p, 'wizard', () => Array.from(document.querySelectorAll('h1')).some((h) => h.textContent?.trim() === 'Launch servers'), null);
    await p.locator('a.button.primary[href="#/launch"]').click();
    const t0 = await lastInput(p);
    const ready = Math.max(await markOf(p, 'wizard'), await lookupsLanded(p));
    await p.evaluate(() => (location.hash = '#/servers'));
    await p.locator(ROWS).first().waitFor({ timeout: 60_000 });
    return ready - t0;
  }

  /**
   * T4 from the servers screen: the wizard filled with a valid choice, then Launch → the
   * server's row in the servers list says Active ("Active · Running") (the list is opened right after the click,
   * as a person would go back to it).
   */
  async launchToActive(name: string, choice: LaunchChoice): Promise<number> {
    const p = this.page;
    await p.locator('a.button.primary[href="#/launch"]').click();
    await p.getByRole('heading', { name: 'Launch servers' }).waitFor();
    // the form stays disarmed after the last round's launch until this deliberate click
    const again = p.getByRole('button', { name: 'Launch another like this' });
    if (await again.count()) await again.click();
    const tab = (t: string) => p.getByRole('tab', { name: new RegExp(`^${t}`) });
    await tab('Details').click();
    await p.getByLabel('Name *').fill(name);
    await tab('Source').click();
    await p.getByRole('radio', { name: choice.image, exact: true }).check();
    await tab('Flavor').click();
    await p.getByRole('radio', { name: choice.flavor, exact: true }).check();
    await tab('Networks').click();
    // the draft is kept per cloud: the network may be in it from the last round
    const add = p.getByRole('button', { name: `Add ${choice.network}` });
    if (await add.count()) await add.click();
    const launch = p.getByRole('button', { name: 'Launch', exact: true });
    await launch.and(p.locator(':enabled')).waitFor();
    await launch.click();
    const t0 = await lastInput(p);
    await p.evaluate(() => (location.hash = '#/servers'));
    // watched from the list on: a row that is Active already marks the frame at once
    await watch(
      p,
      'active',
      ({ n, rows }) =>
        Array.from(document.querySelectorAll(rows)).some(
          (r) => Array.from(r.querySelectorAll('button')).some((b) => b.textContent?.trim() === n) && Array.from(r.querySelectorAll('td')).some((td) => td.textContent?.trim().startsWith('Active')),
        ),
      { n: name, rows: ROWS },
    );
    return (await markOf(p, 'active', 300_000)) - t0;
  }
}
