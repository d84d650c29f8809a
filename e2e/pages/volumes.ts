import { expect, type Locator, type Page } from '@playwright/test';
import { ResourceScreenPage } from './resource-screen.js';

/** The Volumes screen. */
export class VolumesPage extends ResourceScreenPage {
  constructor(page: Page) {
    super(page, 'Volumes');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^Volumes/ });
  }

  /** Creates a volume through the dialog: blank unless an image is named. */
  async create(o: { name: string; sizeGb: number; type?: string; image?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Create volume…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Create a volume' });
    await dialog.getByLabel('Name').fill(o.name);
    await dialog.getByLabel('Size (GB)').fill(String(o.sizeGb));
    // by role: a select's label text holds its options' text too
    if (o.type) await dialog.getByRole('combobox', { name: 'Volume type' }).selectOption(o.type);
    if (o.image) {
      await dialog.getByRole('combobox', { name: 'Source' }).selectOption('image');
      await dialog.getByRole('combobox', { name: 'Image', exact: true }).selectOption({ label: o.image });
    }
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** A dialog action from the row menu, answered with one field and its submit button. */
  async viaDialog(name: string, action: RegExp, title: string, field: string, value: string, submit: string): Promise<void> {
    await this.rowAction(name, action);
    const dialog = this.page.getByRole('dialog', { name: title });
    await dialog.getByLabel(field).fill(value);
    await dialog.getByRole('button', { name: submit, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  status(name: string): Locator {
    return this.row(name).getByRole('cell').nth(2);
  }

  /**
   * The attach dialog both sides open (a server's drawer, a volume's row): picks the other side
   * by its option's text and sets the device where given.
   */
  async attachVia(title: string, o: { pick: 'Volume' | 'Server'; option: string | RegExp; device?: string }): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: title });
    const select = dialog.getByRole('combobox', { name: o.pick });
    // the options come from a busy shared cloud
    await expect(select.getByRole('option', { name: o.option })).toHaveCount(1, { timeout: 60_000 });
    const label = await select.getByRole('option', { name: o.option }).textContent();
    await select.selectOption({ label: label ?? '' });
    if (o.device) await dialog.getByLabel('Device (optional)').fill(o.device);
    await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
