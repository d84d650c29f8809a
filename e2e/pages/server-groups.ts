import { expect, type Locator, type Page } from '@playwright/test';
import { ResourceScreenPage } from './resource-screen.js';

/** The Server groups screen. */
export class ServerGroupsPage extends ResourceScreenPage {
  constructor(page: Page) {
    super(page, 'Server groups');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^Server groups/ });
  }

  async create(name: string, policy: string, maxPerHost?: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Create server group…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Create a server group' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Policy').selectOption({ label: policy });
    if (maxPerHost !== undefined) await dialog.getByLabel(/At most this many servers per host/).fill(String(maxPerHost));
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
  }
}
