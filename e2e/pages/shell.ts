import { expect, type Locator, type Page } from '@playwright/test';

/** The app shell around every screen: the cloud switcher, navigation, palette, settings, request log. */
export class ShellPage {
  constructor(readonly page: Page) {}

  /** The switcher button; its accessible name is "Cloud: <name> (<status>)". */
  switcher(): Locator {
    return this.page.getByRole('button', { name: /^Cloud: / });
  }

  cloudMenu(): Locator {
    return this.page.getByRole('menu', { name: 'Clouds' });
  }

  /** The cloud's entry in the open menu; `cloud` is matched whole, not as a prefix of another name. */
  cloudItem(cloud: string): Locator {
    return this.page.getByRole('menuitemradio', { name: new RegExp(`^${escapeRegExp(cloud)}(\\s|$)`) });
  }

  /** Picks a cloud from the switcher's menu. */
  async pickCloud(cloud: string): Promise<void> {
    await this.switcher().click();
    await this.cloudItem(cloud).click();
  }

  /** The switcher names `cloud`, with this status when given ("Connected"). */
  async expectCloud(cloud: string, status?: string, timeout?: number): Promise<void> {
    const name = status ? `Cloud: ${cloud} (${status})` : new RegExp(`^Cloud: ${escapeRegExp(cloud)} \\(`);
    await expect(this.switcher()).toHaveAccessibleName(name, timeout ? { timeout } : undefined);
  }

  /** Picks another project (`kind` project) or region of the current cloud from the switcher's menu. */
  async pickScope(kind: 'Projects' | 'Regions', name: string): Promise<void> {
    await this.switcher().click();
    await this.cloudMenu().getByRole('group', { name: kind }).getByRole('menuitemradio', { name, exact: true }).click();
  }

  /** The window's foot: the current cloud, project and region. */
  statusBar(): Locator {
    return this.page.getByRole('contentinfo', { name: 'Current cloud' });
  }

  /** The status bar names this project and region. */
  async expectScope(project: string, region: string): Promise<void> {
    await expect(this.statusBar()).toContainText(`Project: ${project}`);
    await expect(this.statusBar()).toContainText(`Region: ${region}`);
  }

  nav(name = 'Main'): Locator {
    return this.page.getByRole('navigation', { name });
  }

  palette(): Locator {
    return this.page.getByRole('dialog', { name: 'Command palette' });
  }

  /** Opens the command palette and types into it. */
  async command(text: string): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.palette()).toBeVisible();
    await this.page.keyboard.type(text);
  }

  /** Runs the palette's first match for `text`. */
  async runCommand(text: string): Promise<void> {
    await this.command(text);
    await this.page.keyboard.press('Enter');
    await expect(this.palette()).toBeHidden();
  }

  async openRequestLog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Request log' }).click();
    const log = this.page.getByRole('complementary', { name: 'Request log' });
    await expect(log).toBeVisible();
    return log;
  }

  /** An alert (error toast or banner) containing this text. */
  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  /** A status toast containing this text. */
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
