import { expect, type Locator, type Page } from '@playwright/test';

/** Any screen built on the resource kit: table, quick filter, row menu, batch bar, drawer, confirm. */
export class ResourceScreenPage {
  constructor(
    readonly page: Page,
    /** the list's accessible name (the table's label) */
    readonly tableName: string,
  ) {}

  table(): Locator {
    return this.page.getByRole('table', { name: this.tableName });
  }

  quickFilter(): Locator {
    return this.page.getByRole('searchbox', { name: 'Quick filter' });
  }

  /** The data row whose name button is `name` (not scoped by the table's name: that is translated). */
  row(name: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  dataRows(): Locator {
    return this.table().getByRole('checkbox', { name: /^Select (?!all shown)/ });
  }

  async filter(text: string): Promise<void> {
    await this.quickFilter().fill(text);
  }

  async refresh(): Promise<void> {
    await this.page.getByRole('button', { name: 'Refresh', exact: true }).click();
  }

  async openDetails(name: string): Promise<Locator> {
    await this.row(name).getByRole('button', { name, exact: true }).click();
    const drawer = this.page.getByRole('dialog', { name });
    await expect(drawer).toBeVisible();
    return drawer;
  }

  async sortBy(column: string): Promise<void> {
    await this.table().getByRole('columnheader', { name: column, exact: true }).getByRole('button').click();
  }

  private async chooseColumn(column: string, shown: boolean): Promise<void> {
    await this.page.getByRole('button', { name: 'Columns', exact: true }).click();
    await this.page.getByRole('group', { name: 'Show columns' }).getByRole('checkbox', { name: column }).setChecked(shown);
    await this.page.keyboard.press('Escape');
  }

  hideColumn(column: string): Promise<void> {
    return this.chooseColumn(column, false);
  }

  showColumn(column: string): Promise<void> {
    return this.chooseColumn(column, true);
  }

  /** Clicks an export button and reads the file it downloads. */
  async exportText(button: 'Export CSV' | 'Export JSON'): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    const path = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    return readFile(path, 'utf8');
  }

  async rowAction(name: string, action: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: `Actions for ${name}` }).click();
    await this.page.getByRole('menu', { name: `Actions for ${name}` }).getByRole('menuitem', { name: action }).click();
  }

  async select(name: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }

  batchBar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Actions for the selected rows' });
  }

  /** The confirmation dialog (modal), answered with its confirm button. */
  async confirm(title: string | RegExp, button: string | RegExp): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: button }).click();
    await expect(dialog).toBeHidden();
  }
}
