import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell.js';

/** The Overview screen: the current cloud's quota bars, and the across-clouds table. */
export class OverviewPage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^Overview/ });
  }

  /** A service's section (Compute, Network, Block storage). */
  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  /** A resource's bar in a section; its value is the used amount, its text "3 of 10 used". */
  meter(section: string, resource: string): Locator {
    return this.section(section).getByRole('meter', { name: resource, exact: true });
  }

  async refresh(): Promise<void> {
    await this.page.getByRole('button', { name: 'Refresh', exact: true }).click();
  }

  async show(view: 'This project' | 'Across clouds'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: view }).check();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Quotas across clouds' });
  }

  /** The table's rows for a cloud named `name` (a profile and its scopes share it), optionally in one region. */
  rows(name: string, region?: string): Locator {
    const rows = this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name, exact: true }) });
    return region ? rows.filter({ has: this.page.getByRole('cell', { name: region, exact: true }) }) : rows;
  }

  async sortBy(column: string): Promise<void> {
    await this.table().getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  /** Each row's text in a column, top to bottom. */
  async columnTexts(column: string): Promise<string[]> {
    const headers = await this.table().getByRole('columnheader').allInnerTexts();
    const index = headers.findIndex((h) => h.replace(/[▲▼]/g, '').trim() === column);
    expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
    const rows = this.table().locator('tbody tr');
    const out: string[] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).getByRole('cell').nth(index).innerText()).trim());
    return out;
  }
}
