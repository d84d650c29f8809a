import { expect, type Locator, type Page } from '@playwright/test';
import { ResourceScreenPage } from './resource-screen.js';

/** The Images screen. */
export class ImagesPage extends ResourceScreenPage {
  constructor(page: Page) {
    super(page, 'Images');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^Images/ });
  }

  /** Glance's filter bar: each change lists again. */
  filters(): Locator {
    return this.page.getByRole('group', { name: 'Filters' });
  }

  async filterByName(name: string): Promise<void> {
    const box = this.filters().getByRole('searchbox', { name: 'Name' });
    await box.fill(name);
    await box.press('Enter');
  }

  /** Opens the upload dialog and picks the file main's file dialog answers with. */
  async openUpload(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Upload…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Upload an image' });
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    return dialog;
  }

  transfer(): Locator {
    return this.page.getByTestId('image-transfer');
  }

  async openEdit(name: string): Promise<Locator> {
    await this.rowAction(name, /^Edit/);
    const dialog = this.page.getByRole('dialog', { name: `Edit ${name}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** A row menu item that is refused, and the reason it gives. */
  async refusedAction(name: string, action: RegExp): Promise<string | null> {
    await this.page.getByRole('button', { name: `Actions for ${name}` }).click();
    const item = this.page.getByRole('menu', { name: `Actions for ${name}` }).getByRole('menuitem', { name: action });
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    const why = await item.getAttribute('title');
    await this.page.keyboard.press('Escape');
    return why;
  }
}
