import { expect, type Page } from '@playwright/test';
import type { RunningApp } from '../support/app-host.js';

/** The app as a whole: opened once through the host's launch link, on a chosen cloud. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly app: RunningApp,
  ) {}

  /** Opens the app (a fresh one-time launch link per page) with `cloud` as the current cloud. */
  async open(cloud: string): Promise<void> {
    await this.app.open(this.page);
    const profiles = await this.page.evaluate(() => window.novadesk.invoke('profiles.list', {}));
    if (!profiles.ok) throw new Error(profiles.error.message);
    const profile = profiles.value.find((p) => p.name === cloud);
    if (!profile) throw new Error(`no ${cloud} profile`);
    await this.page.evaluate((id) => localStorage.setItem('novadesk.currentCloud', id), profile.id);
  }

  /** A screen by its hash route, freshly loaded. */
  async goto(route: string): Promise<void> {
    await this.page.goto(`${this.app.origin}/#/${route}`);
    await this.page.reload();
  }

  /** A screen through the navigation, as a user goes there: the page keeps its state (no reload). */
  async follow(link: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  }

  /** A toast (status) containing this text. */
  toast(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Closes every toast (before a screenshot). */
  async dismissToasts(): Promise<void> {
    const buttons = this.page.getByRole('button', { name: /^Dismiss: / });
    while ((await buttons.count()) > 0) await buttons.first().click();
  }

  async expectNavLink(name: string): Promise<void> {
    await expect(this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })).toBeVisible();
  }
}
