import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningApp } from '../support/app-host.js';
import { ResourceScreenPage } from './resource-screen.js';
import { escapeRegExp, ShellPage } from './shell.js';

/** The Servers screen: the kit's table plus what servers add (clouds, resize, all clouds). */
export class ServersPage extends ResourceScreenPage {
  readonly shell: ShellPage;

  constructor(page: Page) {
    super(page, 'Servers');
    this.shell = new ShellPage(page);
  }

  /**
   * Opens the app on the profiles screen, picks `cloud` there and goes to Servers: starting on
   * Servers would first list the default cloud (admin, every project's servers) for nothing.
   */
  async openOn(app: RunningApp, cloud: string): Promise<void> {
    await app.open(this.page, '#/profiles');
    await expect(this.shell.switcher()).toBeEnabled();
    await this.shell.pickCloud(cloud);
    await this.page.getByRole('link', { name: 'Servers' }).click();
  }

  heading(cloud?: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: cloud ? `Servers · ${cloud}` : /^Servers/ });
  }

  /** Switches the current cloud and waits for its list's heading. */
  async switchTo(cloud: string): Promise<void> {
    await this.shell.pickCloud(cloud);
    await expect(this.heading(cloud)).toBeVisible();
  }

  /** "12 servers" or, with the quick filter on, "3 of 12". */
  count(): Locator {
    return this.page.getByText(/^\d+ of \d+$|^\d+ servers?$/);
  }

  allClouds(): Locator {
    return this.page.getByRole('switch', { name: 'All clouds' });
  }

  /** The row's menu, open. */
  async openMenu(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Actions for ${name}` }).click();
    const menu = this.page.getByRole('menu', { name: `Actions for ${name}` });
    await expect(menu).toBeVisible();
    return menu;
  }

  async closeMenu(menu: Locator): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
  }

  /** Resizes from the row menu, picking the flavor by its name as the user reads it. */
  async resize(name: string, flavor: string): Promise<void> {
    await this.rowAction(name, /^Resize/);
    const dialog = this.page.getByRole('dialog', { name: `Resize ${name}` });
    await expect(dialog).toBeVisible();
    const select = dialog.getByLabel('New flavor');
    const label = await select.getByRole('option', { name: new RegExp(`^${escapeRegExp(flavor)} —`) }).textContent();
    await select.selectOption({ label: label ?? flavor });
    await dialog.getByRole('button', { name: 'Resize', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Answers the lock dialog (opened from the row menu or the drawer), with a reason or none. */
  async lock(name: string, reason?: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: `Lock ${name}` });
    await expect(dialog).toBeVisible();
    if (reason !== undefined) await dialog.getByLabel('Reason (optional)').fill(reason);
    await dialog.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Answers the unshelve dialog (compute 2.77+): a zone by its name, or any. */
  async unshelveTo(title: string, zone: string | 'any'): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    const select = dialog.getByLabel('Availability zone');
    if (zone === 'any') await select.selectOption({ label: 'Any (Nova chooses)' });
    else {
      await expect(select.getByRole('option', { name: zone, exact: true })).toBeAttached({ timeout: 30_000 });
      await select.selectOption({ label: zone });
    }
    await dialog.getByRole('button', { name: 'Unshelve', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async closeDrawer(drawer: Locator): Promise<void> {
    await drawer.getByRole('button', { name: 'Close details' }).click();
    await expect(drawer).toBeHidden();
  }
}
