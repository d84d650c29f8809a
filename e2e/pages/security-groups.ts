import { expect, type Locator, type Page } from '@playwright/test';
import { ResourceScreenPage } from './resource-screen.js';

/** The Security groups screen, its rules editor (a drawer tab) and its dialogs. */
export class SecurityGroupsPage extends ResourceScreenPage {
  constructor(page: Page) {
    super(page, 'Security groups');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^Security groups/ });
  }

  async create(name: string, description: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Create security group…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Create a security group' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Description').fill(description);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
  }

  /** Rename and describe from the row menu. */
  async edit(name: string, newName: string, description: string): Promise<void> {
    await this.rowAction(name, /^Edit name and description/);
    const dialog = this.page.getByRole('dialog', { name: `Edit ${name}` });
    await dialog.getByLabel('Name').fill(newName);
    await dialog.getByLabel('Description').fill(description);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
  }

  /** The group's drawer on its Rules tab: the rules table and the add-rule form. */
  async openRules(name: string): Promise<{ drawer: Locator; table: Locator; form: RuleFormPart }> {
    const drawer = await this.openDetails(name);
    await drawer.getByRole('tab', { name: /^Rules/ }).click();
    return { drawer, table: drawer.getByRole('table', { name: 'Rules' }), form: new RuleFormPart(drawer.getByRole('form', { name: 'Add a rule' })) };
  }
}

/** The add-rule form inside the drawer. */
export class RuleFormPart {
  constructor(readonly root: Locator) {}

  async preset(label: string | RegExp): Promise<void> {
    await this.root.getByRole('group', { name: 'Presets' }).getByRole('button', { name: label }).click();
  }

  /** A select by its label (a label's text takes in its options, so by role and name). */
  select(label: string): Locator {
    return this.root.getByRole('combobox', { name: label, exact: true });
  }

  field(label: string): Locator {
    return this.root.getByRole('textbox', { name: label, exact: true });
  }

  async add(): Promise<void> {
    await this.root.getByRole('button', { name: 'Add rule', exact: true }).click();
  }

  alert(): Locator {
    return this.root.getByRole('alert');
  }
}
