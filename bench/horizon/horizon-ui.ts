/**
 * The tasks as a person does them in Horizon (Zed), timed in the page (bench/page-probe.ts).
 * Horizon renders its tables on the server: the instances page, its name filter and the
 * detail page are full page loads; the launch wizard is an AngularJS modal fed by XHRs.
 */
import type { Page } from '@playwright/test';
import type { LaunchChoice } from '../context.js';
import { lastInput, lookupsLanded, markOf, navigationStart, watch, watchNextPage } from '../page-probe.js';

const INSTANCES = '/project/instances/';

export class HorizonUi {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  /** Logs in and lands on the project's overview, or on `next` (a path under the base). */
  async login(user: string, password: string, next?: string): Promise<void> {
    const query = next ? `?next=${encodeURIComponent(new URL(this.base).pathname + next)}` : '';
    await this.page.goto(`${this.base}/auth/login/${query}`);
    await this.page.fill('#id_username', user);
    await this.page.fill('#id_password', password);
    const landed = next ? (url: URL) => url.pathname.endsWith(next) : /\/project\//;
    await Promise.all([this.page.waitForURL(landed, { timeout: 120_000 }), this.page.click('#loginBtn', { noWaitAfter: true })]);
  }

  /** T1: from the navigation's start to the frame with the first instance row. */
  async seeServers(): Promise<number> {
    await watchNextPage(this.page, 'rows', () => Boolean(document.querySelector('table#instances tbody tr[data-object-id]')), null);
    await this.page.goto(`${this.base}${INSTANCES}`, { timeout: 120_000 });
    return (await markOf(this.page, 'rows')) - (await navigationStart(this.page));
  }

  /** T2 from the unfiltered instances page: the name filter (Enter → the one row), then its detail page. */
  async findServer(name: string): Promise<{ filterMs: number; detailMs: number }> {
    const p = this.page;
    await p.click('.table_search .dropdown-toggle');
    await p.click('.table_search a[data-select-value="name"]');
    await p.fill('input[name="instances__filter__q"]', name);
    await watchNextPage(
      p,
      'filtered',
      (n: string) => {
        const rows = document.querySelectorAll('table#instances tbody tr[data-object-id]');
        return rows.length === 1 && rows[0]!.getAttribute('data-display') === n;
      },
      name,
    );
    await p.press('input[name="instances__filter__q"]', 'Enter');
    const filtered = await markOf(p, 'filtered');
    const filterMs = filtered - (await lastInput(p));
    await watchNextPage(p, 'detail', () => Boolean(document.querySelector('.detail dl dt')), null);
    await p.locator('table#instances tbody tr[data-object-id] td a', { hasText: name }).first().click();
    const detailMs = (await markOf(p, 'detail')) - (await lastInput(p));
    return { filterMs, detailMs };
  }

  /**
   * Horizon keeps the instances table's filter in the session: after T2 the page would show
   * only the server T2 found, and a new one would never appear. An empty filter shows all.
   */
  async clearFilter(): Promise<void> {
    const box = this.page.locator('input[name="instances__filter__q"]');
    if (!(await box.inputValue())) return;
    await box.fill('');
    await Promise.all([this.page.waitForNavigation({ timeout: 120_000 }), box.press('Enter')]);
  }

  /** T3 from the instances page: Launch Instance → the wizard shown and every lookup landed. */
  async readyToLaunch(): Promise<number> {
    const p = this.page;
    await watch(p, 'wizard', () => Boolean(document.querySelector('.modal-dialog [ng-form], .modal-dialog .wizard-nav, .modal-dialog .nav-pills')), null);
    await p.click('#instances__action_launch-ng');
    const t0 = await lastInput(p);
    const ready = Math.max(await markOf(p, 'wizard'), await lookupsLanded(p));
    return ready - t0;
  }

  /**
   * T4 from the instances page: the Launch Instance wizard filled with a valid choice (image,
   * no new volume, flavor, network when it is not the only one), then Launch → the instance's
   * row says Active. Horizon reloads the page after the launch and polls rows in transition.
   */
  async launchToActive(name: string, choice: LaunchChoice): Promise<number> {
    const p = this.page;
    await p.click('#instances__action_launch-ng');
    const wizard = p.locator('wizard');
    await wizard.locator('#name').fill(name);
    const pick = async (step: string, form: string, label: string) => {
      await wizard.locator('div.wizard-nav').getByRole('link', { name: step }).click();
      const table = wizard.locator(`ng-include[ng-form=${form}]`);
      // the step's rows come from its lookups: wait for the choice to be listed (allocated or not)
      await table.locator(`xpath=.//*[text()='${label}']`).first().waitFor({ timeout: 120_000 });
      const up = table.locator(`xpath=.//*[text()='${label}']/ancestor::tr/td//*[contains(@class,'fa-arrow-up')]`);
      // a network that is the project's only one is allocated already
      if ((await up.count()) === 0) return;
      await up.first().click();
      await table.locator(`xpath=.//*[text()='${label}']/ancestor::tr/td//*[contains(@class,'fa-arrow-down')]`).first().waitFor();
    };
    await wizard.locator('div.wizard-nav').getByRole('link', { name: 'Source' }).click();
    // Zed creates a volume for an image by default; Novadesk boots from the image, so Horizon does too
    await wizard.locator('[id="vol-create"]').filter({ hasText: /^\s*No\s*$/ }).click();
    await pick('Source', 'launchInstanceSourceForm', choice.image);
    await pick('Flavor', 'launchInstanceFlavorForm', choice.flavor);
    await pick('Networks', 'launchInstanceNetworkForm', choice.network);
    const active = (n: string) => {
      const row = document.querySelector(`table#instances tbody tr[data-display="${n}"]`);
      return !!row && Array.from(row.querySelectorAll('td')).some((td) => td.textContent?.trim() === 'Active');
    };
    await watch(p, 'active', active, name);
    await watchNextPage(p, 'active', active, name);
    await wizard.locator('button.btn-primary.finish').click();
    const t0 = await lastInput(p);
    return (await markOf(p, 'active', 300_000)) - t0;
  }
}

