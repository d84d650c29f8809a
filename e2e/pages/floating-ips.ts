import { expect, type Locator, type Page } from '@playwright/test';
import { ResourceScreenPage } from './resource-screen.js';
import { escapeRegExp } from './shell.js';

/** what waits on the cloud: a busy shared cloud answers in tens of seconds */
const CLOUD = { timeout: 60_000 };

/** The Floating IPs screen, and the floating IP dialogs of a server's row and drawer. */
export class FloatingIpsPage extends ResourceScreenPage {
  constructor(page: Page) {
    super(page, 'Floating IPs');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^Floating IPs/ });
  }

  /** The toolbar's status toggle: All, Associated or Free. */
  async show(which: 'All' | 'Associated' | 'Free'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: which }).check();
  }

  /** Allocates from the only external network (no question asked); returns the address from the toast. */
  async allocateFrom(network: string): Promise<string> {
    await this.page.getByRole('button', { name: `Allocate from ${network}` }).click();
    const toast = this.page.getByRole('status').filter({ hasText: new RegExp(`^Allocated .* from ${escapeRegExp(network)}`) });
    await expect(toast).toBeVisible(CLOUD);
    const address = /Allocated (\S+) from/.exec((await toast.textContent()) ?? '')?.[1];
    if (!address) throw new Error('no address in the allocation toast');
    return address;
  }

  /** Associates a free address from its row menu: the server picked, its only port taken without asking. */
  async associate(address: string, server: string): Promise<Locator> {
    await this.rowAction(address, /^Associate/);
    const dialog = this.page.getByRole('dialog', { name: `Associate ${address}` });
    await dialog.getByLabel('Server').selectOption({ label: server });
    await expect(dialog.getByText(/^Points at \S+ on /)).toBeVisible(CLOUD);
    await dialog.getByRole('button', { name: 'Associate', exact: true }).click();
    await expect(dialog).toBeHidden(CLOUD);
    return dialog;
  }

  /** The server row's "Associate floating IP" dialog, open. */
  async openServerAssociate(server: string): Promise<Locator> {
    await this.rowAction(server, /^Associate floating IP/);
    const dialog = this.page.getByRole('dialog', { name: `Associate a floating IP with ${server}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Floating IP')).toBeVisible(CLOUD);
    return dialog;
  }

  /** Picks where the address comes from in the server's dialog, by the option's words ("Allocate a new one from public"). */
  async chooseSource(dialog: Locator, option: string | RegExp): Promise<void> {
    const select = dialog.getByLabel('Floating IP');
    const label = await select.getByRole('option', { name: option }).first().textContent();
    await select.selectOption({ label: label ?? '' });
  }
}
