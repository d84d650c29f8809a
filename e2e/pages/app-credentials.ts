import { expect, type Locator, type Page } from '@playwright/test';
import { ResourceScreenPage } from './resource-screen.js';

/** The Application credentials screen. */
export class AppCredentialsPage extends ResourceScreenPage {
  constructor(page: Page) {
    super(page, 'Application credentials');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Application credentials', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Application credentials/ })).toBeVisible();
  }

  /** Fills the create dialog and submits it; `useForProfile` is the switch's state. */
  async create(name: string, opts: { description?: string; useForProfile: boolean }): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Create application credential' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Create an application credential' });
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    if (opts.description) await dialog.getByLabel('Description').fill(opts.description);
    await dialog.getByLabel('Use it for this profile and delete the stored password').setChecked(opts.useForProfile);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    return dialog;
  }
}
